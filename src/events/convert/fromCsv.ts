import { isTranslatedLanguage, TRANSLATED_LANGUAGES, type TranslatedLanguage } from '../contentLanguages.ts';
import { quoted, type Problem } from '../problems.ts';
import type { EventTranslations, TrackNames } from '../schema.ts';
import { byLine, cellPlace, inputProblem, Origins, type Conversion, type PlaceResolver } from './conversion.ts';
import {
  ACTOR_SEPARATOR,
  CITATION_COLUMNS,
  columnDoc,
  COLUMN_LIST_TEXT,
  CSV_COLUMN_NAMES,
  CSV_COLUMNS,
  DOCUMENT_COLUMNS,
  EVENT_COLUMNS,
  isCsvColumnName,
  normalizeHeader,
  SOURCE_COLUMNS,
  translationColumn,
  type CsvColumnName,
  type CsvRecord,
} from './csvColumns.ts';
import { readCsvTable, withoutFormulaGuard, type CsvTable } from './csvText.ts';
import { draftFile, inFieldOrder, setText, type DraftEvent, type DraftSource, type TimelineDetails } from './draft.ts';
import { IdAllocator, joinSlug, slugify } from './slug.ts';

/** What the spreadsheet does not hold: the file's title, description, date updated and licence. */
export type { FileDetails } from './draft.ts';

interface Row {
  readonly line: number;
  readonly cells: CsvRecord;
}

interface EventDraft {
  readonly line: number;
  readonly cells: CsvRecord;
  readonly event: DraftEvent;
  /** The source each citation names, as a key of the source table, in citation order. */
  readonly citationSources: string[];
  /** The line of each citation and document, in order. */
  readonly citationLines: number[];
  readonly documentLines: number[];
}

interface SourceDraft {
  readonly line: number;
  readonly source: DraftSource;
}

/**
 * Reads a spreadsheet in the columns of csvColumns.ts into an events file. Every problem names its
 * line (the header is line 1) and column, and all are reported at once; what the validator checks
 * (dates, ids, URLs, quotes) is left to it, and `origins` places its problems in the spreadsheet.
 */
export function fromCsv(text: string, details: TimelineDetails = {}): Conversion {
  return fromCsvTable(readCsvTable(text), details);
}

export function fromCsvTable(table: CsvTable, details: TimelineDetails = {}): Conversion {
  const problems: Problem[] = table.errors.map(({ line, message }) => inputProblem(cellPlace(line), message));
  const report = (line: number, column: string | undefined, message: string) =>
    problems.push(inputProblem(cellPlace(line, column), message));

  const columns = readHeader(table.header, report);
  if (!columns) {
    return { file: draftFile(details, [], []), problems, notes: [], origins: new Origins() };
  }

  const rows = table.rows.map((row) => toRow(row.line, row.cells, columns, report));
  const events: EventDraft[] = [];
  const eventsById = new Map<string, EventDraft>();
  const sources = new Map<string, SourceDraft>();
  for (const row of rows) {
    const { id } = row.cells;
    const earlier = id === '' ? undefined : eventsById.get(id);
    if (earlier) {
      checkFurtherRow(row, earlier, report);
    } else if (id === '' && !EVENT_COLUMNS.some((name) => row.cells[name] !== '')) {
      report(row.line, 'id', "missing; a row that adds a quote or document to an event repeats that event's id");
      continue;
    } else {
      const draft: EventDraft = {
        line: row.line,
        cells: row.cells,
        event: newEvent(row.cells),
        citationSources: [],
        citationLines: [],
        documentLines: [],
      };
      events.push(draft);
      if (id !== '') eventsById.set(id, draft);
    }
    addCitationAndDocument(row, earlier ?? events.at(-1), sources, report);
  }

  allocateEventIds(events);
  const sourceIds = allocateSourceIds(sources, rows, report);
  const trackNames = readTrackNames(events, report);
  const file = draftFile(
    details,
    [...sources.values()].map(({ source }) => source),
    events.map(({ event, citationSources }) =>
      inFieldOrder({
        ...event,
        citations: event.citations.map((citation, index) => {
          const id = sourceIds.get(citationSources[index] ?? '');
          return id === undefined ? citation : { source: id, ...citation };
        }),
      }),
    ),
    trackNames.names,
  );
  const origins = new Origins(
    SPREADSHEET_DATE_HINT,
    spreadsheetPlaces(events, [...sources.values()], trackNames.lines),
  );
  origins.set(['title'], 'title', "the timeline's title, given to the converter: the spreadsheet has no place for it");
  return { file, problems: problems.sort(byLine), notes: [], origins };
}

/** Spreadsheets turn "1998-12-04" into "04/12/1998" unless the column holds text. */
export const SPREADSHEET_DATE_HINT =
  ' (a spreadsheet may have rewritten the date: format the column as text and type the date again)';

type Report = (line: number, column: string | undefined, message: string) => void;

/** The column each header cell names, or undefined when the header cannot be used. */
function readHeader(header: readonly string[], report: Report): (CsvColumnName | undefined)[] | undefined {
  const names = header.map(normalizeHeader);
  let usable = true;
  for (const [index, name] of names.entries()) {
    const written = header[index] ?? '';
    if (name === '') continue;
    if (!isCsvColumnName(name)) {
      report(1, written, `unknown column; expected one of ${COLUMN_LIST_TEXT}`);
      usable = false;
    } else if (names.indexOf(name) !== index) {
      report(1, written, `column ${JSON.stringify(name)} appears twice; expected each column once`);
      usable = false;
    }
  }
  const missing = CSV_COLUMNS.filter((column) => column.required && !names.includes(column.name));
  for (const column of missing) report(1, column.name, `missing column; expected ${column.expects}`);
  if (missing.length > 0 || !usable) return undefined;
  return names.map((name) => (isCsvColumnName(name) ? name : undefined));
}

function toRow(
  line: number,
  cells: readonly string[],
  columns: readonly (CsvColumnName | undefined)[],
  report: Report,
): Row {
  const record = Object.fromEntries(CSV_COLUMN_NAMES.map((name) => [name, ''])) as Record<CsvColumnName, string>;
  cells.forEach((cell, index) => {
    const value = withoutFormulaGuard(cell.trim());
    const name = columns[index];
    if (name !== undefined) record[name] = value;
    else if (value !== '') {
      report(
        line,
        undefined,
        `${cells.length} cells, but the header names ${columns.length}; a cell with a comma in it must be in double quotes`,
      );
    }
  });
  return { line, cells: record };
}

function newEvent(cells: CsvRecord): DraftEvent {
  const event: DraftEvent = { citations: [] };
  setText(event, 'id', cells.id);
  setText(event, 'date', cells.date);
  setText(event, 'end', cells.end);
  setText(event, 'title', cells.title);
  setText(event, 'summary', cells.summary);
  setText(event, 'track', cells.track);
  setText(event, 'kind', cells.kind);
  event.actors = splitCell(cells.actors);
  const related = splitCell(cells.related);
  if (related.length > 0) event.related = related;
  const translations = readTranslations(cells);
  if (translations !== undefined) event.translations = translations;
  return event;
}

/** The title_xx and summary_xx cells, by language; undefined when all are empty. */
function readTranslations(cells: CsvRecord): EventTranslations | undefined {
  const translations: EventTranslations = {};
  for (const language of TRANSLATED_LANGUAGES) {
    const entry: { title?: string; summary?: string } = {};
    setText(entry, 'title', cells[translationColumn('title', language)]);
    setText(entry, 'summary', cells[translationColumn('summary', language)]);
    if (Object.keys(entry).length > 0) translations[language] = entry;
  }
  return Object.keys(translations).length > 0 ? translations : undefined;
}

interface ReadTrackNames {
  /** undefined when no row names a track in another language. */
  readonly names: TrackNames | undefined;
  /** The line that first gives each track's name in each language, by `trackLineKey`. */
  readonly lines: ReadonlyMap<string, number>;
}

function trackLineKey(track: string, language: string): string {
  return JSON.stringify([track, language]);
}

/**
 * The track_xx cells of every event row, as one name per track and language: a track is one row of the
 * timeline, so every event on it must name it alike (or leave the cell empty).
 */
function readTrackNames(events: readonly EventDraft[], report: Report): ReadTrackNames {
  const names = new Map<string, Partial<Record<TranslatedLanguage, string>>>();
  const lines = new Map<string, number>();
  for (const { line, cells } of events) {
    for (const language of TRANSLATED_LANGUAGES) {
      const column = translationColumn('track', language);
      const name = cells[column];
      if (name === '') continue;
      if (cells.track === '') {
        report(line, column, 'a name for the track, but the track cell is empty; expected the track in English too');
        continue;
      }
      const known = names.get(cells.track) ?? {};
      const earlier = known[language];
      if (earlier === undefined) {
        names.set(cells.track, { ...known, [language]: name });
        lines.set(trackLineKey(cells.track, language), line);
      } else if (earlier !== name) {
        report(
          line,
          column,
          `${quoted(earlier)} on line ${lines.get(trackLineKey(cells.track, language)) ?? '?'} for the same track ` +
            `${quoted(cells.track)}; expected the same name or an empty cell`,
        );
      }
    }
  }
  return { names: names.size > 0 ? Object.fromEntries(names) : undefined, lines };
}

function splitCell(cell: string): string[] {
  return cell
    .split(ACTOR_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A further row of an event may repeat the event's cells (copied rows), but not change them. */
function checkFurtherRow(row: Row, first: EventDraft, report: Report): void {
  for (const name of EVENT_COLUMNS) {
    const value = row.cells[name];
    if (value !== '' && value !== first.cells[name]) {
      report(
        row.line,
        name,
        `differs from line ${first.line}, where event ${JSON.stringify(row.cells.id)} starts; ` +
          'a further row of the same event fills only the quote, source and document columns',
      );
    }
  }
}

function addCitationAndDocument(
  row: Row,
  target: EventDraft | undefined,
  sources: Map<string, SourceDraft>,
  report: Report,
): void {
  if (!target) return;
  const { cells, line } = row;
  if (CITATION_COLUMNS.some((name) => cells[name] !== '')) {
    const key = sourceKey(cells);
    if (cells.quote === '') report(line, 'quote', `missing; expected ${columnDoc('quote').expects}`);
    else target.event.citations.push({ quote: cells.quote });
    if (cells.quote !== '') {
      target.citationSources.push(key);
      target.citationLines.push(line);
    }
    addSource(key, row, sources, report);
  }
  if (DOCUMENT_COLUMNS.some((name) => cells[name] !== '')) {
    const document: { symbol?: string; url?: string; date?: string } = {};
    setText(document, 'symbol', cells.document_symbol);
    setText(document, 'url', cells.document_url);
    setText(document, 'date', cells.document_date);
    (target.event.documents ??= []).push(document);
    target.documentLines.push(line);
  }
}

/** A source is one publisher, date and address; or, where the sheet gives one, one source_id. */
function sourceKey(cells: CsvRecord): string {
  return cells.source_id !== ''
    ? `id:${cells.source_id}`
    : JSON.stringify([cells.source_publisher, cells.source_published, cells.source_url]);
}

/** A row that gives only a source_id refers to a source described on another row. */
function onlyNamesSource(cells: CsvRecord): boolean {
  return cells.source_id !== '' && SOURCE_COLUMNS.every((name) => name === 'source_id' || cells[name] === '');
}

/** The source's text fields, by column. */
const SOURCE_FIELDS = {
  source_publisher: 'publisher',
  source_published: 'published',
  source_url: 'url',
  source_title: 'title',
  source_description: 'description',
  source_text: 'text',
  source_language: 'language',
} as const satisfies Partial<Record<CsvColumnName, keyof DraftSource>>;

type SourceTextField = (typeof SOURCE_FIELDS)[keyof typeof SOURCE_FIELDS];

const SOURCE_FIELD_ENTRIES = Object.entries(SOURCE_FIELDS) as [keyof typeof SOURCE_FIELDS, SourceTextField][];

function addSource(key: string, { cells, line }: Row, sources: Map<string, SourceDraft>, report: Report): void {
  if (onlyNamesSource(cells)) return;
  const excerpt = readExcerpt(cells.source_excerpt, line, report);
  const known = sources.get(key);
  if (!known) {
    const source: DraftSource = {};
    setText(source, 'id', cells.source_id);
    for (const [column, field] of SOURCE_FIELD_ENTRIES) setText(source, field, cells[column]);
    if (excerpt !== undefined) source.excerpt = excerpt;
    sources.set(key, { line, source });
    return;
  }
  // The same source on several rows: every row must describe it alike; a cell may be left empty.
  const differs = (column: CsvColumnName, earlier: string) => {
    report(
      line,
      column,
      `${quoted(earlier)} on line ${known.line} for the same source; expected the same value or an empty cell`,
    );
  };
  for (const [column, field] of SOURCE_FIELD_ENTRIES) {
    const value = cells[column];
    const earlier = known.source[field];
    if (value === '' || value === earlier) continue;
    if (earlier === undefined) setText(known.source, field, value);
    else differs(column, earlier);
  }
  if (excerpt === undefined || excerpt === known.source.excerpt) return;
  if (known.source.excerpt === undefined) known.source.excerpt = excerpt;
  else differs('source_excerpt', String(known.source.excerpt));
}

/** "true" (any case, as spreadsheets write TRUE) or "false"; an empty cell leaves the field out. */
function readExcerpt(cell: string, line: number, report: Report): boolean | undefined {
  const value = cell.toLowerCase();
  if (value === 'true' || value === 'false') return value === 'true';
  if (value !== '') report(line, 'source_excerpt', `expected "true" or an empty cell; got ${quoted(cell)}`);
  return undefined;
}

/** Events without an id get one from their title and year, e.g. "unga-adopts-resolution-53-70-1998". */
function allocateEventIds(events: readonly EventDraft[]): void {
  const ids = new IdAllocator(events.flatMap(({ event }) => (event.id === undefined ? [] : [event.id])));
  for (const { event } of events) {
    if (event.id !== undefined) continue;
    const year = /^\d{4}/.exec(event.date ?? '')?.[0] ?? '';
    event.id = ids.allocate(joinSlug(slugify(event.title ?? '') || 'event', year));
  }
}

/** Sources without an id get one from their publisher and date, e.g. "un-press-1998-10-28". */
function allocateSourceIds(
  sources: ReadonlyMap<string, SourceDraft>,
  rows: readonly Row[],
  report: Report,
): Map<string, string> {
  const drafts = [...sources.values()];
  const ids = new IdAllocator(drafts.flatMap(({ source }) => (source.id === undefined ? [] : [source.id])));
  const idByKey = new Map<string, string>();
  for (const [key, { source }] of sources) {
    source.id ??= ids.allocate(joinSlug(slugify(source.publisher ?? '') || 'source', slugify(source.published ?? '')));
    idByKey.set(key, source.id);
  }
  for (const row of rows) {
    if (onlyNamesSource(row.cells) && !sources.has(sourceKey(row.cells))) {
      report(
        row.line,
        'source_id',
        `no row describes source ${JSON.stringify(row.cells.source_id)}; expected its publisher and date on one row`,
      );
    }
  }
  return idByKey;
}

/**
 * Paths of the converted file (['events', 2, 'citations', 0, 'quote']), read back to the cell they
 * came from; computed on demand, as a sheet may have thousands of rows. Deeper paths than the
 * columns reach are left to their parent.
 */
function spreadsheetPlaces(
  events: readonly EventDraft[],
  sources: readonly SourceDraft[],
  trackNameLines: ReadonlyMap<string, number>,
): PlaceResolver {
  return (path) => {
    const [list, index, field, itemIndex, itemField] = path;
    if (list === 'trackNames') return trackNamePlace(path.slice(1), trackNameLines);
    if (typeof index !== 'number') return undefined;
    if (list === 'sources') {
      const line = sources[index]?.line;
      if (line === undefined || path.length > 3) return undefined;
      const column = typeof field === 'string' ? SOURCE_COLUMN_OF_FIELD.get(field) : undefined;
      return column === undefined ? { place: cellPlace(line) } : at(line, column);
    }
    const draft = list === 'events' ? events[index] : undefined;
    if (!draft || path.length > 5) return undefined;
    if (field === undefined) return { place: cellPlace(draft.line) };
    if (field === 'citations' || field === 'documents') {
      if (itemIndex === undefined) return at(draft.line, field === 'citations' ? 'quote' : 'document_symbol');
      const line =
        typeof itemIndex === 'number'
          ? (field === 'citations' ? draft.citationLines : draft.documentLines)[itemIndex]
          : undefined;
      if (line === undefined) return undefined;
      const column = typeof itemField === 'string' ? ITEM_COLUMN_OF_FIELD.get(`${field}.${itemField}`) : undefined;
      return column === undefined ? { place: cellPlace(line) } : at(line, column);
    }
    if (field === 'translations') return translationPlace(draft.line, itemIndex, itemField);
    // An event's own fields are its columns; an actor is in the actors cell.
    return typeof field === 'string' && isCsvColumnName(field) && path.length <= 4 ? at(draft.line, field) : undefined;
  };
}

/** ['fr', 'title'] of an event's translations: its title_fr cell; a language as a whole, the row. */
function translationPlace(line: number, language: unknown, field: unknown) {
  if (typeof language !== 'string' || !isTranslatedLanguage(language)) return { place: cellPlace(line) };
  return field === 'title' || field === 'summary'
    ? at(line, translationColumn(field, language))
    : { place: cellPlace(line) };
}

/** [track, 'fr'] of the file's track names: the cell that first gave that name. */
function trackNamePlace([track, language]: readonly PropertyKey[], lines: ReadonlyMap<string, number>) {
  if (typeof track !== 'string' || typeof language !== 'string' || !isTranslatedLanguage(language)) return undefined;
  const line = lines.get(trackLineKey(track, language));
  return line === undefined ? undefined : at(line, translationColumn('track', language));
}

function at(line: number, column: CsvColumnName): { place: string; expects: string } {
  return { place: cellPlace(line, column), expects: columnDoc(column).expects };
}

const SOURCE_COLUMN_OF_FIELD = new Map<string, CsvColumnName>([
  ['id', 'source_id'],
  ['excerpt', 'source_excerpt'],
  ...SOURCE_FIELD_ENTRIES.map(([column, field]): [string, CsvColumnName] => [field, column]),
]);

const ITEM_COLUMN_OF_FIELD = new Map<string, CsvColumnName>([
  ['citations.quote', 'quote'],
  ['citations.source', 'source_publisher'],
  ['documents.symbol', 'document_symbol'],
  ['documents.url', 'document_url'],
  ['documents.date', 'document_date'],
]);
