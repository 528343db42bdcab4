/**
 * The same event list in TimelineJS's JSON format, so both timelines are measured on the same
 * events. TimelineJS treats `text` as HTML, so our plain text is escaped first.
 */
import type { EventRecord, SourceRecord } from '../src/events/schema.ts';

export interface EventsFile {
  readonly title: string;
  readonly description?: string;
  readonly sources: readonly SourceRecord[];
  readonly events: readonly EventRecord[];
}

interface TimelineJsDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

interface TimelineJsSlide {
  readonly unique_id?: string;
  readonly start_date?: TimelineJsDate;
  readonly end_date?: TimelineJsDate;
  readonly text: { readonly headline: string; readonly text: string };
  readonly group?: string;
}

export interface TimelineJsFile {
  readonly title: TimelineJsSlide;
  readonly events: readonly TimelineJsSlide[];
}

export function toTimelineJs(file: EventsFile): TimelineJsFile {
  return {
    title: { text: { headline: escapeHtml(file.title), text: escapeHtml(file.description ?? '') } },
    events: file.events.map(toSlide),
  };
}

function toSlide(event: EventRecord): TimelineJsSlide {
  const quotes = event.citations.map((citation) => `<blockquote>${escapeHtml(citation.quote)}</blockquote>`).join('');
  return {
    unique_id: event.id,
    start_date: toDate(event.date),
    ...(event.end && { end_date: toDate(event.end) }),
    text: { headline: escapeHtml(event.title), text: `<p>${escapeHtml(event.summary)}</p>${quotes}` },
    group: event.track,
  };
}

function toDate(iso: string): TimelineJsDate {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined) throw new Error(`not a calendar date: "${iso}"`);
  return { year, ...(month && { month }), ...(day && { day }) };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
