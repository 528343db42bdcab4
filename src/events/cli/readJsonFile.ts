import { readFileSync } from 'node:fs';
import { parseJsonText } from '../parseJson.ts';

/** Reads and parses a JSON file, turning every failure into one readable sentence. */
export function readJsonFile(path: string): { readonly value: unknown } | Error {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return new Error(describeReadError(error));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new Error('not valid UTF-8 text; save the file as UTF-8');
  }
  return parseJsonText(text);
}

export function describeReadError(error: unknown): string {
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return 'no such file';
  return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
}
