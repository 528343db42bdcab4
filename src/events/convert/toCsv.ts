import { finding, placed, type Finding, type Problem } from '../problems.ts';
import { ACTOR_SEPARATOR, CSV_COLUMN_NAMES, type CsvColumnName } from './csvColumns.ts';
import { writeCsv } from './csvText.ts';
import { FILE_DETAIL_FIELDS, type DraftEvent, type DraftFile, type DraftSource } from './draft.ts';

export interface CsvExport {
  readonly text: string;
  /** What the spreadsheet cannot hold, so it would be lost on the way back; empty when nothing is. */
  readonly problems: readonly Problem[];
}

type Cells = Partial<Record<CsvColumnName, string>>;

/**
 * Fields the columns carry, and the file's own fields (title, description, updated, license), which
 * go back through the converter's options. Anything else in a file (a newer format, say) is
 * reported, not silently dropped.
 */
const CARRIED_FIELDS = {
  file: ['$schema', ...FILE_DETAIL_FIELDS, 'sources', 'events'],
  source: ['id', 'publisher', 'published', 'url', 'title', 'description', 'text', 'excerpt'],
  event: ['id', 'date', 'end', 'title', 'summary', 'track', 'kind', 'actors', 'related', 'citations', 'documents'],
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
    return eventRows(event, sourcesById);
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

function eventRows(event: DraftEvent, sourcesById: ReadonlyMap<string | undefined, DraftSource>): Cells[] {
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
      }),
      ...(citation && { quote: citation.quote, ...sourceCells(citation.source, sourcesById.get(citation.source)) }),
      ...(document && { document_symbol: document.symbol, document_url: document.url, document_date: document.date }),
    };
  });
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
