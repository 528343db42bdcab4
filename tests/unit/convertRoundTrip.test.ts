// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMN_NAMES } from '../../src/events/convert/csvColumns.ts';
import { readCsvTable } from '../../src/events/convert/csvText.ts';
import { FILE_DETAIL_FIELDS, type DraftFile, type TimelineDetails } from '../../src/events/convert/draft.ts';
import { fromCsv } from '../../src/events/convert/fromCsv.ts';
import { toCsv } from '../../src/events/convert/toCsv.ts';
import { placeText, problemMessage, problemText } from '../../src/events/problemsInEnglish.ts';
import { validateEventsFile } from '../../src/events/validate.ts';

const fileAt = (path: string) => new URL(`../../${path}`, import.meta.url);

/** An events file as committed, and a reader of the source texts beside it. */
function committed(path: string) {
  const file = JSON.parse(readFileSync(fileAt(path), 'utf8')) as DraftFile & { $schema?: string };
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  const readText = (textPath: string) => readFileSync(fileAt(folder + textPath), 'utf8');
  return { file, readText };
}

/**
 * The file's own fields, which the spreadsheet leaves to the converter's options (--title, --updated...), and the
 * translations of its title and description, which only a program that kept them can give back.
 */
function detailsOf(file: DraftFile): TimelineDetails {
  return {
    ...Object.fromEntries(
      FILE_DETAIL_FIELDS.flatMap((field) => (file[field] === undefined ? [] : [[field, file[field]]])),
    ),
    ...(file.translations !== undefined && { translations: file.translations }),
  };
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
      // The one thing a sheet has no place for, and says so; detailsOf gives it back.
      const leftOut = file.translations === undefined ? [] : [['translations']];
      expect(exported.problems.map((problem) => problem.path)).toEqual(leftOut);
      const back = fromCsv(exported.text, detailsOf(file));
      expect(back.problems).toEqual([]);
      expect(comparable(back.file)).toEqual(comparable(file));
      const check = validateEventsFile(back.file, readText);
      expect(check.ok ? [] : check.problems).toEqual([]);
    },
  );

  it('keeps markup as text, and reports the one actor it cannot hold: the hostile fixture', () => {
    const { file } = committed('tests/fixtures/hostile/events.json');
    const exported = toCsv(file);
    expect(exported.problems).toMatchObject([{ path: ['events', 2, 'actors', 0], severity: 'warning' }]);
    expect(exported.problems.map(problemText)).toEqual([
      'event 3, id “hostile-3”, actor 1: contains ";", which separates actors in the spreadsheet',
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
    const documentColumns = ['document_symbol', 'document_url'].map((name) =>
      CSV_COLUMN_NAMES.indexOf(name as (typeof CSV_COLUMN_NAMES)[number]),
    );
    expect(documentColumns.map((index) => rows[2]?.cells[index])).toEqual([
      'A/RES/00/3',
      'https://undocs.org/A/RES/00/3',
    ]);
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
    // Fields of a newer format than this converter knows: language, archived, page.
    const draft = {
      title: 'T',
      language: 'en',
      sources: [
        { id: 's', publisher: 'P', published: '2020', archived: 'https://archive.example/s' },
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
          citations: [{ source: 's', quote: 'q', page: 4 }],
        },
      ],
    } as unknown as DraftFile;
    const left = 'the spreadsheet has no column for this field, so it is left out';
    expect(toCsv(draft).problems.map((problem) => [placeText(problem.place), problemMessage(problem)])).toEqual([
      ['language', left],
      ['source 1, id “s”, archived', left],
      ['source 2, id “unused”', 'no event cites this source, so it has no row in the spreadsheet'],
      ['event 1, id “e”, citation 1, page', left],
      ['event 1, id “e”, actor 1', 'contains ";", which separates actors in the spreadsheet'],
    ]);
  });
});

describe('the newer fields of the format', () => {
  const draft: DraftFile = {
    title: 'T',
    updated: '2026-12-02',
    license: 'CC BY 4.0',
    sources: [
      {
        id: 'notes',
        publisher: 'Ministry',
        description: 'Press release on the vote',
        text: 'sources/n.txt',
        excerpt: true,
      },
      { id: 'full', publisher: 'Wire', published: '2020-05', title: 'Headline', excerpt: false },
    ],
    events: [
      {
        id: 'e',
        date: '2020',
        title: 'T',
        summary: 'S',
        track: 'T',
        actors: [],
        citations: [
          { source: 'notes', quote: 'q1' },
          { source: 'full', quote: 'q2' },
        ],
        documents: [{ symbol: 'A/RES/1', url: 'https://undocs.org/A/RES/1', date: '2020-12-07' }],
      },
    ],
  };

  it('carries source description and excerpt, a source without a date and a document date through the columns', () => {
    const exported = toCsv(draft);
    expect(exported.problems).toEqual([]);
    const { header, rows } = readCsvTable(exported.text);
    const cell = (row: number, name: string) => rows[row]?.cells[header.indexOf(name)];
    expect([cell(0, 'source_description'), cell(0, 'source_excerpt'), cell(0, 'source_published')]).toEqual([
      'Press release on the vote',
      'true',
      '',
    ]);
    expect([cell(1, 'source_excerpt'), cell(0, 'document_date')]).toEqual(['false', '2020-12-07']);
    const back = fromCsv(exported.text, { title: 'T', updated: '2026-12-02', license: 'CC BY 4.0' });
    expect(back.problems).toEqual([]);
    expect(back.file).toEqual(draft);
  });

  it('leaves the date updated and the licence to the options, like the title', () => {
    const back = fromCsv(toCsv(draft).text, { title: 'T' }).file;
    expect([back.updated, back.license]).toEqual([undefined, undefined]);
  });
});

describe('translations', () => {
  const draft: DraftFile = {
    title: 'T',
    trackNames: { 'UN General Assembly': { fr: 'Assemblée générale', zh: '联合国大会' } },
    sources: [{ id: 'monde', publisher: 'Le Monde', published: '2019', language: 'fr' }],
    events: ['a', 'b'].map((id) => ({
      id,
      date: '2019',
      title: `Adopted ${id}`,
      summary: 'S',
      track: 'UN General Assembly',
      actors: [],
      citations: [{ source: 'monde', quote: 'Il a dit oui' }],
      ...(id === 'a' && {
        translations: { ar: { title: 'اعتماد' }, es: { title: 'Adoptada', summary: 'Lo que pasó.' } },
      }),
    })),
  };

  it('carries titles, summaries, track names and the language of a source through their columns', () => {
    const exported = toCsv(draft);
    expect(exported.problems).toEqual([]);
    const { header, rows } = readCsvTable(exported.text);
    const cells = (name: string) => rows.map((row) => row.cells[header.indexOf(name)]);
    expect(header.slice(-16)).toEqual([
      ...['title', 'summary', 'track'].flatMap((field) =>
        ['fr', 'es', 'ru', 'zh', 'ar'].map((code) => `${field}_${code}`),
      ),
      'source_language',
    ]);
    expect([cells('title_es'), cells('summary_es'), cells('title_ar')]).toEqual([
      ['Adoptada', ''],
      ['Lo que pasó.', ''],
      ['اعتماد', ''],
    ]);
    // Every event of a track names it, so a sheet sorted or filtered keeps the name on each row.
    expect([cells('track_fr'), cells('track_zh'), cells('source_language')]).toEqual([
      ['Assemblée générale', 'Assemblée générale'],
      ['联合国大会', '联合国大会'],
      ['fr', 'fr'],
    ]);
    const back = fromCsv(exported.text, { title: 'T' });
    expect(back.problems).toEqual([]);
    expect(back.file).toEqual(draft);
  });

  it("reports what has no row: the timeline's own translations and the names of a track no event is on", () => {
    const withMore: DraftFile = {
      ...draft,
      translations: { fr: { title: 'Chronologie' } },
      trackNames: { ...draft.trackNames, 'Empty track': { fr: 'Piste vide' } },
    };
    expect(toCsv(withMore).problems.map((problem) => [placeText(problem.place), problemMessage(problem)])).toEqual([
      [
        'translations',
        "the spreadsheet has no place for the timeline's title and description in other languages, so they are left out",
      ],
      ['trackNames, Empty track', 'no event is on this track, so its names have no row in the spreadsheet'],
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
