/**
 * The columns of the spreadsheet (CSV) form of an events file. One row is one event; a further row
 * with the same id and only quote, source and document columns filled adds a citation or a document.
 */
export interface CsvColumn {
  readonly name: CsvColumnName;
  /** A file without this column cannot be converted. */
  readonly required: boolean;
  /** What a cell holds, phrased to follow "expected" in a message. */
  readonly expects: string;
}

export const CSV_COLUMN_NAMES = [
  'id',
  'date',
  'end',
  'title',
  'summary',
  'track',
  'actors',
  'quote',
  'source_publisher',
  'source_published',
  'source_url',
  'source_title',
  'source_description',
  'document_symbol',
  'document_url',
  'document_date',
  'source_id',
  'source_text',
  'source_excerpt',
  // Added after the columns teachers' sheets already have, so those keep their order.
  'kind',
  'related',
] as const;

export type CsvColumnName = (typeof CSV_COLUMN_NAMES)[number];

export type CsvRecord = Readonly<Record<CsvColumnName, string>>;

export const CSV_COLUMNS: readonly CsvColumn[] = [
  column(
    'id',
    false,
    "the event's id: lower-case letters, digits and single hyphens; left empty, it is made from the title and year",
  ),
  column('date', true, 'when it happened, written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 1998-12-04)'),
  column('end', false, 'when it ended, for events that span time, written like the date'),
  column('title', true, 'a short title shown on the timeline'),
  column('summary', true, 'what happened, in your own words, claiming no more than the sources'),
  column('track', true, 'the timeline row the event sits on, e.g. "UN General Assembly"'),
  column('kind', false, 'what sort of event: resolution, report, treaty, statement, meeting or proposal'),
  column('actors', false, 'who acted, separated by ";", e.g. "Russian Federation; United States"'),
  column('related', false, 'ids of related events in this file, separated by ";"'),
  column('quote', true, 'words copied exactly from the source'),
  column('source_publisher', true, 'who published the source, e.g. "UN Press"'),
  column(
    'source_published',
    false,
    'when the source was published, written YYYY, YYYY-MM or YYYY-MM-DD; left empty if the source gives no date',
  ),
  column('source_url', false, 'where the source can be read: an http:// or https:// address'),
  column('source_title', false, "the source's headline, only if known"),
  column(
    'source_description',
    false,
    'what the source is, for one without a known title, e.g. "News article on a UN official\'s comments"',
  ),
  column('document_symbol', false, 'a UN document symbol, e.g. "A/RES/53/70"'),
  column('document_url', false, 'the link to that document, e.g. "https://undocs.org/A/RES/53/70"'),
  column('document_date', false, 'the date the document bears, only if known, written like the date'),
  column('source_id', false, "the source's id; left empty, it is made from the publisher and date"),
  column('source_text', false, 'the path of the source\'s full text, e.g. "sources/article.txt", to check quotes'),
  column(
    'source_excerpt',
    false,
    '"true" when the source_text file holds only the passages quoted, not the whole source; else empty',
  ),
];

function column(name: CsvColumnName, required: boolean, expects: string): CsvColumn {
  return { name, required, expects };
}

/** Columns that describe the event itself; a further row of the same event leaves them empty. */
export const EVENT_COLUMNS = [
  'date',
  'end',
  'title',
  'summary',
  'track',
  'kind',
  'actors',
  'related',
] as const satisfies readonly CsvColumnName[];

/** Columns of the source a quote comes from. */
export const SOURCE_COLUMNS = [
  'source_id',
  'source_publisher',
  'source_published',
  'source_url',
  'source_title',
  'source_description',
  'source_text',
  'source_excerpt',
] as const satisfies readonly CsvColumnName[];

/** Columns of a citation: the quote and its source. */
export const CITATION_COLUMNS = ['quote', ...SOURCE_COLUMNS] as const satisfies readonly CsvColumnName[];

export const DOCUMENT_COLUMNS = [
  'document_symbol',
  'document_url',
  'document_date',
] as const satisfies readonly CsvColumnName[];

/** Separates actors, and related ids, within one cell. */
export const ACTOR_SEPARATOR = ';';

/** "Source Publisher", " source-publisher " and "SOURCE_PUBLISHER" all name the column source_publisher. */
export function normalizeHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export function isCsvColumnName(name: string): name is CsvColumnName {
  return (CSV_COLUMN_NAMES as readonly string[]).includes(name);
}

export function columnDoc(name: CsvColumnName): CsvColumn {
  const doc = CSV_COLUMNS.find((candidate) => candidate.name === name);
  if (!doc) throw new Error(`Unreachable: no documentation for column ${name}`);
  return doc;
}
