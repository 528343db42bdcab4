import { parseJsonText } from './parseJson.ts';
import type { Problem } from './problems.ts';
import { SOURCE_TEXT_PATH } from './schema.ts';
import { validateEventsBytes, type ValidationResult } from './validate.ts';

/**
 * Loads an event list from the web (`?data=`), with the source texts it names, and validates it
 * like the bundled one. Every way this can fail ends as problems that say what went wrong where;
 * nothing is thrown.
 */
export async function fetchTimeline(url: URL, signal?: AbortSignal): Promise<ValidationResult> {
  const file = await fetchBytes(url, 'the event list', signal);
  if (file instanceof Error) return failure(file.message);
  const sourceTexts = await fetchSourceTexts(url, sourcePathsIn(file), signal);
  return validateEventsBytes(file, (path) => sourceTexts.get(path) ?? new Error('not fetched'));
}

function failure(message: string): ValidationResult {
  const problem: Problem = { path: '', message };
  return { ok: false, problems: [problem] };
}

async function fetchBytes(url: URL, expected: string, signal?: AbortSignal): Promise<Uint8Array | Error> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'omit' });
  } catch {
    return new Error(
      'could not be fetched: the address is unreachable, you are offline, or its server does not allow other sites to read it (CORS)',
    );
  }
  if (!response.ok) {
    return new Error(`the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}; expected ${expected} (HTTP 200)`);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (looksLikeHtml(bytes)) return new Error('the server sent a web page (HTML), not a JSON event list; check the address');
  return bytes;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const start = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart().toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html');
}

/** The `text` paths of the file's sources, read leniently: validation reports what is wrong. */
function sourcePathsIn(bytes: Uint8Array): string[] {
  const json = parseJsonText(new TextDecoder().decode(bytes));
  if (json instanceof Error || typeof json.value !== 'object' || json.value === null) return [];
  const sources: unknown = (json.value as { sources?: unknown }).sources;
  if (!Array.isArray(sources)) return [];
  return sources.flatMap((source: unknown) => {
    const text = typeof source === 'object' && source !== null ? (source as { text?: unknown }).text : undefined;
    return typeof text === 'string' && SOURCE_TEXT_PATH.test(text) ? [text] : [];
  });
}

async function fetchSourceTexts(base: URL, paths: readonly string[], signal?: AbortSignal): Promise<Map<string, string | Error>> {
  const entries = await Promise.all(
    [...new Set(paths)].map(async (path): Promise<[string, string | Error]> => {
      const bytes = await fetchBytes(new URL(path, base), 'the source text', signal);
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
