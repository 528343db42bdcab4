import { BUNDLED_DATA_PATH, loadBundledTimeline } from '../events/bundled.ts';
import type { LoadProgress } from '../events/fetchTimeline.ts';
import { INLINE_DATA_LABEL, inlineDataIn, type InlineData } from '../events/inlineData.ts';
import { finding, shortened, wholeFileProblem, type Finding } from '../events/problems.ts';
import type { ValidationResult } from '../events/validate.ts';
import type { AppOptions } from './urlState.ts';

export interface DataSource {
  /** The file or address, as the user gave it, for messages. */
  readonly label: string;
  /** True for an event list from `?data=`, which can fail for reasons the bundled one cannot. */
  readonly external: boolean;
  /** Called once, inside the error boundary; a promise while a file is fetched. */
  readonly load: () => ValidationResult | Promise<ValidationResult>;
  /** A fresh attempt, for the Retry button; absent where trying again cannot help. */
  readonly retry?: () => ValidationResult | Promise<ValidationResult>;
  /** How much of the file has arrived, for the loading message. */
  readonly progress?: ProgressStore;
  /** Where the list came from, when its data is wrong and `npm run validate <file>` is not the fix. */
  readonly origin?: 'exported';
}

/** The latest progress of a load, in the shape React's useSyncExternalStore reads. */
/** Functions, not methods: React's useSyncExternalStore calls them unbound. */
export interface ProgressStore {
  readonly subscribe: (listener: () => void) => () => void;
  readonly current: () => LoadProgress | undefined;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Only http(s) and relative addresses: anything else (`javascript:`, `data:`, `file:`) could run
 * code or read local files, and would not be an event list anyway.
 */
export function resolveDataUrl(param: string, pageUrl: URL): URL | DataAddressError {
  const scheme = SCHEME.exec(param.trim())?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') {
    return new DataAddressError(finding('data-address-scheme', { scheme: shortened(scheme) }));
  }
  let url: URL;
  try {
    url = new URL(param, pageUrl);
  } catch {
    return new DataAddressError(finding('data-address-invalid', {}));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return new DataAddressError(finding('data-address-needs-http', {}));
  }
  return url;
}

type DataAddressCode = 'data-address-scheme' | 'data-address-invalid' | 'data-address-needs-http';

/** A `?data=` address that cannot be used, as a problem (its message is the English one). */
export class DataAddressError extends Error {
  constructor(readonly problem: Finding<DataAddressCode>) {
    super(problem.code);
  }
}

/**
 * Where the event list comes from: the list written into the page itself (a single-file export from
 * the editor) comes first, then `?data=`, then the bundled record.
 */
export function dataSourceFor(
  options: AppOptions,
  pageUrl: URL,
  inline: InlineData | undefined = inlineDataIn(document),
): DataSource {
  if (inline !== undefined) {
    return { label: INLINE_DATA_LABEL, external: false, load: once(() => loadInline(inline)), origin: 'exported' };
  }
  const { dataParam } = options;
  if (dataParam === null) return { label: BUNDLED_DATA_PATH, external: false, load: once(loadBundledTimeline) };
  if (dataParam.trim() === '') {
    const problem = wholeFileProblem('data-address-missing', {});
    const failure = { kind: 'address-missing', retry: false } as const;
    return { label: '', external: true, load: () => ({ ok: false, problems: [problem], failure }) };
  }
  const progress = progressStore();
  const attempt = () => {
    progress.set(undefined);
    const url = resolveDataUrl(dataParam, pageUrl);
    if (url instanceof Error) {
      const { code, params } = url.problem;
      const failure = { kind: 'address-invalid', retry: false } as const;
      return { ok: false, problems: [wholeFileProblem(code, params)], failure } as const;
    }
    // Loaded only for a `?data=` address, so the first screen of the bundled timeline does not carry it.
    const fetching = import('../events/fetchTimeline.ts');
    return fetching.then(({ fetchTimeline }) => fetchTimeline(url, { onProgress: (loaded) => progress.set(loaded) }));
  };
  return { label: dataParam, external: true, load: once(attempt), retry: attempt, progress };
}

function loadInline(inline: InlineData): Promise<ValidationResult> {
  return import('../events/inlineTimeline.ts').then(({ loadInlineTimeline }) => loadInlineTimeline(inline));
}

function progressStore(): ProgressStore & { set(progress: LoadProgress | undefined): void } {
  let latest: LoadProgress | undefined;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    current: () => latest,
    set(progress) {
      latest = progress;
      for (const listener of listeners) listener();
    },
  };
}

/** React may render the loading component more than once before it commits; load only once. */
function once<T>(compute: () => T): () => T {
  let result: { value: T } | undefined;
  return () => (result ??= { value: compute() }).value;
}
