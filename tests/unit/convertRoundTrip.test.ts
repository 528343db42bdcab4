// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../src/events/convert/csvText.ts';
import type { DraftFile } from '../../src/events/convert/draft.ts';
import { fromCsv } from '../../src/events/convert/fromCsv.ts';
import { toCsv } from '../../src/events/convert/toCsv.ts';
import { validateEventsFile } from '../../src/events/validate.ts';

const fileAt = (path: string) => new URL(`../../${path}`, import.meta.url);

/** An events file as committed, and a reader of the source texts beside it. */
function committed(path: string) {
  const file = JSON.parse(readFileSync(fileAt(path), 'utf8')) as DraftFile & { $schema?: string };
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  const readText = (textPath: string) => readFileSync(fileAt(folder + textPath), 'utf8');
  return { file, readText };
}

/** The file without what the spreadsheet is not meant to hold ($schema), sources in id order (their order means nothing). */
function comparable(file: DraftFile & { $schema?: string }) {
  const copy = { ...file, sources: [...file.sources].sort((a, b) => (a.id ?? '').localeCompare(b.id ?? '')) };
  delete copy.$schema;
  return copy;
}

describe('events file -> spreadsheet -> events file', () => {
  it.each(['data/events.json', 'tests/fixtures/convert/events.json', 'data/template.json'])(
    'loses nothing: %s',
    (path) => {
      const { file, readText } = committed(path);
      expect(validateEventsFile(file, readText).ok).toBe(true);
      const exported = toCsv(file);
      expect(exported.problems).toEqual([]);
      const back = fromCsv(exported.text, {
        title: file.title,
        ...(file.description !== undefined && { description: file.description }),
      });
      expect(back.problems).toEqual([]);
      expect(comparable(back.file)).toEqual(comparable(file));
      const check = validateEventsFile(back.file, readText);
      expect(check.ok ? [] : check.problems).toEqual([]);
    },
  );

  it('keeps markup as text, and reports the one actor it cannot hold: the hostile fixture', () => {
    const { file } = committed('tests/fixtures/hostile/events.json');
    const exported = toCsv(file);
    expect(exported.problems).toEqual([
      { path: 'events[2].actors[0]', message: 'contains ";", which separates actors in the spreadsheet' },
    ]);
    const back = fromCsv(exported.text, { title: file.title }).file;
    expect(back.events.map((event) => [event.title, event.summary])).toEqual(
      file.events.map((event) => [event.title, event.summary]),
    );
    expect(back.sources).toEqual(file.sources);
  });

  it('writes one row per citation or document, the further rows with only the id and those columns', () => {
    const { file } = committed('tests/fixtures/convert/events.json');
    const { rows } = readCsvTable(toCsv(file).text);
    const ids = rows.map((row) => row.cells[0]);
    expect(ids).toEqual([
      ...Array<string>(3).fill('span-with-two-citations'),
      ...Array<string>(5).fill('formula-like'),
      ...Array<string>(3).fill('any-script'),
    ]);
    // Row 2 of the first event: a citation and a document, no title or summary.
    expect(rows[1]?.cells.slice(1, 7)).toEqual(['', '', '', '', '', '']);
    expect(rows[1]?.cells[7]).toBe('An unchecked quote, since this source has no text.');
    expect(rows[2]?.cells.slice(12, 14)).toEqual(['A/RES/00/3', 'https://undocs.org/A/RES/00/3']);
  });

  it('writes a byte-order mark and CRLF line ends, and quotes cells only where needed', () => {
    const { file } = committed('tests/fixtures/convert/events.json');
    const text = toCsv(file).text;
    expect(text.startsWith('\uFEFFid,date,end,title,summary,track,actors,quote,')).toBe(true);
    expect(text.split('\r\n')[1]).toMatch(
      /^span-with-two-citations,2021-03-01,2021-03,"A span, with ""quotes"", commas, and two citations",/,
    );
    expect(text).toContain('"First line of the summary.\nSecond line, after a line break."');
  });
});

describe('formula-safe export', () => {
  const { file } = committed('tests/fixtures/convert/events.json');
  const cells = readCsvTable(toCsv(file).text).rows.flatMap((row) => row.cells);

  it('starts no cell with =, +, -, @, a tab or a carriage return', () => {
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('puts a single quote before each cell that would start like a formula, and before one that already starts with quotes', () => {
    expect(cells).toEqual(
      expect.arrayContaining([
        `'=HYPERLINK("https://evil.example","click")`,
        "'-5 votes: a summary that starts like a formula.",
        "'+Track",
        "'@handle",
        "'-5 votes were recorded",
        "'=SUM(A1:A3)",
        "'@mention and +plus",
        "''=quoted already",
      ]),
    );
  });

  it('guards tabs and carriage returns at the start of a cell too (OWASP)', () => {
    const draft: DraftFile = {
      sources: [{ id: 's', publisher: '\tTabbed', published: '2020' }],
      events: [
        {
          id: 'e',
          date: '2020',
          title: '\rReturn',
          summary: 'S',
          track: 'T',
          actors: [],
          citations: [{ source: 's', quote: 'q' }],
        },
      ],
    };
    const [row] = readCsvTable(toCsv(draft).text).rows;
    expect(row?.cells).toEqual(expect.arrayContaining(["'\tTabbed", "'\rReturn"]));
    const back = fromCsv(toCsv(draft).text).file;
    expect([back.sources[0]?.publisher, back.events[0]?.title]).toEqual(['\tTabbed', '\rReturn']);
  });

  it('reports what the spreadsheet cannot hold instead of dropping it silently', () => {
    const draft = {
      title: 'T',
      updated: '2020',
      sources: [
        { id: 's', publisher: 'P', published: '2020', excerpt: true },
        { id: 'unused', publisher: 'P', published: '2021' },
      ],
      events: [
        {
          id: 'e',
          date: '2020',
          title: 'T',
          summary: 'S',
          track: 'T',
          actors: ['A; B'],
          citations: [{ source: 's', quote: 'q' }],
        },
      ],
    } as DraftFile;
    expect(toCsv(draft).problems).toEqual([
      { path: 'updated', message: 'the spreadsheet has no column for this field, so it is left out' },
      { path: 'sources[0].excerpt', message: 'the spreadsheet has no column for this field, so it is left out' },
      { path: 'sources[1]', message: 'no event cites this source, so it has no row in the spreadsheet' },
      { path: 'events[0].actors[0]', message: 'contains ";", which separates actors in the spreadsheet' },
    ]);
  });
});

describe('speed', () => {
  it('converts a 5,000-row spreadsheet', () => {
    const header = 'id,date,title,summary,track,actors,quote,source_publisher,source_published,source_url';
    const rows = Array.from(
      { length: 5000 },
      (_, i) =>
        `,${1990 + (i % 30)}-0${1 + (i % 9)}-1${i % 10},"Event ${i}, a title",Summary ${i},Track ${i % 7},A; B,"Quote ""${i}""",Publisher ${i % 50},2020,https://example.org/${i % 50}`,
    );
    const started = performance.now();
    const { file, problems } = fromCsv([header, ...rows].join('\r\n'), { title: 'Big' });
    const elapsed = performance.now() - started;
    expect(problems).toEqual([]);
    expect(file.events).toHaveLength(5000);
    expect(file.sources).toHaveLength(50);
    // Reported, not asserted: timings on a shared machine vary.
    console.info(`fromCsv: 5,000 rows in ${elapsed.toFixed(0)} ms`);
  });
});
