import { parseJsonText } from './parseJson.ts';
import { finding, wholeFileProblem, type Finding } from './problems.ts';
import { problemMessage } from './problemsInEnglish.ts';
import { SOURCE_TEXT_PATH } from './sourceTextPath.ts';
import type { FetchFailureKind, LoadFailure, ValidationResult } from './validate.ts';

/** A load with no data arriving for this long gives up, so a silent server cannot leave "Loading…" forever. */
export const STALL_TIMEOUT_MS = 20_000;

/** How much of the event list has arrived; `total` when the server says how large it is. */
export interface LoadProgress {
  readonly received: number;
  readonly total?: number;
}

export interface FetchOptions {
  /** Called as the event list arrives (not for source texts, which are small). */
  readonly onProgress?: (progress: LoadProgress) => void;
}

type FetchProblemCode = 'fetch-unreachable' | 'fetch-stalled' | 'fetch-http' | 'fetch-broken' | 'fetch-web-page';

/** Whether trying again may help, for each kind of failure; what to do about it is the interface's to say. */
const FAILURES: Readonly<Record<FetchFailureKind, LoadFailure & { kind: FetchFailureKind }>> = {
  http: { kind: 'http', retry: true },
  unreachable: { kind: 'unreachable', retry: true },
  stalled: { kind: 'stalled', retry: true },
  'web-page': { kind: 'web-page', retry: false },
};

/**
 * A failure to fetch, as a problem, with what kind it is, so the reader is offered a fix that fits.
 * An Error, because a source text that cannot be fetched is reported by its message (in English).
 */
class FetchFailure extends Error {
  constructor(
    readonly problem: Finding<FetchProblemCode>,
    readonly kind: FetchFailureKind,
  ) {
    super(problemMessage(problem));
  }
}

/**
 * Loads an event list from the web (`?data=`), with the source texts it names, and validates it
 * like the bundled one. Every way this can fail ends as problems that say what went wrong where;
 * nothing is thrown.
 */
export async function fetchTimeline(url: URL, options: FetchOptions = {}): Promise<ValidationResult> {
  // The validator's code (the schema and zod, tens of milliseconds to set up) comes while the list downloads.
  const validator = import('./validate.ts');
  // Awaited below, unless the list cannot be had: then a failure to load the validator is not the news.
  validator.catch(() => undefined);
  const file = await fetchBytes(url, 'event-list', options.onProgress);
  if (file instanceof FetchFailure) {
    const { code, params } = file.problem;
    return { ok: false, problems: [wholeFileProblem(code, params)], failure: FAILURES[file.kind] };
  }
  const [sourceTexts, { validateEventsBytes }] = await Promise.all([
    fetchSourceTexts(url, sourcePathsIn(file)),
    validator,
  ]);
  return validateEventsBytes(file, (path) => sourceTexts.get(path) ?? new Error('not fetched'));
}

const stalledFailure = () =>
  new FetchFailure(finding('fetch-stalled', { seconds: STALL_TIMEOUT_MS / 1000 }), 'stalled');

async function fetchBytes(
  url: URL,
  expected: 'event-list' | 'source-text',
  onProgress?: (progress: LoadProgress) => void,
): Promise<Uint8Array | FetchFailure> {
  const watchdog = stallWatchdog();
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: watchdog.signal, credentials: 'omit' });
    } catch {
      if (watchdog.stalled()) return stalledFailure();
      return new FetchFailure(finding('fetch-unreachable', {}), 'unreachable');
    }
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return new FetchFailure(finding('fetch-http', { status, expected }), 'http');
    }
    const bytes = await readBody(response, watchdog.restart, onProgress);
    if (bytes === undefined) {
      return watchdog.stalled() ? stalledFailure() : new FetchFailure(finding('fetch-broken', {}), 'unreachable');
    }
    if (looksLikeHtml(bytes)) {
      return new FetchFailure(finding('fetch-web-page', {}), 'web-page');
    }
    return bytes;
  } finally {
    watchdog.stop();
  }
}

/** Aborts the request when no data has arrived for STALL_TIMEOUT_MS; every chunk restarts the wait. */
function stallWatchdog() {
  const controller = new AbortController();
  let stalled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, STALL_TIMEOUT_MS);
  };
  restart();
  return { signal: controller.signal, restart, stalled: () => stalled, stop: () => clearTimeout(timer) };
}

/** The whole body, chunk by chunk, reporting progress; undefined when the stream breaks or is aborted. */
async function readBody(
  response: Response,
  onChunk: () => void,
  onProgress?: (progress: LoadProgress) => void,
): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get('content-length'));
  // A compressed response declares its compressed size; the count of received bytes may pass it.
  const total = Number.isFinite(declared) && declared > 0 ? declared : undefined;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onChunk();
      onProgress?.(total !== undefined && received <= total ? { received, total } : { received });
    }
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const start = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart().toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html');
}

/** The `text` paths of the file's sources, read leniently: validation reports what is wrong. */
function sourcePathsIn(bytes: Uint8Array): string[] {
  const json = parseJsonText(new TextDecoder().decode(bytes));
  if ('code' in json || typeof json.value !== 'object' || json.value === null) return [];
  const sources: unknown = (json.value as { sources?: unknown }).sources;
  if (!Array.isArray(sources)) return [];
  return sources.flatMap((source: unknown) => {
    const text = typeof source === 'object' && source !== null ? (source as { text?: unknown }).text : undefined;
    return typeof text === 'string' && SOURCE_TEXT_PATH.test(text) ? [text] : [];
  });
}

async function fetchSourceTexts(base: URL, paths: readonly string[]): Promise<Map<string, string | Error>> {
  const entries = await Promise.all(
    [...new Set(paths)].map(async (path): Promise<[string, string | Error]> => {
      const bytes = await fetchBytes(new URL(path, base), 'source-text');
      if (bytes instanceof Error) return [path, bytes];
      try {
        return [path, new TextDecoder('utf-8', { fatal: true }).decode(bytes)];
      } catch {
        return [path, new Error('the file is not UTF-8 text')];
      }
    }),
  );
  return new Map(entries);
}
