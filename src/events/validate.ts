import { parseCalendarDate, periodEnd, type CalendarDate } from './calendarDate.ts';
import type { Citation, Source, Timeline, TimelineEvent } from './model.ts';
import { formatPath, problemsFromIssues, type Problem } from './problems.ts';
import { eventsFileSchema, type EventRecord, type EventsFile, type SourceRecord } from './schema.ts';

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
 * reports every problem found, not only the first.
 */
export function validateEventsFile(input: unknown, readText: ReadSourceText): ValidationResult {
  const parsed = eventsFileSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: problemsFromIssues(parsed.error.issues) };

  const file = parsed.data;
  const problems: Problem[] = [];
  const report = (path: readonly PropertyKey[], message: string) => problems.push({ path: formatPath(path), message });

  reportDuplicateIds(file.sources, 'sources', report);
  reportDuplicateIds(file.events, 'events', report);
  const texts = readSourceTexts(file.sources, readText, report);
  const sources = new Map(file.sources.map((record) => [record.id, toSource(record)]));
  const events = file.events.map((record, index) => toEvent(record, ['events', index], { sources, texts, report }));

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, timeline: toTimeline(file, events) };
}

type Report = (path: readonly PropertyKey[], message: string) => void;

interface EventContext {
  readonly sources: ReadonlyMap<string, Source>;
  readonly texts: ReadonlyMap<string, string>;
  readonly report: Report;
}

function reportDuplicateIds(records: readonly { id: string }[], list: string, report: Report): void {
  const firstIndex = new Map<string, number>();
  records.forEach(({ id }, index) => {
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else report([list, index, 'id'], `duplicate id "${id}"; ${list}[${first}] already uses it`);
  });
}

/** Texts by source id, for the sources whose text could be read. */
function readSourceTexts(sources: readonly SourceRecord[], readText: ReadSourceText, report: Report) {
  const texts = new Map<string, string>();
  sources.forEach((source, index) => {
    if (source.text === undefined) return;
    const text = readText(source.text);
    if (text instanceof Error) report(['sources', index, 'text'], `cannot read "${source.text}": ${text.message}`);
    else texts.set(source.id, text);
  });
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

function toEvent(record: EventRecord, path: readonly PropertyKey[], context: EventContext): TimelineEvent {
  const date = mustParse(record.date);
  const end = record.end === undefined ? undefined : mustParse(record.end);
  if (end && periodEnd(end) < date.start) {
    context.report([...path, 'end'], `"${end.iso}" is before the event's date "${date.iso}"; expected the same date or later`);
  }
  const citations = record.citations.flatMap((citation, index): Citation[] => {
    const source = context.sources.get(citation.source);
    const citationPath = [...path, 'citations', index];
    if (!source) {
      const known = [...context.sources.keys()].map((id) => `"${id}"`).join(', ');
      context.report([...citationPath, 'source'], `unknown source "${citation.source}"; expected one of ${known}`);
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

function toTimeline(file: EventsFile, events: TimelineEvent[]): Timeline {
  // Array.prototype.sort is stable, so events on the same date keep their order in the file.
  const inDateOrder = [...events].sort((a, b) => a.date.start.getTime() - b.date.start.getTime());
  return {
    title: file.title,
    ...(file.description !== undefined && { description: file.description }),
    events: inDateOrder,
    tracks: [...new Set(file.events.map((event) => event.track))],
  };
}

/** The schema has already rejected every string that does not parse. */
function mustParse(iso: string): CalendarDate {
  const date = parseCalendarDate(iso);
  if (!date) throw new Error(`Unreachable: "${iso}" passed the schema but is not a calendar date`);
  return date;
}
