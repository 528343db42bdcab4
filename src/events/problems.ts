import type * as z from 'zod/mini';

/** One thing wrong with a data file: where it is and what was expected there. */
export interface Problem {
  /** JSON path such as `events[3].citations[0].quote`; empty for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

/** Longest piece of data text quoted in a message, so a huge string cannot flood the terminal or the page. */
const MAX_QUOTED_LENGTH = 60;

/** Text from the data, in quotation marks, cut short when long: `"1998/12/04"`, `"aaaa..."`. */
export function quoted(text: string): string {
  return JSON.stringify(text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH - 3)}...` : text);
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      // A field name comes from the data and may be huge.
      const name = String(key).length > MAX_QUOTED_LENGTH ? quoted(String(key)) : String(key);
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

export function problemText({ path, message }: Problem): string {
  return path ? `${path}: ${message}` : message;
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

/** Turns zod's issues into problems. (Unknown fields never reach zod: see unknownFields.ts.) */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    return [{ path: formatPath(issue.path), message: describeIssue(issue) }];
  });
}
