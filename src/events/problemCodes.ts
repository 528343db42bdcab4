/**
 * Problems as data: what is wrong (a code), where (a path), and the facts a message needs (params).
 * Messages are rendered from these by a catalog per language (messages.en.ts), never stored.
 */
import type { ClosestPassage } from './closestPassage.ts';

/** A value found where another was expected, described safely: strings and numbers are cut short. */
export type FoundValue =
  | { readonly type: 'string' | 'number' | 'boolean'; readonly text: string }
  | { readonly type: 'null' | 'array' | 'object' }
  | { readonly type: 'other'; readonly name: string };

/** What a value was, for the problems of a text field's form; absent when the field is missing. */
export interface Found {
  readonly found?: FoundValue;
}

/** What the template's placeholder asks for. */
export type PlaceholderFix = 'own-text' | 'write-or-remove' | 'real-address';

/** The parameters of each problem code. Texts from the data in params are already cut short. */
export interface ProblemParams {
  // The file as a whole.
  'empty-file': Record<string, never>;
  /** `reason` is the JavaScript engine's, in English; line and column count from 1. */
  'not-json': { readonly reason: string; readonly line?: number; readonly column?: number };
  'not-utf8': { readonly byte: number };
  'file-too-large': { readonly bytes: number; readonly maximum: number };
  // Fetching a `?data=` file.
  'data-address-missing': Record<string, never>;
  'data-address-scheme': { readonly scheme: string };
  'data-address-invalid': Record<string, never>;
  'data-address-needs-http': Record<string, never>;
  'fetch-unreachable': Record<string, never>;
  'fetch-stalled': { readonly seconds: number };
  'fetch-broken': Record<string, never>;
  /** `status` as the server gave it, e.g. "404 Not Found"; `expected` is what was asked for. */
  'fetch-http': { readonly status: string; readonly expected: 'event-list' | 'source-text' };
  'fetch-web-page': Record<string, never>;
  // The form of the data.
  /** `expected` is a JSON type name; `expects` a phrase from the converter, which knows the column. */
  required: { readonly expected: string; readonly expects?: string };
  'wrong-type': { readonly expected: string; readonly found: FoundValue };
  blank: Found;
  'id-format': Found;
  /** `hint` (converter only) says how a spreadsheet may have rewritten a date. */
  'date-format': Found & { readonly hint?: string };
  'day-format': Found;
  'not-a-date': Found;
  'web-url': Found;
  'source-text-path': Found;
  /** `list` is the field holding the list, e.g. "citations". */
  'too-few': { readonly list: string; readonly minimum: number };
  'too-long': { readonly length: number; readonly maximum: number };
  'too-many': { readonly list: string; readonly count: number; readonly maximum: number };
  /** A check of the schema that has no code of its own yet; `text` is its English message. */
  invalid: Found & { readonly text: string };
  // The meaning of the data.
  /** `first` counts from 1. */
  'duplicate-id': { readonly id: string; readonly list: 'events' | 'sources'; readonly first: number };
  'end-before-date': { readonly end: string; readonly date: string };
  /** At most the first few declared ids, with how many there are. */
  'unknown-kind': Found & { readonly allowed: readonly string[] };
  'related-self': { readonly id: string };
  'related-unknown': { readonly id: string };
  'unknown-source': { readonly id: string; readonly declared: readonly string[]; readonly declaredCount: number };
  /**
   * `loose`: found but for case, spacing or quotation marks. `closest`: the passage most like it;
   * null when none is, absent when not searched (after the first hundred).
   */
  'quote-not-in-source': {
    readonly source: string;
    readonly loose: boolean;
    readonly closest?: ClosestPassage | null;
  };
  /** A key of `translations` (or of a track's names, or a source's `language`) that is not a translated language. */
  'unknown-language': Found & { readonly language: string; readonly allowed: readonly string[] };
  /** A field in one language's translations that is not translated there; `translatable` are those that are. */
  'untranslatable-field': { readonly field: string; readonly translatable: readonly string[] };
  /** `reason` comes from whoever read the file (disk or web), in English. */
  'unreadable-source-text': { readonly path: string; readonly reason: string };
  // Warnings.
  'unknown-field': { readonly field: string; readonly nearest?: string; readonly known: readonly string[] };
  placeholder: { readonly text: string; readonly fix: PlaceholderFix };
  'unquoted-number': { readonly number: string };
  /** A key of `trackNames` that no event's track is: a misspelt track, whose names are never shown. */
  'unused-track-name': { readonly track: string };
  /** A problem the spreadsheet and TimelineJS converter found, in its English sentence. */
  conversion: { readonly text: string };
}

export type ProblemCode = keyof ProblemParams;

/** The codes a schema check may give as its message (schema.ts), turned into problems by problems.ts. */
export type SchemaIssueCode = Extract<
  ProblemCode,
  'blank' | 'id-format' | 'date-format' | 'day-format' | 'not-a-date' | 'web-url' | 'source-text-path'
>;

export const SCHEMA_ISSUE_CODES: readonly SchemaIssueCode[] = [
  'blank',
  'id-format',
  'date-format',
  'day-format',
  'not-a-date',
  'web-url',
  'source-text-path',
];

/** Errors stop the data from being shown; warnings are there to be fixed but do not. */
export type Severity = 'error' | 'warning';

/** One thing wrong with a data file, before the place is put in words (that needs the ids in the file). */
export interface Finding<C extends ProblemCode = ProblemCode> {
  readonly code: C;
  readonly params: ProblemParams[C];
  /** Keys from the top of the file, e.g. `['events', 3, 'citations', 0, 'quote']`; empty for the file as a whole. */
  readonly path: readonly PropertyKey[];
  readonly severity: Severity;
}

/** The records whose items are named in a place: events and sources by number and id, the rest by number. */
export type ItemName = 'event' | 'source' | 'citation' | 'document' | 'actor';

/**
 * One step of a place, as people read it: a field (`summary`), an item counting from 1 (`event 2,
 * id “a”`, or `item 3 of tags` for a list with no name of its own), or, for the converter, a place in
 * its input in English words (`line 4, column "date"`).
 */
export type PlaceStep =
  | { readonly field: string }
  | { readonly item: ItemName; readonly number: number; readonly id?: string }
  | { readonly itemOf: string; readonly number: number }
  | { readonly text: string };

/** The path for people: `event 4, id “a”, citation 1, quote`; empty for the file as a whole. */
export type Place = readonly PlaceStep[];

export interface Problem<C extends ProblemCode = ProblemCode> extends Finding<C> {
  /** Built from the path and the ids in the file, which the path alone does not give. */
  readonly place: Place;
}

/** One language's words for problems: a message per code, rendered from its params, and places. */
export interface ProblemCatalog {
  readonly messages: { readonly [C in ProblemCode]: (params: ProblemParams[C]) => string };
  readonly place: (place: Place) => string;
  /** A place and a message together, as one line: `event 1, id “a”, title: must not be empty`. */
  readonly line: (place: string, message: string) => string;
}
