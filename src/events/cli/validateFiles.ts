import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type Problem } from '../problems.ts';
import { problemText } from '../problemsInEnglish.ts';
import { validateEventsBytes, type ValidationResult } from '../validate.ts';
import { readTextFile } from './readTextFile.ts';

/** Where the command writes: the terminal, or a list in tests. */
export interface Output {
  log(line: string): void;
  error(line: string): void;
}

/**
 * Checks each file exactly as the app does and prints every problem and warning with its file and
 * place. Returns the exit code: 1 when any file has an error, 0 otherwise (warnings alone pass).
 */
export function validateFiles(files: readonly string[], output: Output): number {
  return files.map((file) => validateFile(file, output)).includes(1) ? 1 : 0;
}

function validateFile(file: string, output: Output): 0 | 1 {
  const bytes = readBytes(file);
  if (bytes instanceof Error) {
    output.error(`${file}: ${bytes.message}`);
    return 1;
  }
  const result = validateEventsBytes(bytes, (path) => readTextFile(resolve(dirname(file), path)));
  if (!result.ok) {
    for (const problem of result.problems) output.error(`${file}: ${problemText(problem)}`);
    output.error(`${file}: ${count(result.problems.length, 'problem')}.`);
    printWarnings(file, result.warnings ?? [], (line) => output.error(line));
    return 1;
  }
  const warnings = result.warnings.length > 0 ? ` ${count(result.warnings.length, 'warning')}:` : '';
  output.log(`${file}: ${validSummary(result)}.${warnings}`);
  printWarnings(file, result.warnings, (line) => output.log(line));
  return 0;
}

function readBytes(file: string): Uint8Array | Error {
  try {
    return readFileSync(file);
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    return new Error(
      missing ? 'no such file' : `cannot be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

function printWarnings(file: string, warnings: readonly Problem[], print: (line: string) => void): void {
  for (const warning of warnings) print(`${file}: warning: ${problemText(warning)}`);
}

function validSummary(result: Extract<ValidationResult, { ok: true }>): string {
  const { events, tracks } = result.timeline;
  const quotes = events.flatMap((event) => event.citations);
  const checked = quotes.filter((citation) => citation.checked).length;
  const counts = `${count(events.length, 'event')} on ${count(tracks.length, 'track')}`;
  return `valid. ${counts}; ${quoteSummary(checked, quotes.length - checked)}`;
}

/** Said so that an unchecked quote reads as what it is, a quote without a source text, not as a failure. */
function quoteSummary(checked: number, unchecked: number): string {
  const found =
    checked === 1
      ? '1 quote found verbatim in its source text'
      : `${checked} quotes found verbatim in their source texts`;
  const notChecked = `${count(unchecked, 'quote')} could not be checked: no source text given`;
  if (unchecked === 0) return checked === 1 ? found : `all ${found}`;
  return checked === 0 ? notChecked : `${found}; ${notChecked}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
