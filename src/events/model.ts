import type { CalendarDate } from './calendarDate.ts';

/** The validated, typed timeline the views render. Built only by validateEventsFile. */
export interface Timeline {
  readonly title: string;
  readonly description?: string;
  /** In date order; events on the same date keep their order in the file. */
  readonly events: readonly TimelineEvent[];
  /** Track names in the order they first appear in the file. */
  readonly tracks: readonly string[];
}

export interface TimelineEvent {
  readonly id: string;
  readonly date: CalendarDate;
  readonly end?: CalendarDate;
  readonly title: string;
  readonly summary: string;
  readonly track: string;
  readonly actors: readonly string[];
  readonly citations: readonly Citation[];
  readonly documents: readonly UnDocument[];
}

export interface Source {
  readonly id: string;
  readonly publisher: string;
  readonly published: CalendarDate;
  readonly title?: string;
  readonly url?: string;
}

export interface Citation {
  readonly source: Source;
  readonly quote: string;
  /** True when the quote was found verbatim in the source's full text. */
  readonly checked: boolean;
}

export interface UnDocument {
  readonly symbol: string;
  readonly url: string;
}
