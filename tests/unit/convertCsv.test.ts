// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkConversion } from '../../src/events/convert/checkConversion.ts';
import { fromCsv } from '../../src/events/convert/fromCsv.ts';
import { LIMITS } from '../../src/events/limits.ts';
import { problemText } from '../../src/events/problemsInEnglish.ts';

const HEADER = 'id,date,end,title,summary,track,actors,quote,source_publisher,source_published,source_url';
const SOURCE = 'Example Wire,2021-03,https://example.org/wire';

/** A sheet with the header above and the given data rows, joined with the given line end. */
function sheet(rows: readonly string[], newline = '\n'): string {
  return [HEADER, ...rows].join(newline) + newline;
}

const noSourceTexts = () => new Error('no source texts in these tests');

/** The converter's and the validator's problems together, as `npm run convert` prints them. */
function allProblems(text: string): string[] {
  return checkConversion(fromCsv(text, { title: 'Test' }), noSourceTexts).problems.map(problemText);
}

describe('reading a spreadsheet (fromCsv)', () => {
  it('turns one row into one event with its citation, source and actors', () => {
    const { file, problems } = fromCsv(
      sheet([`a,1998-12-04,,Adopted,What happened.,UN General Assembly,State A; State B ;,Quoted words,${SOURCE}`]),
      { title: 'My timeline' },
    );
    expect(problems).toEqual([]);
    expect(file).toEqual({
      title: 'My timeline',
      sources: [
        {
          id: 'example-wire-2021-03',
          publisher: 'Example Wire',
          published: '2021-03',
          url: 'https://example.org/wire',
        },
      ],
      events: [
        {
          id: 'a',
          date: '1998-12-04',
          title: 'Adopted',
          summary: 'What happened.',
          track: 'UN General Assembly',
          actors: ['State A', 'State B'],
          citations: [{ source: 'example-wire-2021-03', quote: 'Quoted words' }],
        },
      ],
    });
  });

  it('reads quoted cells with doubled quotes, commas and line breaks, CRLF line ends and a byte-order mark', () => {
    const text =
      '\uFEFF' +
      sheet(
        [`a,2019,,"Title, with ""quotes""","Line one\r\nline two, still one cell",T,,"He said ""yes""",${SOURCE}`],
        '\r\n',
      );
    const [event] = fromCsv(text).file.events;
    expect(event).toMatchObject({
      id: 'a',
      title: 'Title, with "quotes"',
      summary: 'Line one\r\nline two, still one cell',
      citations: [{ quote: 'He said "yes"' }],
    });
  });

  it('skips blank rows but keeps counting them, so lines match the spreadsheet', () => {
    const text = sheet(['', `a,2019,,T,S,Track,,q,${SOURCE}`, ',,,,,,,,,,', `b,not a date,,T,S,Track,,q,${SOURCE}`]);
    expect(fromCsv(text).file.events.map((event) => event.id)).toEqual(['a', 'b']);
    expect(allProblems(text)).toEqual([
      'line 5, column "date": expected a date written YYYY, YYYY-MM or YYYY-MM-DD; got "not a date" ' +
        '(a spreadsheet may have rewritten the date: format the column as text and type the date again)',
    ]);
  });

  it('keeps any script: Arabic, Chinese and emoji', () => {
    const text = sheet([`,2022,,الأمن السيبراني,信息安全 🛰️,مسار,北京; القاهرة,🌍 quoted,${SOURCE}`]);
    const [event] = fromCsv(text).file.events;
    expect(event).toMatchObject({
      title: 'الأمن السيبراني',
      summary: '信息安全 🛰️',
      track: 'مسار',
      actors: ['北京', 'القاهرة'],
    });
    expect(event?.citations[0]?.quote).toBe('🌍 quoted');
  });

  it('reads a sheet that Excel saved with ";" between cells', () => {
    const text = `${HEADER.replaceAll(',', ';')}\na;2019;;T;S;Track;"A; B";q;Wire;2021;\n`;
    expect(fromCsv(text).file.events[0]).toMatchObject({ id: 'a', actors: ['A', 'B'], citations: [{ quote: 'q' }] });
  });

  it('accepts headers written as a person would: any case, spaces for underscores, any order', () => {
    const text = 'Title,Date,Summary,Track,Quote,Source Publisher,SOURCE-PUBLISHED\nT,2019,S,Track,q,Wire,2021\n';
    const { file, problems } = fromCsv(text);
    expect(problems).toEqual([]);
    expect(file.events[0]).toMatchObject({ title: 'T', date: '2019', citations: [{ quote: 'q' }] });
  });

  it('adds a further citation and document from a row that repeats the id', () => {
    const text =
      'id,date,title,summary,track,quote,source_publisher,source_published,document_symbol,document_url\n' +
      'a,2019,T,S,Track,first quote,Wire,2021,A/RES/1,https://undocs.org/A/RES/1\n' +
      'b,2020,U,S,Track,other event,Wire,2021,,\n' +
      'a,,,,,second quote,Ministry,2020-05-01,A/RES/2,https://undocs.org/A/RES/2\n' +
      'a,2019,T,,,third quote,Wire,2021,,\n';
    const { file, problems } = fromCsv(text);
    expect(problems).toEqual([]);
    expect(file.sources.map((source) => source.id)).toEqual(['wire-2021', 'ministry-2020-05-01']);
    expect(file.events).toHaveLength(2);
    expect(file.events[0]).toMatchObject({
      citations: [
        { source: 'wire-2021', quote: 'first quote' },
        { source: 'ministry-2020-05-01', quote: 'second quote' },
        { source: 'wire-2021', quote: 'third quote' },
      ],
      documents: [
        { symbol: 'A/RES/1', url: 'https://undocs.org/A/RES/1' },
        { symbol: 'A/RES/2', url: 'https://undocs.org/A/RES/2' },
      ],
    });
  });

  it('makes missing ids from the title and year, unique and in lower-case-hyphen form', () => {
    const text = sheet([
      `,1998-12-04,,Résolution 53/70 adopted!,S,T,,q,${SOURCE}`,
      `,1998,,Résolution 53/70 adopted,S,T,,q,${SOURCE}`,
      `resolution-53-70-adopted-1998-3,1998,,Taken id,S,T,,q,${SOURCE}`,
      `,1998,,Résolution 53/70 adopted,S,T,,q,${SOURCE}`,
      `,2020,,信息安全,S,T,,q,${SOURCE}`,
    ]);
    expect(fromCsv(text).file.events.map((event) => event.id)).toEqual([
      'resolution-53-70-adopted-1998',
      'resolution-53-70-adopted-1998-2',
      'resolution-53-70-adopted-1998-3',
      'resolution-53-70-adopted-1998-4',
      'event-2020',
    ]);
  });

  it('builds one source per publisher, date and address, with readable, distinct ids', () => {
    const text = sheet([
      'a,2019,,T,S,Tr,,q1,UN Press,2019-12-27,https://press.un.org/1',
      'b,2019,,T,S,Tr,,q2,UN Press,2019-12-27,https://press.un.org/1',
      'c,2019,,T,S,Tr,,q3,UN Press,2019-12-27,https://press.un.org/2',
      'd,2019,,T,S,Tr,,q4,联合国,2019,',
    ]);
    const { file } = fromCsv(text);
    expect(file.sources.map((source) => [source.id, source.url])).toEqual([
      ['un-press-2019-12-27', 'https://press.un.org/1'],
      ['un-press-2019-12-27-2', 'https://press.un.org/2'],
      ['source-2019', undefined],
    ]);
    expect(file.events.map((event) => event.citations[0]?.source)).toEqual([
      'un-press-2019-12-27',
      'un-press-2019-12-27',
      'un-press-2019-12-27-2',
      'source-2019',
    ]);
  });

  it('removes the quote that guards a formula-like cell, and the spaces around cells', () => {
    const text = sheet([`a,2019,,'=1+1,  '-5 votes  ,'+Track,'@handle,''=kept,${SOURCE}`]);
    expect(fromCsv(text).file.events[0]).toMatchObject({
      title: '=1+1',
      summary: '-5 votes',
      track: '+Track',
      actors: ['@handle'],
      citations: [{ quote: "'=kept" }],
    });
  });
});

describe('the newer columns: source description and excerpt, document date', () => {
  const header =
    'id,date,title,summary,track,quote,source_id,source_publisher,source_published,source_description,' +
    'source_text,source_excerpt,document_symbol,document_url,document_date';

  it('reads them, and a source without a published date, into a file the validator accepts', () => {
    const text =
      `${header}\n` +
      'a,2019,T,S,Tr,q1,ministry,Ministry,,Press release on the vote,sources/m.txt,TRUE,A/RES/1,https://undocs.org/A/RES/1,2019-12-05\n' +
      'a,,,,,q2,ministry,,,,,,,,\n';
    const conversion = fromCsv(text, { title: 'T' });
    expect(conversion.problems).toEqual([]);
    expect(conversion.file.sources).toEqual([
      {
        id: 'ministry',
        publisher: 'Ministry',
        description: 'Press release on the vote',
        text: 'sources/m.txt',
        excerpt: true,
      },
    ]);
    expect(conversion.file.events[0]?.documents).toEqual([
      { symbol: 'A/RES/1', url: 'https://undocs.org/A/RES/1', date: '2019-12-05' },
    ]);
    const checked = checkConversion(conversion, () => 'q1 and q2, the passages quoted');
    expect(checked.problems).toEqual([]);
  });

  it('places their problems at their cells', () => {
    const text =
      `${header}\n` +
      'a,2019,T,S,Tr,q1,m,Ministry,,,,yes,A/RES/1,https://undocs.org/A/RES/1,05/12/2019\n' +
      'b,2019,T,S,Tr,q2,w,Wire,,,,true,,,\n' +
      'c,2019,T,S,Tr,q3,w,Wire,,,,false,,,\n';
    expect(allProblems(text)).toEqual([
      'line 2, column "source_excerpt": expected "true" or an empty cell; got "yes"',
      'line 2, column "document_date": expected a date written YYYY, YYYY-MM or YYYY-MM-DD; got "05/12/2019" ' +
        '(a spreadsheet may have rewritten the date: format the column as text and type the date again)',
      'line 4, column "source_excerpt": "true" on line 3 for the same source; expected the same value or an empty cell',
    ]);
  });

  it("keeps the validator's path in the converted file and gives the place in the sheet", () => {
    const text = sheet([`a,2019,,T,S,Track,,q,${SOURCE}`, `b,2019-02-30,,T,S,Track,,q,${SOURCE}`]);
    const [problem] = checkConversion(fromCsv(text, { title: 'T' }), noSourceTexts).problems;
    expect(problem).toMatchObject({ code: 'not-a-date', path: ['events', 1, 'date'] });
    expect(problemText(problem!)).toBe('line 3, column "date": expected a real calendar date; got "2019-02-30"');
  });
});

describe('problems in a spreadsheet', () => {
  it('lists every problem at once, each with its line (the header is line 1), column and what was expected', () => {
    const text =
      'id,date,end,title,summary,track,actors,quote,source_publisher,source_published,source_url,document_symbol,document_url\n' +
      'a,04/12/1998,,T,S,Track,,q,Wire,2021,javascript:alert(1),,\n' +
      'b,2019-02-30,,T,S,Track,,,,,,,\n' +
      'a,,,Changed title,,,,q2,Wire,2021,,,\n' +
      ',,,,,,,q3,Wire,2021,,,\n' +
      'c,2019,,,S,Track,,q4,,2021-13,,A/RES/1,\n' +
      'Bad Id,2019,,T,S,Track,,,Wire,2021,,,\n';
    expect(allProblems(text)).toEqual([
      'line 2, column "source_url": expected an absolute http:// or https:// URL; got "javascript:alert(1)"',
      'line 2, column "date": expected a date written YYYY, YYYY-MM or YYYY-MM-DD; got "04/12/1998" ' +
        '(a spreadsheet may have rewritten the date: format the column as text and type the date again)',
      'line 3, column "date": expected a real calendar date; got "2019-02-30"',
      'line 3, column "quote": expected at least one citation',
      'line 4, column "title": differs from line 2, where event "a" starts; ' +
        'a further row of the same event fills only the quote, source and document columns',
      'line 5, column "id": missing; a row that adds a quote or document to an event repeats that event\'s id',
      'line 6, column "source_publisher": missing; expected who published the source, e.g. "UN Press"',
      'line 6, column "source_published": expected a real calendar date; got "2021-13"',
      'line 6, column "title": missing; expected a short title shown on the timeline',
      'line 6, column "document_url": missing; expected the link to that document, e.g. "https://undocs.org/A/RES/53/70"',
      'line 7, column "quote": missing; expected words copied exactly from the source',
      'line 7, column "id": expected lower-case letters, digits and single hyphens, e.g. "unga-res-53-70-1998"; got "Bad Id"',
    ]);
  });

  it('names unknown, repeated and missing columns in the header', () => {
    const { problems, file } = fromCsv(
      'id,date,titel,summary,summary,track,quote,source_publisher\na,2019,T,S,S,Tr,q,W\n',
    );
    expect(problems.map(problemText)).toEqual([
      'line 1, column "titel": unknown column; expected one of id, date, end, title, summary, track, actors, quote, ' +
        'source_publisher, source_published, source_url, source_title, source_description, document_symbol, ' +
        'document_url, document_date, source_id, source_text, source_excerpt, kind, related, source_language, ' +
        'title_xx, summary_xx and track_xx, where xx is fr, es, ru, zh, ar',
      'line 1, column "summary": column "summary" appears twice; expected each column once',
      'line 1, column "title": missing column; expected a short title shown on the timeline',
    ]);
    expect(file.events).toEqual([]);
  });

  it('says where a quoted cell is never closed, and where a row has more cells than the header', () => {
    const text = sheet([`a,2019,,T,S,Tr,,q,${SOURCE},extra cell`, `b,2019,,"T,S,Tr,,q,${SOURCE}`]);
    expect(fromCsv(text).problems.map(problemText)).toEqual([
      'line 2: 12 cells, but the header names 11; a cell with a comma in it must be in double quotes',
      'line 3: a quoted cell is never closed; expected a second " to end it (a " inside a cell is written "")',
    ]);
  });

  it('reports a source described differently on two rows, and a source_id no row describes', () => {
    const text =
      'id,date,title,summary,track,quote,source_id,source_publisher,source_published,source_title\n' +
      'a,2019,T,S,Tr,q1,wire,Wire,2021,First headline\n' +
      'b,2019,T,S,Tr,q2,wire,Wire,2021,Other headline\n' +
      'c,2019,T,S,Tr,q3,wire,,,\n' +
      'd,2019,T,S,Tr,q4,nowhere,,,\n';
    expect(fromCsv(text).problems.map(problemText)).toEqual([
      'line 3, column "source_title": "First headline" on line 2 for the same source; expected the same value or an empty cell',
      'line 5, column "source_id": no row describes source "nowhere"; expected its publisher and date on one row',
    ]);
  });

  it('reads the committed template, whose placeholders the validator accepts', () => {
    const text = readFileSync(new URL('../../data/template.csv', import.meta.url), 'utf8');
    const conversion = fromCsv(text, { title: 'Template' });
    expect(conversion.problems).toEqual([]);
    expect(checkConversion(conversion, noSourceTexts).problems).toEqual([]);
    expect(conversion.file.events.length).toBeGreaterThanOrEqual(2);
  });
});

describe('translations: title_xx, summary_xx, track_xx and source_language', () => {
  const header =
    'id,date,title,summary,track,quote,source_publisher,source_published,title_fr,summary_es,track_fr,track_ar,source_language';

  it('reads titles and summaries into each event, track names into trackNames, and the language of a source', () => {
    const text =
      `${header}\n` +
      'a,2019,Adopted,What happened.,UN General Assembly,Il a dit oui,Le Monde,2019,Adoptée,Lo que pasó.,Assemblée générale,الجمعية العامة,fr\n' +
      'b,2020,Second,Next.,UN General Assembly,q2,Wire,2020,,,,,\n';
    const conversion = fromCsv(text, { title: 'T' });
    expect(conversion.problems).toEqual([]);
    expect(conversion.file.trackNames).toEqual({
      'UN General Assembly': { ar: 'الجمعية العامة', fr: 'Assemblée générale' },
    });
    expect(conversion.file.events.map((event) => event.translations)).toEqual([
      { fr: { title: 'Adoptée' }, es: { summary: 'Lo que pasó.' } },
      undefined,
    ]);
    expect(conversion.file.sources.map((source) => source.language)).toEqual(['fr', undefined]);
    expect(checkConversion(conversion, noSourceTexts).problems).toEqual([]);
  });

  it('reports a track named differently on two rows, naming both lines, and a track name without a track', () => {
    const text =
      `${header}\n` +
      'a,2019,T,S,UN General Assembly,q1,Wire,2019,,,Assemblée générale,,\n' +
      'b,2020,T,S,UN General Assembly,q2,Wire,2019,,,Assemblée générale des Nations Unies,,\n' +
      'c,2021,T,S,,q3,Wire,2019,,,,الجمعية العامة,\n';
    expect(fromCsv(text).problems.map(problemText)).toEqual([
      'line 3, column "track_fr": "Assemblée générale" on line 2 for the same track "UN General Assembly"; ' +
        'expected the same name or an empty cell',
      'line 4, column "track_ar": a name for the track, but the track cell is empty; expected the track in English too',
    ]);
  });

  it("places the validator's problems with translations at their cells", () => {
    const text = `${header}\na,2019,T,S,Tr,q1,Wire,2019,${'x'.repeat(LIMITS.title + 1)},,${'y'.repeat(LIMITS.track + 1)},,de\n`;
    expect(allProblems(text).map((problem) => problem.slice(0, problem.indexOf(':')))).toEqual([
      'line 2, column "track_fr"',
      'line 2, column "source_language"',
      'line 2, column "title_fr"',
    ]);
  });
});
