import { BUNDLED_DATA_PATH, loadBundledTimeline } from '../events/bundled.ts';
import { fetchTimeline } from '../events/fetchTimeline.ts';
import type { ValidationResult } from '../events/validate.ts';
import type { AppOptions } from './urlState.ts';

export interface DataSource {
  /** The file or address, as the user gave it, for messages. */
  readonly label: string;
  /** True for an event list from `?data=`, which can fail for reasons the bundled one cannot. */
  readonly external: boolean;
  /** Called once, inside the error boundary; a promise while a file is fetched. */
  readonly load: () => ValidationResult | Promise<ValidationResult>;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Only http(s) and relative addresses: anything else (`javascript:`, `data:`, `file:`) could run
 * code or read local files, and would not be an event list anyway.
 */
export function resolveDataUrl(param: string, pageUrl: URL): URL | Error {
  const scheme = SCHEME.exec(param.trim())?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') {
    return new Error(`only http(s) and relative addresses are accepted for data; got a "${scheme}:" address`);
  }
  let url: URL;
  try {
    url = new URL(param, pageUrl);
  } catch {
    return new Error('not a valid address; expected a relative path or an http(s) URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return new Error('a relative data address needs the timeline to be served over http(s); use an absolute https:// URL here');
  }
  return url;
}

export function dataSourceFor(options: AppOptions, pageUrl: URL): DataSource {
  const { dataParam } = options;
  if (dataParam === null) return { label: BUNDLED_DATA_PATH, external: false, load: once(loadBundledTimeline) };
  return {
    label: dataParam,
    external: true,
    load: once(() => {
      const url = resolveDataUrl(dataParam, pageUrl);
      return url instanceof Error ? { ok: false, problems: [{ path: '', message: url.message }] } : fetchTimeline(url);
    }),
  };
}

/** React may render the loading component more than once before it commits; load only once. */
function once<T>(compute: () => T): () => T {
  let result: { value: T } | undefined;
  return () => (result ??= { value: compute() }).value;
}
