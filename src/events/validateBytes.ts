import { fileProblem, validateEventsText, type ReadSourceText, type ValidationResult } from './validate.ts';

/**
 * The largest events file accepted: 10 MB. Five thousand realistic events take 3–4 MB, so this
 * leaves room to grow while refusing, before any parsing, a file that would freeze the page.
 */
export const MAX_EVENTS_FILE_BYTES = 10 * 1024 * 1024;

/** The same checks, starting from the bytes of the file (read from disk, or fetched by the app). */
export function validateEventsBytes(bytes: Uint8Array, readText: ReadSourceText): ValidationResult {
  if (bytes.byteLength > MAX_EVENTS_FILE_BYTES) {
    return fileProblem('file-too-large', { bytes: bytes.byteLength, maximum: MAX_EVENTS_FILE_BYTES });
  }
  const text = decodeUtf8(bytes);
  if (typeof text !== 'string') return fileProblem('not-utf8', text);
  return validateEventsText(text, readText);
}

/** Strict UTF-8 (a byte order mark is allowed and dropped): a wrong encoding would garble quotes. */
function decodeUtf8(bytes: Uint8Array): string | { byte: number } {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { byte: firstInvalidByte(bytes) };
  }
}

/** Where decoding first fails, so the user can find the stray byte (e.g. Latin-1 "é"). */
function firstInvalidByte(bytes: Uint8Array): number {
  // The longest prefix that is valid so far, by bisection: decoding is linear, so this stays fast.
  let low = 0;
  let high = bytes.byteLength;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (decodes(bytes.subarray(0, middle), { stream: true })) low = middle;
    else high = middle - 1;
  }
  // It may end in the first bytes of a character that never completes; the fault is where it starts.
  let start = low;
  while (start > 0 && low - start < 3 && !decodes(bytes.subarray(0, start), { stream: false })) start--;
  return start;
}

function decodes(bytes: Uint8Array, options: TextDecodeOptions): boolean {
  try {
    // Streaming decoding accepts a character cut in two at the end; non-streaming does not.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, options);
    return true;
  } catch {
    return false;
  }
}
