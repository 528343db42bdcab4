import type * as z from 'zod/mini';
import type {
  CitationRecord,
  documentSchema,
  EventRecord,
  SourceRecord,
  TimelineTranslations,
  TrackNames,
} from '../schema.ts';

type DocumentRecord = z.infer<typeof documentSchema>;

/**
 * An events file as a converter builds it: the shape of the format, but any field may still be
 * missing or wrong. The validator decides whether it is a valid file; the converters only translate.
 */
export interface DraftFile {
  title?: string;
  description?: string;
  updated?: string;
  license?: string;
  translations?: TimelineTranslations;
  trackNames?: TrackNames;
  sources: DraftSource[];
  events: DraftEvent[];
}

export type DraftSource = Partial<SourceRecord>;

export type DraftEvent = Partial<Omit<EventRecord, 'citations' | 'documents'>> & {
  citations: Partial<CitationRecord>[];
  documents?: Partial<DocumentRecord>[];
};

/** Sets `record[key]` only when the value has text, so an empty cell reads as a missing field. */
export function setText<T extends object>(record: T, key: keyof T, value: string | undefined): void {
  if (value !== undefined && value !== '') record[key] = value as T[keyof T];
}

/** Ids of the events that cite nothing yet: each needs a source and a quote before the timeline can be shown. */
export function eventsWithoutCitation(file: DraftFile): string[] {
  return file.events.filter((event) => event.citations.length === 0).map((event) => event.id ?? '(no id)');
}

/**
 * What neither a spreadsheet nor every TimelineJS file holds: the file's own fields, given to the
 * converter (the command's --title, --description, --updated and --license).
 */
export interface FileDetails {
  readonly title?: string;
  readonly description?: string;
  readonly updated?: string;
  readonly license?: string;
}

/**
 * The file's own fields with the translations of its title and description, which neither a spreadsheet nor the
 * command's options hold: a program that kept them (a round trip through a sheet) gives them back this way.
 */
export interface TimelineDetails extends FileDetails {
  readonly translations?: TimelineTranslations;
}

/** The file's fields that a spreadsheet has no place for, in the order the format documents them. */
export const FILE_DETAIL_FIELDS = [
  'title',
  'description',
  'updated',
  'license',
] as const satisfies readonly (keyof FileDetails)[];

/** The file's fields in the order the format documents them, so the JSON reads as a hand-written one. */
export function draftFile(
  details: TimelineDetails,
  sources: DraftSource[],
  events: DraftEvent[],
  trackNames?: TrackNames,
): DraftFile {
  const file: Partial<DraftFile> = {};
  for (const field of FILE_DETAIL_FIELDS) setText(file, field, details[field]);
  if (details.translations !== undefined) file.translations = details.translations;
  if (trackNames !== undefined) file.trackNames = trackNames;
  return { ...file, sources, events };
}

/** An event's fields with its citations and documents last, as in the format. */
export function inFieldOrder({ citations, documents, ...fields }: DraftEvent): DraftEvent {
  return { ...fields, citations, ...(documents !== undefined && { documents }) };
}
