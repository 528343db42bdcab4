import { finding, placed, type Finding, type Problem } from '../problems.ts';
import { TRANSLATED_LANGUAGES } from '../contentLanguages.ts';
import type { TrackNames } from '../schema.ts';
import { ACTOR_SEPARATOR, CSV_COLUMN_NAMES, translationColumn, type CsvColumnName } from './csvColumns.ts';
import { writeCsv } from './csvText.ts';
import { FILE_DETAIL_FIELDS, type DraftEvent, type DraftFile, type DraftSource } from './draft.ts';

export interface CsvExport {
  readonly text: string;
  /** What the spreadsheet cannot hold, so it would be lost on the way back; empty when nothing is. */
  readonly problems: readonly Problem[];
}

type Cells = Partial<Record<CsvColumnName, string>>;

/**
 * Fields the columns carry (track names on the rows of the track's events), and the file's own fields (title,
 * description, updated, license), which go back through the converter's options. Anything else in a file (a newer format, say) is
 * reported, not silently dropped.
 */
const CARRIED_FIELDS = {
  // The file's translations are not carried, but reported with their own message in toCsv.
  file: ['$schema', ...FILE_DETAIL_FIELDS, 'translations', 'trackNames', 'sources', 'events'],
  source: ['id', 'publisher', 'published', 'url', 'title', 'description', 'text', 'excerpt', 'language'],
  event: [
    'id',
    'date',
    'end',
    'title',
    'summary',
    'track',
    'kind',
    'actors',
    'related',
    'citations',
    'documents',
    'translations',
  ],
  languages: TRANSLATED_LANGUAGES,
  eventTranslation: ['title', 'summary'],
  citation: ['source', 'quote'],
  document: ['symbol', 'url', 'date'],
} as const;

/**
 * Writes an events file as a spreadsheet, one row per event. An event with more citations or
 * documents than one gets further rows with its id and only those columns, and fromCsv reads them
 * back the same way. The file's own fields (title, description, updated, license) are not in the
 * rows: pass them back to fromCsv.
 */
export function toCsv(file: DraftFile): CsvExport {
  const findings: Finding[] = [];
  reportUncarried(file, CARRIED_FIELDS.file, [], findings);
  if (file.translations !== undefined) {
    findings.push(
      conversionWarning(
        "the spreadsheet has no place for the timeline's title and description in other languages, so they are " +
          'left out',
        ['translations'],
      ),
    );
  }
  reportUnusedTracks(file, findings);
  file.sources.forEach((source, index) => {
    reportUncarried(source, CARRIED_FIELDS.source, ['sources', index], findings);
  });
  const sourcesById = new Map(file.sources.map((source) => [source.id, source]));
  const cited = new Set(file.events.flatMap((event) => event.citations.map((citation) => citation.source)));
  file.sources.forEach((source, index) => {
    if (!cited.has(source.id)) {
      findings.push(
        conversionWarning('no event cites this source, so it has no row in the spreadsheet', ['sources', index]),
      );
    }
  });
  const rows = file.events.flatMap((event, index) => {
    reportUncarriedInEvent(event, ['events', index], findings);
    return eventRows(event, sourcesById, file.trackNames ?? {});
  });
  return {
    text: writeCsv(
      CSV_COLUMN_NAMES,
      rows.map((cells) => CSV_COLUMN_NAMES.map((name) => cells[name] ?? '')),
    ),
    problems: placed(findings, file),
  };
}

function reportUncarriedInEvent(event: DraftEvent, path: readonly PropertyKey[], findings: Finding[]): void {
  reportUncarried(event, CARRIED_FIELDS.event, path, findings);
  event.citations.forEach((citation, index) => {
    reportUncarried(citation, CARRIED_FIELDS.citation, [...path, 'citations', index], findings);
  });
  for (const [language, entry] of Object.entries(event.translations ?? {})) {
    reportUncarried(entry, CARRIED_FIELDS.eventTranslation, [...path, 'translations', language], findings);
  }
  reportUncarried(event.translations ?? {}, CARRIED_FIELDS.languages, [...path, 'translations'], findings);
  event.documents?.forEach((document, index) => {
    reportUncarried(document, CARRIED_FIELDS.document, [...path, 'documents', index], findings);
  });
  event.actors?.forEach((actor, index) => {
    if (actor.includes(ACTOR_SEPARATOR)) {
      findings.push(
        conversionWarning(`contains "${ACTOR_SEPARATOR}", which separates actors in the spreadsheet`, [
          ...path,
          'actors',
          index,
        ]),
      );
    }
  });
}

/** Track names go on the rows of the track's events: a track no event is on has no row to hold its names. */
function reportUnusedTracks(file: DraftFile, findings: Finding[]): void {
  const tracks = new Set(file.events.map((event) => event.track));
  for (const track of Object.keys(file.trackNames ?? {})) {
    if (!tracks.has(track)) {
      findings.push(
        conversionWarning('no event is on this track, so its names have no row in the spreadsheet', [
          'trackNames',
          track,
        ]),
      );
    }
    reportUncarried(file.trackNames?.[track] ?? {}, CARRIED_FIELDS.languages, ['trackNames', track], findings);
  }
}

function eventRows(
  event: DraftEvent,
  sourcesById: ReadonlyMap<string | undefined, DraftSource>,
  trackNames: TrackNames,
): Cells[] {
  const documents = event.documents ?? [];
  const count = Math.max(1, event.citations.length, documents.length);
  return Array.from({ length: count }, (_, index): Cells => {
    const citation = event.citations[index];
    const document = documents[index];
    return {
      id: event.id,
      ...(index === 0 && {
        date: event.date,
        end: event.end,
        title: event.title,
        summary: event.summary,
        track: event.track,
        kind: event.kind,
        actors: event.actors?.join(`${ACTOR_SEPARATOR} `),
        related: event.related?.join(`${ACTOR_SEPARATOR} `),
        ...translationCells(event, trackNames),
      }),
      ...(citation && { quote: citation.quote, ...sourceCells(citation.source, sourcesById.get(citation.source)) }),
      ...(document && { document_symbol: document.symbol, document_url: document.url, document_date: document.date }),
    };
  });
}

/** The event's title and summary, and its track's name, in each language they are given in. */
function translationCells(event: DraftEvent, trackNames: TrackNames): Cells {
  const trackName = event.track !== undefined && Object.hasOwn(trackNames, event.track) ? trackNames[event.track] : {};
  return Object.fromEntries(
    TRANSLATED_LANGUAGES.flatMap((language) => [
      [translationColumn('title', language), event.translations?.[language]?.title],
      [translationColumn('summary', language), event.translations?.[language]?.summary],
      [translationColumn('track', language), trackName?.[language]],
    ]),
  );
}

function sourceCells(id: string | undefined, source: DraftSource | undefined): Cells {
  return {
    source_id: id,
    source_publisher: source?.publisher,
    source_published: source?.published,
    source_url: source?.url,
    source_title: source?.title,
    source_description: source?.description,
    source_text: source?.text,
    source_excerpt: source?.excerpt === undefined ? undefined : String(source.excerpt),
    source_language: source?.language,
  };
}

function reportUncarried(
  record: object,
  carried: readonly string[],
  path: readonly PropertyKey[],
  findings: Finding[],
): void {
  for (const key of Object.keys(record)) {
    if (!carried.includes(key))
      findings.push(
        conversionWarning('the spreadsheet has no column for this field, so it is left out', [...path, key]),
      );
  }
}

/** What the spreadsheet cannot carry: the file is still exported. */
function conversionWarning(text: string, path: readonly PropertyKey[]): Finding {
  return finding('conversion', { text }, path, 'warning');
}
