import {
  draftFile,
  inFieldOrder,
  type DraftEvent,
  type DraftFile,
  type DraftSource,
  type TimelineDetails,
} from '../events/convert/draft.ts';
import type { TrackNames } from '../events/schema.ts';

/**
 * The editor's draft: an events file as it is being written, which may still be invalid. Events and
 * sources carry a key of their own, so the form stays on its event while the list re-sorts or the id
 * is retyped; a source carries the full text pasted for it, against which its quotes are checked.
 */
export interface EditorDraft {
  /** The file's own fields, with the translations of its title and description, which the editor keeps as they came. */
  readonly details: TimelineDetails;
  /** The tracks' names in other languages, kept as they came: the editor has no form for them yet. */
  readonly trackNames?: TrackNames;
  readonly sources: readonly EditorSource[];
  readonly events: readonly EditorEvent[];
}

export interface EditorEvent {
  readonly key: string;
  readonly record: DraftEvent;
}

export interface EditorSource {
  readonly key: string;
  readonly record: DraftSource;
  /** The full text pasted (or read from the source's text file); quotes citing the source are checked in it. */
  readonly text?: string;
}

export const EMPTY_DRAFT: EditorDraft = { details: {}, sources: [], events: [] };

export function isEmptyDraft(draft: EditorDraft): boolean {
  return draft.events.length === 0 && draft.sources.length === 0 && Object.keys(draft.details).length === 0;
}

let keyCount = 0;

/** A key unique in this page and unlikely to meet one restored from storage. */
export function newKey(): string {
  keyCount += 1;
  return `k${Date.now().toString(36)}${keyCount.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/**
 * Where the source's full text goes beside the events file: the path it was read from, or one made
 * from its id when the text was pasted in the editor.
 */
export function textPathOf(source: EditorSource): string | undefined {
  if (source.record.text !== undefined) return source.record.text;
  if (source.text === undefined) return undefined;
  return `sources/${source.record.id ?? source.key}.txt`;
}

/** The draft as an events file, fields in the order the format documents them. */
export function toEventsFile(draft: EditorDraft): DraftFile {
  const sources = draft.sources.map((source): DraftSource => {
    const path = textPathOf(source);
    return { ...source.record, ...(path !== undefined && { text: path }) };
  });
  return draftFile(
    draft.details,
    sources,
    draft.events.map((event) => inFieldOrder(event.record)),
    draft.trackNames,
  );
}

/** Reads the texts pasted in the editor by the paths the file gives them, for the validator. */
export function sourceTextReader(draft: EditorDraft): (path: string) => string | Error {
  const texts = new Map<string, string>();
  for (const source of draft.sources) {
    const path = textPathOf(source);
    if (path !== undefined && source.text !== undefined) texts.set(path, source.text);
  }
  return (path) =>
    texts.get(path) ?? new Error('its text is not in the editor; paste the full text of the source under "Sources"');
}

/** An events file (already parsed from JSON or converted from a sheet) as a draft, with the texts that were found. */
export function draftFromFile(file: DraftFile, readText: (path: string) => string | undefined): EditorDraft {
  return {
    details: detailsOf(file),
    sources: file.sources.map((record) => {
      const text = typeof record.text === 'string' ? readText(record.text) : undefined;
      return { key: newKey(), record, ...(text !== undefined && { text }) };
    }),
    events: sortedByDate(file.events.map((record) => ({ key: newKey(), record }))),
    ...(file.trackNames !== undefined && { trackNames: file.trackNames }),
  };
}

function detailsOf(file: DraftFile): TimelineDetails {
  const { title, description, updated, license, translations } = file;
  return {
    ...(title !== undefined && { title }),
    ...(description !== undefined && { description }),
    ...(updated !== undefined && { updated }),
    ...(license !== undefined && { license }),
    ...(translations !== undefined && { translations }),
  };
}

/**
 * Events in date order, as the timeline shows them; events on the same date, and events without a
 * date yet (last), keep their order. ISO dates of any precision sort as text.
 */
export function sortedByDate(events: readonly EditorEvent[]): EditorEvent[] {
  const dateOf = (event: EditorEvent) => (typeof event.record.date === 'string' ? event.record.date : '');
  return [...events].sort((a, b) => {
    const [first, second] = [dateOf(a), dateOf(b)];
    if (first === second) return 0;
    if (first === '') return 1;
    if (second === '') return -1;
    return first < second ? -1 : 1;
  });
}

/** A new event, blank but for an empty list of actors and one citation to fill in. */
export function blankEvent(): DraftEvent {
  return { actors: [], citations: [{}] };
}

/** A copy of an event, with an id that says so (ids must stay unique). */
export function duplicated(record: DraftEvent, takenIds: ReadonlySet<string>): DraftEvent {
  const base = `${record.id ?? 'event'}-copy`;
  let id = base;
  for (let n = 2; takenIds.has(id); n += 1) id = `${base}-${n}`;
  return structuredClone({ ...record, id });
}

/** A copy of a record with a text field set, or left out when the text is empty (an empty field is a missing one). */
export function withField<T extends object>(record: T, key: keyof T & string, value: string): T {
  const rest = Object.fromEntries(Object.entries(record).filter(([name]) => name !== key)) as T;
  return value === '' ? rest : { ...rest, [key]: value };
}
