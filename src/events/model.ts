import type { CalendarDate } from './calendarDate.ts';
import type { EventRecord, SourceRecord, TimelineTranslations, TrackNames } from './schema.ts';

/** The validated, typed timeline the views render. Built only by validateEventsFile. */
export interface Timeline {
  readonly title: string;
  readonly description?: string;
  /** When the data was last changed (day precision). */
  readonly updated?: CalendarDate;
  /** The data's licence, as the file states it; absent when the file grants none. */
  readonly license?: string;
  /** In date order; events on the same date keep their order in the file. */
  readonly events: readonly TimelineEvent[];
  /** Track names in the order they first appear in the file. */
  readonly tracks: readonly string[];
  /** The title and description in other languages (localized.ts picks one). */
  readonly translations?: TimelineTranslations;
  /** Each track's name in other languages, by the track's name in the file. */
  readonly trackNames?: TrackNames;
}

/** One track's name in other languages. */
export type TrackTranslations = TrackNames[string];

/** An event as written in the file, with its dates parsed and its citations resolved. */
export type TimelineEvent = Readonly<
  Omit<EventRecord, 'date' | 'end' | 'citations' | 'documents' | 'related'> & {
    date: CalendarDate;
    end?: CalendarDate;
    citations: readonly Citation[];
    documents: readonly UnDocument[];
    /** The events it names as related, in the file's order, with their titles for the links. */
    related?: readonly RelatedEvent[];
    /** Its track's names in other languages, from the file's `trackNames`. */
    trackTranslations?: TrackTranslations;
  }
>;

export interface RelatedEvent {
  readonly id: string;
  readonly title: string;
}

/**
 * A source as written in the file; its text is used by validation only. `excerpt` says that text
 * held only the passages quoted; `published` is missing when the source gives no date.
 */
export type Source = Readonly<Omit<SourceRecord, 'published' | 'text'> & { published?: CalendarDate }>;

export interface Citation {
  readonly source: Source;
  readonly quote: string;
  /** True when the quote was found verbatim in the source's full text. */
  readonly checked: boolean;
}

export type UnDocument = Readonly<NonNullable<EventRecord['documents']>[number]>;
