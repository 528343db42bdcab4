import * as z from 'zod/mini';
import { parseCalendarDate, periodEnd, type CalendarDate } from './calendarDate.ts';
import type { Citation, Source, Timeline, TimelineEvent } from './model.ts';
import { closestPassage } from './closestPassage.ts';
import { parseJsonText } from './parseJson.ts';
import { placeholderWarnings } from './placeholders.ts';
import {
  finding,
  findingsFromIssues,
  placed,
  shortened,
  wholeFileProblem,
  type Finding,
  type Problem,
  type ProblemCode,
  type ProblemParams,
} from './problems.ts';
import {
  citationSchema,
  eventSchema,
  eventsFileSchema,
  sourceSchema,
  type CitationRecord,
  type EventRecord,
  type SourceRecord,
  type TimelineTranslations,
  type TrackNames,
} from './schema.ts';
import { summaryNumberWarnings } from './summaryNumbers.ts';
import { withoutUnknownFields } from './unknownFields.ts';

// The entry point for files read from disk or fetched; it lives in its own file (size and encoding).
export { MAX_EVENTS_FILE_BYTES, validateEventsBytes } from './validateBytes.ts';

/**
 * Reads the full text of a source, given the path written in its `text` field.
 * Returns an Error when it cannot be read; the message ends up in the problem list.
 */
export type ReadSourceText = (path: string) => string | Error;

/**
 * `problems` are errors: the data is wrong or cannot be verified, and is not shown.
 * `warnings` (unknown fields, text left from the template, numbers in a summary that no quote of the event
 * contains) do not stop the data loading; they are there to be fixed.
 * A failure may carry warnings too (optional, so a failure can be made from one message).
 */
export type ValidationResult =
  | { readonly ok: true; readonly timeline: Timeline; readonly warnings: readonly Problem[] }
  | {
      readonly ok: false;
      readonly problems: readonly Problem[];
      readonly warnings?: readonly Problem[];
      /** Set when the file could not be had at all; absent when it was read and its data is wrong. */
      readonly failure?: LoadFailure;
    };

/** Why a `?data=` file could not be had calls for its own fix: a 404 needs the address checked, not the validator. */
export type FetchFailureKind = 'unreachable' | 'stalled' | 'http' | 'web-page';
/** A `?data=` address with nothing after it, or one that is not a usable address. */
export type AddressFailureKind = 'address-missing' | 'address-invalid';

export interface LoadFailure {
  /** What went wrong, so the reader is offered the fix that fits. */
  readonly kind: FetchFailureKind | AddressFailureKind;
  /** True where trying again may help (a busy server, a dropped connection). */
  readonly retry: boolean;
}

/**
 * Checks unknown JSON against the format and its meaning (unique ids, real dates, spans that do
 * not end before they start, citations of known sources, quotes verbatim in their source) and
 * reports every problem found, not only the first: the meaning of whatever is well formed is
 * checked even where the structure around it is not.
 */
export function validateEventsFile(file: unknown, readText: ReadSourceText): ValidationResult {
  const { value: input, warnings: unknownFields } = withoutUnknownFields(file);
  const warnings = placed(inFileOrder([...unknownFields, ...placeholderWarnings(input)]), file);
  const parsed = eventsFileSchema.safeParse(input, { reportInput: true });
  const problems: Finding[] = parsed.success ? [] : findingsFromIssues(parsed.error.issues);
  const report: Report = (path, code, params) => problems.push(finding(code, params, path));

  const rawSources = listAt(input, 'sources');
  const rawEvents = listAt(input, 'events');
  reportDuplicateIds(rawSources, 'sources', report);
  reportDuplicateIds(rawEvents, 'events', report);
  reportUnknownRelated(rawEvents, report);

  const sources = new Map<string, { source: Source; text?: string }>();
  rawSources.forEach((value, index) => {
    const record = parsed.success ? parsed.data.sources[index] : wellFormed(value, sourceSchema);
    if (!record || sources.has(record.id)) return;
    const textPath = record.text;
    const text = textPath === undefined ? undefined : readText(textPath);
    if (text instanceof Error) {
      report(['sources', index, 'text'], 'unreadable-source-text', {
        path: shortened(textPath ?? ''),
        reason: text.message,
      });
    }
    sources.set(record.id, { source: toSource(record), ...(typeof text === 'string' && { text }) });
  });
  const context: CheckContext = {
    sources,
    declaredSourceIds: new Set(rawSources.map(idOf)),
    report,
    closestPassagesLeft: MAX_CLOSEST_PASSAGES,
  };

  // The titles of related events name their links on the card.
  const titles = new Map(parsed.success ? parsed.data.events.map((event) => [event.id, event.title]) : []);
  const trackNames = parsed.success ? parsed.data.trackNames : undefined;
  const events = rawEvents.flatMap((value, index) => {
    const path = ['events', index];
    const record = parsed.success ? parsed.data.events[index] : wellFormed(value, eventSchema);
    checkSpan(value, path, report);
    // A malformed event still has its well-formed citations checked.
    const citations = checkCitations(
      record?.citations ?? wellFormedItems(fieldOf(value, 'citations'), citationSchema),
      path,
      context,
    );
    return record ? [toEvent(record, citations, titles, trackNames)] : [];
  });

  if (!parsed.success || problems.length > 0) {
    return { ok: false, problems: placed(inFileOrder(problems), file), warnings };
  }
  // Unquoted numbers are warnings: the card is still shown, but a claim on it cannot be checked there.
  const laterWarnings = placed(
    [...summaryNumberWarnings(parsed.data.events), ...unusedTrackNames(trackNames, parsed.data.events)],
    file,
  );
  return { ok: true, timeline: toTimeline(parsed.data, events), warnings: [...warnings, ...laterWarnings] };
}

/** The same checks, starting from the text of the file: a syntax error is one more problem. */
export function validateEventsText(text: string, readText: ReadSourceText): ValidationResult {
  const json = parseJsonText(text);
  if ('code' in json) return fileProblem(json.code, json.params);
  return validateEventsFile(json.value, readText);
}

/** A problem with the file as a whole (not readable, not JSON): nothing else can be checked. */
export function fileProblem<C extends ProblemCode>(code: C, params: ProblemParams[C]): ValidationResult {
  return { ok: false, problems: [wholeFileProblem(code, params)] };
}

/**
 * How many quotes not found get the closest passage of their source in their message. Each search
 * costs a few scans of the source text; a file where thousands of quotes fail needs no more hints.
 */
const MAX_CLOSEST_PASSAGES = 100;

type Report = <C extends ProblemCode>(path: readonly PropertyKey[], code: C, params: ProblemParams[C]) => void;

interface CheckContext {
  /** The first well-formed source of each id, with its full text when it could be read. */
  readonly sources: ReadonlyMap<string, { readonly source: Source; readonly text?: string }>;
  /** Ids of every source in the file, even malformed ones, so their citations are not called unknown. */
  readonly declaredSourceIds: ReadonlySet<unknown>;
  readonly report: Report;
  closestPassagesLeft: number;
}

function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function listAt(input: unknown, key: string): readonly unknown[] {
  const value = fieldOf(input, key);
  return Array.isArray(value) ? value : [];
}

function idOf(value: unknown): unknown {
  return fieldOf(value, 'id');
}

/** A record of a malformed file that passes the schema on its own. */
function wellFormed<T>(value: unknown, schema: z.ZodMiniType<T>): T | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/** The items of a list that pass the schema on their own, at their places (undefined for the rest). */
function wellFormedItems<T>(value: unknown, schema: z.ZodMiniType<T>): (T | undefined)[] {
  return Array.isArray(value) ? value.map((item) => wellFormed(item, schema)) : [];
}

function reportDuplicateIds(records: readonly unknown[], list: 'events' | 'sources', report: Report): void {
  const firstIndex = new Map<string, number>();
  records.forEach((record, index) => {
    const id = idOf(record);
    if (typeof id !== 'string') return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else report([list, index, 'id'], 'duplicate-id', { id: shortened(id), list, first: first + 1 });
  });
}

/** Each id in an event's `related` must name another event of the file (the problem's place names the event). */
function reportUnknownRelated(events: readonly unknown[], report: Report): void {
  const ids = new Set(events.map(idOf));
  events.forEach((event, index) => {
    const related = fieldOf(event, 'related');
    if (!Array.isArray(related)) return;
    related.forEach((id: unknown, at) => {
      if (typeof id !== 'string') return;
      const path = ['events', index, 'related', at];
      if (id === idOf(event)) report(path, 'related-self', { id: shortened(id) });
      else if (!ids.has(id)) report(path, 'related-unknown', { id: shortened(id) });
    });
  });
}

/** Names given for a track no event is on: a misspelling, since the names would never be shown. */
function unusedTrackNames(trackNames: TrackNames | undefined, events: readonly EventRecord[]): Finding[] {
  const tracks = new Set(events.map((event) => event.track));
  return Object.keys(trackNames ?? {})
    .filter((track) => !tracks.has(track))
    .map((track) => finding('unused-track-name', { track: shortened(track) }, ['trackNames', track]));
}

/** Groups the problems of each record (`events[2]`) together, in record order, keeping their order within it. */
function inFileOrder(problems: readonly Finding[]): Finding[] {
  const lists: PropertyKey[] = [];
  const keyed = problems.map((problem) => {
    const [list = '', index] = problem.path;
    if (!lists.includes(list)) lists.push(list);
    return { problem, list: lists.indexOf(list), index: typeof index === 'number' ? index : -1 };
  });
  return keyed.sort((a, b) => a.list - b.list || a.index - b.index).map(({ problem }) => problem);
}

/** An end before the date, wherever both dates are readable. */
function checkSpan(event: unknown, path: readonly PropertyKey[], report: Report): void {
  const [date, end] = [fieldOf(event, 'date'), fieldOf(event, 'end')].map((value) =>
    typeof value === 'string' ? parseCalendarDate(value) : null,
  );
  if (date && end && periodEnd(end) < date.start) {
    report([...path, 'end'], 'end-before-date', { end: end.iso, date: date.iso });
  }
}

/** Each citation must name a known source and, where its text is known, quote it verbatim. */
function checkCitations(
  citations: readonly (CitationRecord | undefined)[],
  path: readonly PropertyKey[],
  context: CheckContext,
): Citation[] {
  return citations.flatMap((citation, index): Citation[] => {
    if (!citation) return [];
    const citationPath = [...path, 'citations', index];
    const known = context.sources.get(citation.source);
    if (!known) {
      if (!context.declaredSourceIds.has(citation.source)) {
        context.report([...citationPath, 'source'], 'unknown-source', unknownSource(citation.source, context));
      }
      return [];
    }
    if (known.text !== undefined && !known.text.includes(citation.quote)) {
      const withClosest = context.closestPassagesLeft-- > 0;
      const params = quoteNotFound(citation.quote, known.source.id, known.text, withClosest);
      context.report([...citationPath, 'quote'], 'quote-not-in-source', params);
    }
    return [{ source: known.source, quote: citation.quote, checked: known.text !== undefined }];
  });
}

/** How many source ids a problem keeps (a message says "and N more" for the rest). */
const MAX_LISTED_IDS = 10;

function unknownSource(id: string, context: CheckContext): ProblemParams['unknown-source'] {
  const ids = [...context.declaredSourceIds].filter((candidate) => typeof candidate === 'string');
  return {
    id: shortened(id),
    declared: ids.slice(0, MAX_LISTED_IDS).map((known) => shortened(known)),
    declaredCount: ids.length,
  };
}

/** Case, spacing and straight-versus-curly quotes are the usual slips when copying a quote. */
function looselyNormalized(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function quoteNotFound(
  quote: string,
  sourceId: string,
  text: string,
  withClosest: boolean,
): ProblemParams['quote-not-in-source'] {
  const loose = looselyNormalized(text).includes(looselyNormalized(quote));
  const params = { source: shortened(sourceId), loose };
  return withClosest ? { ...params, closest: closestPassage(quote, text) ?? null } : params;
}

function toSource(record: SourceRecord): Source {
  const { published, ...source } = record;
  // The text's path served the checks of quotes; the app has no use for it.
  delete source.text;
  return { ...source, ...(published !== undefined && { published: mustParse(published) }) };
}

function toEvent(
  record: EventRecord,
  citations: Citation[],
  titles: ReadonlyMap<string, string>,
  trackNames: TrackNames | undefined,
): TimelineEvent {
  // The record's citations (sources named by id) are replaced below by the checked ones, sources included.
  const { date, end, documents, related, ...rest } = record;
  // Ids that name no event were reported (reportUnknownRelated); a file with problems is not shown.
  const links = (related ?? []).flatMap((id) => {
    const title = titles.get(id);
    return title === undefined ? [] : [{ id, title }];
  });
  return {
    ...rest,
    date: mustParse(date),
    ...(end !== undefined && { end: mustParse(end) }),
    citations,
    documents: documents ?? [],
    ...(links.length > 0 && { related: links }),
    // An own key only: a track named "constructor" has no names from Object.prototype.
    ...(trackNames && Object.hasOwn(trackNames, record.track) && { trackTranslations: trackNames[record.track] }),
  };
}

interface FileHeading {
  title: string;
  description?: string | undefined;
  translations?: TimelineTranslations | undefined;
  trackNames?: TrackNames | undefined;
  updated?: string | undefined;
  license?: string | undefined;
}

function toTimeline(file: FileHeading, events: TimelineEvent[]): Timeline {
  return {
    title: file.title,
    ...(file.description !== undefined && { description: file.description }),
    ...(file.updated !== undefined && { updated: mustParse(file.updated) }),
    ...(file.license !== undefined && { license: file.license }),
    ...(file.translations !== undefined && { translations: file.translations }),
    ...(file.trackNames !== undefined && { trackNames: file.trackNames }),
    // Array.prototype.sort is stable, so events on the same date keep their order in the file.
    events: [...events].sort((a, b) => a.date.start.getTime() - b.date.start.getTime()),
    tracks: [...new Set(events.map((event) => event.track))],
  };
}

/** The schema has already rejected every string that does not parse. */
function mustParse(iso: string): CalendarDate {
  const date = parseCalendarDate(iso);
  if (!date) throw new Error(`Unreachable: "${iso}" passed the schema but is not a calendar date`);
  return date;
}
