import { BASE_LANGUAGE, TRANSLATED_LANGUAGES, type TranslatedLanguage } from '../contentLanguages.ts';

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
  // Translations, after those: in each UN language other than English, which the columns above hold.
  'title_fr',
  'title_es',
  'title_ru',
  'title_zh',
  'title_ar',
  'summary_fr',
  'summary_es',
  'summary_ru',
  'summary_zh',
  'summary_ar',
  'track_fr',
  'track_es',
  'track_ru',
  'track_zh',
  'track_ar',
  'source_language',
] as const;

export type CsvColumnName = (typeof CSV_COLUMN_NAMES)[number];

export type CsvRecord = Readonly<Record<CsvColumnName, string>>;

/** The translated languages in the order of the columns. */
export const SHEET_LANGUAGES = ['fr', 'es', 'ru', 'zh', 'ar'] as const satisfies readonly TranslatedLanguage[];

const LANGUAGE_NAMES = {
  ar: 'Arabic',
  zh: 'Chinese',
  fr: 'French',
  ru: 'Russian',
  es: 'Spanish',
} as const satisfies Record<TranslatedLanguage, string>;

type TranslatableColumn = 'title' | 'summary' | 'track';

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
  ...translationColumns('title', 'the title'),
  ...translationColumns('summary', 'the summary'),
  ...translationColumns('track', "the track's name, the same on every row of that track"),
  column(
    'source_language',
    false,
    `the language the source is written in, and so its quotes: ${[BASE_LANGUAGE, ...TRANSLATED_LANGUAGES].join(', ')}; ` +
      'left empty for English',
  ),
];

function translationColumns(field: TranslatableColumn, what: string): CsvColumn[] {
  return SHEET_LANGUAGES.map((language) =>
    column(`${field}_${language}`, false, `${what} in ${LANGUAGE_NAMES[language]}; left empty, it is shown in English`),
  );
}

function column(name: CsvColumnName, required: boolean, expects: string): CsvColumn {
  return { name, required, expects };
}

/** The column of a field in a language, e.g. title_fr. */
export function translationColumn(field: TranslatableColumn, language: TranslatedLanguage): CsvColumnName {
  return `${field}_${language}`;
}

/** The translation columns of the event itself: its title and summary, and its track's name. */
export const EVENT_TRANSLATION_COLUMNS: readonly CsvColumnName[] = (['title', 'summary', 'track'] as const).flatMap(
  (field) => SHEET_LANGUAGES.map((language) => translationColumn(field, language)),
);

/**
 * Every column, for a message: the translation columns as one pattern each, as a list of 37 names would bury the
 * one a reader is looking for.
 */
export const COLUMN_LIST_TEXT = [
  ...CSV_COLUMN_NAMES.filter((name) => !EVENT_TRANSLATION_COLUMNS.includes(name)),
  `title_xx, summary_xx and track_xx, where xx is ${SHEET_LANGUAGES.join(', ')}`,
].join(', ');

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
  ...EVENT_TRANSLATION_COLUMNS,
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
  'source_language',
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
