import Papa from 'papaparse';

/** One row of a spreadsheet, numbered as a spreadsheet shows it: the header is line 1. */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  readonly header: readonly string[];
  /** Data rows that have any text; blank rows are skipped but still counted in the line numbers. */
  readonly rows: readonly CsvRow[];
  /** Rows the CSV reader could not read, as sentences with their line. */
  readonly errors: readonly { readonly line: number; readonly message: string }[];
}

const BYTE_ORDER_MARK = '\uFEFF';
const DELIMITERS = [',', ';', '\t'] as const;

/**
 * Reads CSV text as spreadsheets write it: quoted cells with doubled quotes, commas and line breaks
 * inside them, CRLF or LF line ends, a UTF-8 byte-order mark, blank rows. The delimiter is the one
 * the header row uses most (Excel writes ";" in some languages).
 */
export function readCsvTable(text: string): CsvTable {
  const input = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(input, { delimiter: headerDelimiter(input), header: false });
  const [header = [], ...data] = parsed.data;
  const rows = data
    .map((cells, index) => ({ line: index + 2, cells }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const errors = parsed.errors.map((error) => ({ line: (error.row ?? 0) + 1, message: readerMessage(error) }));
  return { header, rows, errors };
}

function headerDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = DELIMITERS.map((delimiter) => firstLine.split(delimiter).length);
  return DELIMITERS[counts.indexOf(Math.max(...counts))] ?? ',';
}

function readerMessage(error: Papa.ParseError): string {
  switch (error.code) {
    case 'MissingQuotes':
      return 'a quoted cell is never closed; expected a second " to end it (a " inside a cell is written "")';
    case 'InvalidQuotes':
      return 'a " in the middle of an unquoted cell; expected the whole cell in quotes, with the " doubled ("")';
    default:
      return `cannot read this row (${error.message})`;
  }
}

/** A cell that starts like a formula (OWASP "CSV injection"): = + - @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** The same after quotes added by `formulaSafe`, so a text that really starts with ' survives a round trip. */
const ESCAPED_FORMULA_START = /^'+[=+\-@\t\r]/;

/**
 * Makes a cell safe to open in a spreadsheet: a cell that would start like a formula gets a leading
 * single quote, which spreadsheets treat as "this is text". Reading it back removes that quote.
 */
export function formulaSafe(cell: string): string {
  return FORMULA_START.test(cell) || ESCAPED_FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Undoes `formulaSafe`. */
export function withoutFormulaGuard(cell: string): string {
  return ESCAPED_FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

/**
 * Writes rows as CSV that Excel, LibreOffice and Google Sheets read alike: a byte-order mark (so
 * Excel reads UTF-8), CRLF line ends, cells quoted where needed, every cell formula-safe.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const safeRows = rows.map((row) => row.map(formulaSafe));
  return BYTE_ORDER_MARK + Papa.unparse({ fields: [...header], data: safeRows }, { newline: '\r\n' }) + '\r\n';
}
