import { readFileSync } from 'node:fs';

/** Reads a UTF-8 text file, turning every failure into one readable sentence. */
export function readTextFile(path: string): string | Error {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    return new Error(
      missing ? 'no such file' : `cannot be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new Error('not valid UTF-8 text; save the file as UTF-8');
  }
}
