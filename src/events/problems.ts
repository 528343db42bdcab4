import type * as z from 'zod/mini';

/** One thing wrong with a data file: where it is and what was expected there. */
export interface Problem {
  /** Keys from the top of the file, e.g. `['events', 3, 'citations', 0, 'quote']`; empty for the file as a whole. */
  readonly path: readonly PropertyKey[];
  /** The same place in words, counting from 1 and naming the record: `event 4, id “a”, citation 1, quote`. */
  readonly place: string;
  readonly message: string;
}

/** A problem found before the place can be put in words (that needs the ids in the file). */
export type Finding = Omit<Problem, 'place'>;

/** Longest piece of data text quoted in a message, so a huge string cannot flood the terminal or the page. */
export const MAX_QUOTED_LENGTH = 60;

/** Text cut to at most `max` characters, marked with "..." where cut. */
export function shortened(text: string, max = MAX_QUOTED_LENGTH): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

/** Text from the data, in quotation marks, cut short when long: `"1998/12/04"`, `"aaaa..."`. */
export function quoted(text: string): string {
  return JSON.stringify(shortened(text));
}

/** A problem with the file as a whole (not readable, not JSON, not fetched). */
export function wholeFileProblem(message: string): Problem {
  return { path: [], place: '', message };
}

/** The record lists whose items are named by number and id. */
const NAMED_RECORDS: Readonly<Record<string, string>> = { events: 'event', sources: 'source' };
/** Lists inside a record, whose items are named by number. */
const NUMBERED_ITEMS: Readonly<Record<string, string>> = {
  citations: 'citation',
  documents: 'document',
  actors: 'actor',
};

/**
 * A place in words for people who do not read JSON paths: items count from 1, and events and
 * sources are named by their id, e.g. `event 2, id “unga-res-53-70-1998”, summary`.
 */
export function describePlace(path: readonly PropertyKey[], file: unknown): string {
  const parts: string[] = [];
  let value: unknown = file;
  path.forEach((key, index) => {
    const parent = path[index - 1];
    if (typeof key === 'number') {
      value = Array.isArray(value) ? value[key] : undefined;
      const list = typeof parent === 'string' ? parent : '';
      const recordName = index === 1 ? NAMED_RECORDS[list] : undefined;
      const name = recordName ?? NUMBERED_ITEMS[list] ?? `item of ${fieldName(list)}`;
      parts.pop();
      const id = recordName ? idOf(value) : undefined;
      // The id is left out where the problem is the id itself: its message shows it.
      const naming = id !== undefined && path[index + 1] !== 'id' ? `, id “${shortened(id)}”` : '';
      parts.push(`${name} ${key + 1}${naming}`);
      return;
    }
    value = isRecord(value) ? value[String(key)] : undefined;
    parts.push(fieldName(String(key)));
  });
  return parts.join(', ');
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
  return findings.map((finding) => ({ ...finding, place: describePlace(finding.path, file) }));
}

export function problemText({ place, message }: Problem): string {
  return place ? `${place}: ${message}` : message;
}

/** A short, safe description of a value for a message: `"1998/12/04"`, `number 12`, `an object`. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return quoted(value);
    case 'number':
    case 'boolean':
      return `${typeof value} ${String(value).slice(0, MAX_QUOTED_LENGTH)}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const ARTICLE: Readonly<Record<string, string>> = { array: 'an array', object: 'an object' };

function expectedType(expected: string): string {
  return ARTICLE[expected] ?? `a ${expected}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `missing; expected ${expectedType(issue.expected)}`
        : `expected ${expectedType(issue.expected)}, got ${describeValue(issue.input)}`;
    case 'invalid_format':
    case 'custom':
      return issue.input === undefined ? issue.message : `${issue.message}; got ${describeValue(issue.input)}`;
    default:
      return issue.message;
  }
}

/** Turns zod's issues into findings. (Unknown fields never reach zod: see unknownFields.ts.) */
export function findingsFromIssues(issues: readonly z.core.$ZodIssue[]): Finding[] {
  return issues.map((issue) => ({ path: issue.path, message: describeIssue(issue) }));
}
