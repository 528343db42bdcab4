import * as z from 'zod/mini';
import { parseCalendarDate, periodEnd, type CalendarDate } from './calendarDate.ts';
import type { Citation, Source, Timeline, TimelineEvent } from './model.ts';
import { formatPath, problemsFromIssues, type Problem } from './problems.ts';
import { eventSchema, eventsFileSchema, sourceSchema, type EventRecord, type SourceRecord } from './schema.ts';

/**
 * Reads the full text of a source, given the path written in its `text` field.
 * Returns an Error when it cannot be read; the message ends up in the problem list.
 */
export type ReadSourceText = (path: string) => string | Error;

export type ValidationResult =
  | { readonly ok: true; readonly timeline: Timeline }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Checks unknown JSON against the format and its meaning (unique ids, real dates, spans that do
 * not end before they start, citations of known sources, quotes verbatim in their source) and
 * reports every problem found, not only the first: the meaning of the well-formed events is
 * checked even when others are malformed.
 */
export function validateEventsFile(input: unknown, readText: ReadSourceText): ValidationResult {
  const parsed = eventsFileSchema.safeParse(input, { reportInput: true });
  const problems: Problem[] = parsed.success ? [] : problemsFromIssues(parsed.error.issues);
  const report: Report = (path, message) => problems.push({ path: formatPath(path), message });

  const sources = wellFormed(parsed.success ? parsed.data.sources : listAt(input, 'sources'), sourceSchema);
  const events = wellFormed(parsed.success ? parsed.data.events : listAt(input, 'events'), eventSchema);
  reportDuplicateIds(listAt(input, 'sources'), 'sources', report);
  reportDuplicateIds(listAt(input, 'events'), 'events', report);
  const context: EventContext = {
    sources: new Map(sources.map(({ record }) => [record.id, toSource(record)])),
    declaredSourceIds: new Set(listAt(input, 'sources').map(idOf)),
    texts: readSourceTexts(sources, readText, report),
    report,
  };
  const timelineEvents = events.map((entry) => toEvent(entry, context));

  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  return { ok: true, timeline: toTimeline(parsed.data, timelineEvents) };
}

type Report = (path: readonly PropertyKey[], message: string) => void;

/** A record that passed the schema, with its place in the file. */
interface Entry<T> {
  readonly index: number;
  readonly record: T;
}

interface EventContext {
  readonly sources: ReadonlyMap<string, Source>;
  /** Ids of every source in the file, even malformed ones, so their citations are not called unknown. */
  readonly declaredSourceIds: ReadonlySet<unknown>;
  readonly texts: ReadonlyMap<string, string>;
  readonly report: Report;
}

function listAt(input: unknown, key: string): readonly unknown[] {
  const value = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[key] : undefined;
  return Array.isArray(value) ? value : [];
}

function wellFormed<T>(list: readonly unknown[], schema: z.ZodMiniType<T>): Entry<T>[] {
  return list.flatMap((value, index) => {
    const result = schema.safeParse(value);
    return result.success ? [{ index, record: result.data }] : [];
  });
}

/** The id of a record even when the rest of it is malformed. */
function idOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
}

function reportDuplicateIds(records: readonly unknown[], list: string, report: Report): void {
  const firstIndex = new Map<string, number>();
  records.forEach((record, index) => {
    const id = idOf(record);
    if (typeof id !== 'string') return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else report([list, index, 'id'], `duplicate id "${id}"; ${list}[${first}] already uses it`);
  });
}

/** Texts by source id, for the sources whose text could be read. */
function readSourceTexts(sources: readonly Entry<SourceRecord>[], readText: ReadSourceText, report: Report) {
  const texts = new Map<string, string>();
  for (const { index, record } of sources) {
    if (record.text === undefined) continue;
    const text = readText(record.text);
    if (text instanceof Error) report(['sources', index, 'text'], `cannot read "${record.text}": ${text.message}`);
    else texts.set(record.id, text);
  }
  return texts;
}

function toSource(record: SourceRecord): Source {
  return {
    id: record.id,
    publisher: record.publisher,
    published: mustParse(record.published),
    ...(record.title !== undefined && { title: record.title }),
    ...(record.url !== undefined && { url: record.url }),
  };
}

function toEvent({ index, record }: Entry<EventRecord>, context: EventContext): TimelineEvent {
  const path = ['events', index];
  const date = mustParse(record.date);
  const end = record.end === undefined ? undefined : mustParse(record.end);
  if (end && periodEnd(end) < date.start) {
    context.report([...path, 'end'], `"${end.iso}" is before the event's date "${date.iso}"; expected the same date or later`);
  }
  const citations = record.citations.flatMap((citation, citationIndex): Citation[] => {
    const citationPath = [...path, 'citations', citationIndex];
    const source = context.sources.get(citation.source);
    if (!source) {
      if (!context.declaredSourceIds.has(citation.source)) {
        const known = [...context.declaredSourceIds].filter((id) => typeof id === 'string').map((id) => `"${id}"`);
        context.report([...citationPath, 'source'], `unknown source "${citation.source}"; expected one of ${known.join(', ')}`);
      }
      return [];
    }
    const text = context.texts.get(source.id);
    if (text !== undefined && !text.includes(citation.quote)) {
      context.report([...citationPath, 'quote'], quoteNotFoundMessage(citation.quote, source.id, text));
    }
    return [{ source, quote: citation.quote, checked: text !== undefined }];
  });
  return {
    id: record.id,
    date,
    ...(end && { end }),
    title: record.title,
    summary: record.summary,
    track: record.track,
    actors: record.actors,
    citations,
    documents: record.documents ?? [],
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

function quoteNotFoundMessage(quote: string, sourceId: string, text: string): string {
  const message = `not found in source "${sourceId}"`;
  return looselyNormalized(text).includes(looselyNormalized(quote))
    ? `${message} verbatim (it differs in case, spacing or quotation marks); copy it exactly`
    : message;
}

function toTimeline(file: { title: string; description?: string | undefined }, events: TimelineEvent[]): Timeline {
  return {
    title: file.title,
    ...(file.description !== undefined && { description: file.description }),
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
