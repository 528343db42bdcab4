/**
 * Search and filters over the events: pure, so the timeline, the list and the handout all show the
 * same matches. Each event's searchable text is normalised once per event list and kept.
 */
import { periodEnd, type CalendarDate } from './calendarDate.ts';
import type { TimelineEvent } from './model.ts';

export interface EventFilter {
  /** Words that must all appear (as parts of words) in the event's text; case and accents do not matter. */
  readonly q: string;
  /** Any of these tracks; none means every track. */
  readonly track: readonly string[];
  /** Any of these actors; none means every actor. */
  readonly actor: readonly string[];
  /** Any of these kinds; none means every kind (and events without one). */
  readonly kind: readonly string[];
  /** Events that reach into the period from the start of `from` to the end of `to`. */
  readonly from: CalendarDate | null;
  readonly to: CalendarDate | null;
}

const COMBINING_MARKS = /\p{M}/gu;
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const NON_ASCII = /[^\u0000-\u007f]/;

/** Lower case without accents: "Résolution" and "resolution" are the same word to a reader searching. */
export function normaliseText(text: string): string {
  // Most of a record is plain ASCII, which has no accents to take off: skipping NFD there is much faster.
  const plain = NON_ASCII.test(text) ? text.normalize('NFD').replace(COMBINING_MARKS, '') : text;
  return plain.toLowerCase();
}

/** The normalised words of a query; none for a blank one. */
export function queryWords(q: string): string[] {
  return normaliseText(q)
    .split(/\s+/)
    .filter((word) => word !== '');
}

// Fields are joined by a line break, which no query word contains, so a word never spans two fields.
function haystackOf(event: TimelineEvent): string {
  return normaliseText(
    [
      event.title,
      event.summary,
      event.track,
      ...event.actors,
      ...event.citations.map((citation) => citation.quote),
      ...event.documents.map((document) => document.symbol),
    ].join('\n'),
  );
}

const haystacks = new WeakMap<readonly TimelineEvent[], readonly string[]>();

/** Worked out once per event list: typing a query then costs one substring search per event and word. */
function haystacksOf(events: readonly TimelineEvent[]): readonly string[] {
  let found = haystacks.get(events);
  if (!found) {
    found = events.map(haystackOf);
    haystacks.set(events, found);
  }
  return found;
}

/** The events that match every part of the filter, in their order. */
export function filterEvents(events: readonly TimelineEvent[], filter: EventFilter): readonly TimelineEvent[] {
  const words = queryWords(filter.q);
  const tracks = new Set(filter.track);
  const actors = new Set(filter.actor);
  const kinds = new Set(filter.kind);
  const from = filter.from?.start.getTime() ?? -Infinity;
  const to = filter.to ? periodEnd(filter.to).getTime() : Infinity;
  const dated = filter.from !== null || filter.to !== null;
  const texts = words.length > 0 ? haystacksOf(events) : [];
  return events.filter((event, index) => {
    if (tracks.size > 0 && !tracks.has(event.track)) return false;
    if (actors.size > 0 && !event.actors.some((actor) => actors.has(actor))) return false;
    if (kinds.size > 0 && (event.kind === undefined || !kinds.has(event.kind))) return false;
    if (dated && (event.date.start.getTime() > to || periodEnd(event.end ?? event.date).getTime() < from)) return false;
    const text = texts[index] ?? '';
    return words.every((word) => text.includes(word));
  });
}

/** The choices the data offers: every track, actor and kind it names, and its first and last year. */
export interface FilterChoices {
  /** In the order given (the timeline's rows). */
  readonly tracks: readonly string[];
  /** Alphabetical. */
  readonly actors: readonly string[];
  readonly kinds: readonly string[];
  readonly firstYear: number;
  readonly lastYear: number;
}

export function filterChoices(events: readonly TimelineEvent[], tracks: readonly string[]): FilterChoices {
  const alphabetical = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  const years = events.flatMap((event) =>
    [event.date, event.end ?? event.date].map((date) => date.start.getFullYear()),
  );
  const thisYear = new Date().getFullYear();
  return {
    tracks,
    actors: alphabetical(events.flatMap((event) => event.actors)),
    kinds: alphabetical(events.flatMap((event) => (event.kind === undefined ? [] : [event.kind]))),
    firstYear: years.length > 0 ? Math.min(...years) : thisYear,
    lastYear: years.length > 0 ? Math.max(...years) : thisYear,
  };
}
