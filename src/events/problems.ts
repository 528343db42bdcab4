import type * as z from 'zod/mini';
import { TRANSLATED_LANGUAGES } from './contentLanguages.ts';
import {
  SCHEMA_ISSUE_CODES,
  type Finding,
  type FoundValue,
  type ItemName,
  type Place,
  type PlaceStep,
  type Problem,
  type ProblemCatalog,
  type ProblemCode,
  type ProblemParams,
  type SchemaIssueCode,
  type Severity,
} from './problemCodes.ts';

/** The fields each record translates, as in schema.ts (a track's names are in `trackNames`). */
const TRANSLATABLE_FIELDS = { timeline: ['title', 'description'], event: ['title', 'summary'] } as const;

export type { Finding, Place, Problem, ProblemCode, ProblemParams, Severity } from './problemCodes.ts';

/** Longest piece of data text kept in a problem, so a huge string cannot flood the terminal or the page. */
export const MAX_QUOTED_LENGTH = 60;

/** Text cut to at most `max` characters, marked with "..." where cut. */
export function shortened(text: string, max = MAX_QUOTED_LENGTH): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

/** Text from the data, in quotation marks, cut short when long: `"1998/12/04"`, `"aaaa..."`. */
export function quoted(text: string): string {
  return JSON.stringify(shortened(text));
}

/** Warnings leave the data usable; every other code is an error. */
const WARNING_CODES: ReadonlySet<ProblemCode> = new Set([
  'unknown-field',
  'placeholder',
  'unquoted-number',
  'unused-track-name',
]);

/** A problem found at `path`, as data; its severity follows from its code unless given. */
export function finding<C extends ProblemCode>(
  code: C,
  params: ProblemParams[C],
  path: readonly PropertyKey[] = [],
  severity: Severity = WARNING_CODES.has(code) ? 'warning' : 'error',
): Finding<C> {
  return { code, params, path, severity };
}

/** A problem with the file as a whole (not readable, not JSON, not fetched). */
export function wholeFileProblem<C extends ProblemCode>(code: C, params: ProblemParams[C]): Problem<C> {
  return { ...finding(code, params), place: [] };
}

/** Narrows a problem to one code, with the params of that code. */
export function hasCode<C extends ProblemCode, F extends Finding>(problem: F, code: C): problem is F & Finding<C> {
  return problem.code === code;
}

/** The problem's message alone, in the catalog's language. */
export function renderMessage<C extends ProblemCode>(catalog: ProblemCatalog, problem: Finding<C>): string {
  const render: (params: ProblemParams[C]) => string = catalog.messages[problem.code];
  return render(problem.params);
}

/** Place and message, as one line for a list of problems, in the catalog's language. */
export function renderProblem(catalog: ProblemCatalog, problem: Problem): string {
  return catalog.line(catalog.place(problem.place), renderMessage(catalog, problem));
}

/** The record lists whose items are named by number and id. */
const NAMED_RECORDS: Readonly<Record<string, ItemName>> = { events: 'event', sources: 'source' };
/** Lists inside a record, whose items are named by number. */
const NUMBERED_ITEMS: Readonly<Record<string, ItemName>> = {
  citations: 'citation',
  documents: 'document',
  actors: 'actor',
};

/**
 * A place for people who do not read JSON paths: items count from 1, and events and sources are
 * named by their id, e.g. `event 2, id “unga-res-53-70-1998”, summary`.
 */
export function describePlace(path: readonly PropertyKey[], file: unknown): Place {
  const steps: PlaceStep[] = [];
  let value: unknown = file;
  path.forEach((key, index) => {
    const parent = path[index - 1];
    if (typeof key === 'number') {
      value = Array.isArray(value) ? value[key] : undefined;
      const list = typeof parent === 'string' ? parent : '';
      const recordName = index === 1 ? NAMED_RECORDS[list] : undefined;
      const item = recordName ?? NUMBERED_ITEMS[list];
      steps.pop();
      const number = key + 1;
      if (item === undefined) {
        steps.push({ itemOf: fieldName(list), number });
        return;
      }
      const id = recordName ? idOf(value) : undefined;
      // The id is left out where the problem is the id itself: its message shows it.
      const named = id !== undefined && path[index + 1] !== 'id';
      steps.push({ item, number, ...(named && { id: shortened(id) }) });
      return;
    }
    value = isRecord(value) ? value[String(key)] : undefined;
    steps.push({ field: fieldName(String(key)) });
  });
  return steps;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idOf(record: unknown): string | undefined {
  const id = isRecord(record) ? record.id : undefined;
  return typeof id === 'string' && id.trim() !== '' ? id : undefined;
}

/** A field name comes from the data and may be huge. */
function fieldName(key: string): string {
  return key.length > MAX_QUOTED_LENGTH ? quoted(key) : key;
}

/** Puts the places of findings in words, from the file they were found in. */
export function placed(findings: readonly Finding[], file: unknown): Problem[] {
  return findings.map((found) => ({ ...found, place: describePlace(found.path, file) }));
}

/** A value found where another was expected, safe to keep: `"1998/12/04"`, `number 12`, `an object`. */
export function foundValue(value: unknown): FoundValue {
  if (value === null) return { type: 'null' };
  if (Array.isArray(value)) return { type: 'array' };
  switch (typeof value) {
    case 'string':
      return { type: 'string', text: shortened(value) };
    case 'number':
      return { type: 'number', text: String(value).slice(0, MAX_QUOTED_LENGTH) };
    case 'boolean':
      return { type: 'boolean', text: String(value) };
    case 'object':
      return { type: 'object' };
    default:
      return { type: 'other', name: typeof value };
  }
}

function isSchemaIssueCode(message: string): message is SchemaIssueCode {
  return (SCHEMA_ISSUE_CODES as readonly string[]).includes(message);
}

/** The list an issue is about, from its path: `['events', 0, 'citations']` gives "citations". */
function listName(path: readonly PropertyKey[]): string {
  const last = path.at(-1);
  return typeof last === 'string' ? last : 'items';
}

function lengthOf(input: unknown): number | undefined {
  return typeof input === 'string' || Array.isArray(input) ? input.length : undefined;
}

/** One zod issue as a problem: the schema's checks give a problem code as their message (schema.ts). */
function issueFinding(issue: z.core.$ZodIssue): Finding {
  const { path } = issue;
  const found = issue.input === undefined ? {} : { found: foundValue(issue.input) };
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? finding('required', { expected: issue.expected }, path)
        : finding('wrong-type', { expected: issue.expected, found: foundValue(issue.input) }, path);
    case 'too_small':
      if (issue.origin === 'array') {
        return finding('too-few', { list: listName(path), minimum: Number(issue.minimum) }, path);
      }
      break;
    case 'too_big': {
      const length = lengthOf(issue.input);
      const maximum = Number(issue.maximum);
      if (length === undefined) break;
      return issue.origin === 'array'
        ? finding('too-many', { list: listName(path), count: length, maximum }, path)
        : finding('too-long', { length, maximum }, path);
    }
    case 'invalid_value':
      if (path.at(-1) === 'kind') {
        return finding('unknown-kind', { ...found, allowed: issue.values.map(String) }, path);
      }
      if (path.at(-1) === 'language' && issue.input !== undefined) {
        const language = typeof issue.input === 'string' ? shortened(issue.input) : '';
        return finding('unknown-language', { ...found, language, allowed: issue.values.map(String) }, path);
      }
      break;
    case 'invalid_format':
    case 'custom':
      if (isSchemaIssueCode(issue.message)) return finding(issue.message, found, path);
      break;
  }
  return finding('invalid', { text: issue.message, ...found }, path);
}

/**
 * Turns zod's issues into findings. Unknown fields never reach zod (see unknownFields.ts) but in translations,
 * whose objects are closed (schema.ts): there an unknown key is a language, or a field not translated.
 */
export function findingsFromIssues(issues: readonly z.core.$ZodIssue[]): Finding[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' ? unknownKeyFindings(issue) : issueFinding(issue),
  );
}

/** Inside `translations` (or a track's names) keys are languages; inside one language's entry, fields. */
function unknownKeyFindings({ path, keys }: z.core.$ZodIssueUnrecognizedKeys): Finding[] {
  const isLanguageLevel = path.at(-1) === 'translations' || path.at(-2) === 'trackNames';
  if (isLanguageLevel) {
    return keys.map((key) =>
      finding('unknown-language', { language: shortened(key), allowed: [...TRANSLATED_LANGUAGES] }, [...path, key]),
    );
  }
  const translatable = TRANSLATABLE_FIELDS[path.length <= 2 ? 'timeline' : 'event'];
  return keys.map((key) => finding('untranslatable-field', { field: shortened(key), translatable }, [...path, key]));
}
