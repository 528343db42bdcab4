import { writeFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { parseJsonText } from '../parseJson.ts';
import { type Problem } from '../problems.ts';
import { problemMessage, problemText } from '../problemsInEnglish.ts';
import { validateEventsText } from '../validate.ts';
import { checkConversion, needsCitationMessage } from '../convert/checkConversion.ts';
import type { Conversion } from '../convert/conversion.ts';
import { readCsvTable } from '../convert/csvText.ts';
import { FILE_DETAIL_FIELDS, type DraftFile, type FileDetails } from '../convert/draft.ts';
import { fromCsvTable } from '../convert/fromCsv.ts';
import {
  fromTimelineJsJson,
  fromTimelineJsSheet,
  isTimelineJsJson,
  isTimelineJsSheet,
} from '../convert/fromTimelineJs.ts';
import { toCsv } from '../convert/toCsv.ts';
import { readTextFile } from './readTextFile.ts';
import type { Output } from './validateFiles.ts';

export const USAGE = [
  'usage: npm run convert -- <input> -o <output> [--from timelinejs]',
  '         [--title "..."] [--description "..."] [--updated YYYY-MM-DD] [--license "..."]',
  '  in.csv  -o out.json   a spreadsheet (our columns, or the TimelineJS template) to an events file',
  '  in.json -o out.csv    an events file (or a TimelineJS JSON file) to a spreadsheet',
  '  in.json -o out.json   a TimelineJS JSON file to an events file',
].join('\n');

export interface ConvertOptions {
  readonly input: string;
  readonly output: string;
  readonly from?: 'timelinejs';
  readonly details: FileDetails;
}

/** Reads the command line; an Error says what is wrong with it. */
export function parseConvertArgs(args: readonly string[]): ConvertOptions | Error {
  const positional: string[] = [];
  const values = new Map<string, string>();
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (!arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    const name = { '-o': '--output' }[arg] ?? arg;
    if (!OPTIONS.includes(name)) return new Error(`unknown option ${arg}`);
    const value = args[index + 1];
    if (value === undefined || value.startsWith('-')) return new Error(`${arg} needs a value`);
    values.set(name, value);
    index += 1;
  }
  const output = values.get('--output');
  const from = values.get('--from');
  if (positional.length !== 1)
    return new Error(
      positional.length === 0 ? 'no input file given' : `one input file expected, got ${positional.length}`,
    );
  if (output === undefined) return new Error('no output file given; name it with -o, e.g. -o out.json');
  if (from !== undefined && from !== 'timelinejs') return new Error(`--from ${from}: expected --from timelinejs`);
  const details: FileDetails = Object.fromEntries(
    FILE_DETAIL_FIELDS.flatMap((field) => {
      const value = values.get(`--${field}`);
      return value === undefined ? [] : [[field, value]];
    }),
  );
  return { input: positional[0] ?? '', output, ...(from !== undefined && { from }), details };
}

/** The file's own fields, which a spreadsheet has no place for, are options named after them. */
const OPTIONS = ['--output', '--from', ...FILE_DETAIL_FIELDS.map((field) => `--${field}`)];

type Format = 'csv' | 'json';

/** A spreadsheet has no title of its own: "my-class.csv" gives "my-class" unless --title says otherwise. */
function defaultTitle(file: string): string {
  return basename(file, extname(file));
}

function formatOf(file: string): Format | Error {
  const extension = extname(file).toLowerCase();
  if (extension === '.csv' || extension === '.json') return extension === '.csv' ? 'csv' : 'json';
  return new Error(`${file}: unknown extension ${JSON.stringify(extension || '(none)')}; expected .csv or .json`);
}

/**
 * `npm run convert`: converts between spreadsheets (CSV), TimelineJS files and events files, runs
 * the result through the validator and prints every problem at its place in the input.
 * Returns the exit code: 1 when the command or any check fails, else 0.
 */
export function convertFiles(args: readonly string[], output: Output): number {
  const options = parseConvertArgs(args);
  if (options instanceof Error) {
    output.error(`convert: ${options.message}`);
    output.error(USAGE);
    return 1;
  }
  const [inFormat, outFormat] = [formatOf(options.input), formatOf(options.output)];
  for (const format of [inFormat, outFormat]) if (format instanceof Error) output.error(`convert: ${format.message}`);
  if (inFormat instanceof Error || outFormat instanceof Error) return 1;
  if (resolve(options.input) === resolve(options.output)) {
    output.error(`convert: ${options.output}: the output would overwrite the input; expected another file name`);
    return 1;
  }
  const text = readTextFile(options.input);
  if (text instanceof Error) {
    output.error(`${options.input}: ${text.message}`);
    return 1;
  }
  const read = readInput(text, inFormat, outFormat, options);
  if (read instanceof Error) {
    output.error(`${options.input}: ${read.message}`);
    return 1;
  }
  return read.kind === 'events'
    ? exportEvents(read, options, output)
    : writeConversion(read, outFormat, options, output);
}

type Input =
  | { readonly kind: 'events'; readonly file: DraftFile; readonly text: string }
  | (Conversion & { readonly kind: 'converted'; readonly from: string });

function readInput(text: string, inFormat: Format, outFormat: Format, options: ConvertOptions): Input | Error {
  const details = { title: defaultTitle(options.input), ...options.details };
  if (inFormat === 'csv') {
    const table = readCsvTable(text);
    return isTimelineJsSheet(table.header)
      ? { kind: 'converted', from: 'a TimelineJS sheet', ...fromTimelineJsSheet(table, details) }
      : { kind: 'converted', from: 'a spreadsheet', ...fromCsvTable(table, details) };
  }
  const json = parseJsonText(text);
  if ('code' in json) return new Error(problemMessage(json));
  if (options.from === 'timelinejs' || isTimelineJsJson(json.value)) {
    return { kind: 'converted', from: 'a TimelineJS file', ...fromTimelineJsJson(json.value, details) };
  }
  if (outFormat === 'json') {
    return new Error(
      'this is already an events file (it is not in TimelineJS form); to convert a TimelineJS file that was not recognised, add --from timelinejs',
    );
  }
  return { kind: 'events', file: json.value as DraftFile, text };
}

/** Our own events file to a spreadsheet: it must be valid first, so the sheet starts from checked data. */
function exportEvents(
  { file, text }: { file: DraftFile; text: string },
  options: ConvertOptions,
  output: Output,
): number {
  const result = validateEventsText(text, (path) => readTextFile(resolve(dirname(options.input), path)));
  if (!result.ok) {
    printProblems(options.input, result.problems, output);
    output.error(`${options.input}: not converted; fix the file first (npm run validate -- ${options.input}).`);
    return 1;
  }
  const exported = toCsv(file);
  if (!write(options.output, exported.text, output)) return 1;
  output.log(`${options.output}: wrote ${countOf(file.events.length, 'event')} from ${options.input}.`);
  const note = detailsNote(file);
  if (note !== undefined) output.log(`${options.output}: ${note}`);
  for (const problem of exported.problems) output.error(`${options.input}: warning: ${problemText(problem)}`);
  return 0;
}

/** Says which of the file's own fields the spreadsheet leaves out, and the options that bring them back. */
function detailsNote(file: DraftFile): string | undefined {
  const given = FILE_DETAIL_FIELDS.filter((field) => file[field] !== undefined);
  if (given.length === 0) return undefined;
  const [verb, pronoun] = given.length === 1 ? ['is', 'it'] : ['are', 'them'];
  const names = listed(given.map((field) => DETAIL_NAMES[field]));
  return `the ${names} ${verb} not in the spreadsheet; to convert it back, pass ${pronoun}: ${detailArgs(file)}`;
}

/** The file's own fields in words, for the note on what the spreadsheet leaves out. */
const DETAIL_NAMES = {
  title: 'title',
  description: 'description',
  updated: 'date last updated',
  license: 'licence',
} as const satisfies Record<(typeof FILE_DETAIL_FIELDS)[number], string>;

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** The options that give the file's own fields back, quoted for a POSIX shell. */
function detailArgs(file: DraftFile): string {
  const quote = (text: string) => `"${text.replace(/(["\\$`])/g, '\\$1')}"`;
  return FILE_DETAIL_FIELDS.flatMap((field) => {
    const value = file[field];
    return value === undefined ? [] : [`--${field} ${quote(value)}`];
  }).join(' ');
}

function writeConversion(
  conversion: Conversion & { from: string },
  outFormat: Format,
  options: ConvertOptions,
  output: Output,
): number {
  const { input } = options;
  if (conversion.file.events.length === 0 && conversion.problems.length > 0) {
    // Nothing could be read (a header the converter does not know, say): a file of no events helps no one.
    printProblems(input, conversion.problems, output);
    output.error(`${options.output}: not written.`);
    return 1;
  }
  // Source texts are found beside the events file: the output when it is one, else the input.
  const jsonFolder = dirname(outFormat === 'json' ? options.output : input);
  const checked = checkConversion(conversion, (path) => readTextFile(resolve(jsonFolder, path)));
  const text = outFormat === 'json' ? `${JSON.stringify(conversion.file, null, 2)}\n` : toCsv(conversion.file).text;
  if (!write(options.output, text, output)) return 1;
  const { events, sources } = conversion.file;
  output.log(
    `${options.output}: wrote ${countOf(events.length, 'event')} and ${countOf(sources.length, 'source')} from ${conversion.from}, ${input}.`,
  );
  for (const note of conversion.notes) output.log(`${input}: note: ${note}`);
  if (options.details.title === undefined && conversion.file.title === defaultTitle(input)) {
    output.log(`${input}: note: the title is the file name, "${defaultTitle(input)}"; give another with --title "..."`);
  }
  if (checked.needsCitation.length > 0)
    output.error(`${input}: ${needsCitationMessage(checked.needsCitation, conversion.from.includes('TimelineJS'))}`);
  if (checked.problems.length > 0) printProblems(input, checked.problems, output);
  for (const warning of checked.warnings) output.error(`${input}: warning: ${problemText(warning)}`);
  if (checked.problems.length === 0) output.log(`${options.output}: valid; the checks found no problems.`);
  else output.error(`${options.output}: written, but the app will not show it until these are fixed.`);
  return checked.problems.length > 0 ? 1 : 0;
}

function printProblems(file: string, problems: readonly Problem[], output: Output): void {
  for (const problem of problems) output.error(`${file}: ${problemText(problem)}`);
  output.error(`${file}: ${countOf(problems.length, 'problem')}.`);
}

function write(file: string, text: string, output: Output): boolean {
  try {
    writeFileSync(file, text);
    return true;
  } catch (error) {
    output.error(`${file}: cannot be written (${error instanceof Error ? error.message : String(error)})`);
    return false;
  }
}

function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
