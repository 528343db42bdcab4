// @vitest-environment node
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { convertFiles, USAGE } from '../../src/events/cli/convertFiles.ts';
import { validateFiles } from '../../src/events/cli/validateFiles.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'convert-cli-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});
const out = (name: string) => join(folder, name);

/** The command's code path in this process: exit code and every line it prints. */
function convert(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = convertFiles(args, { log: (line) => stdout.push(line), error: (line) => stderr.push(line) });
  return { code, stdout, stderr };
}

describe('npm run convert', { timeout: 30_000 }, () => {
  it('converts the bundled data to a spreadsheet and back, as a user runs it, and the result validates', async () => {
    const run = (...args: string[]) =>
      promisify(execFile)('npm', ['run', '--silent', 'convert', '--', ...args], { cwd: root });
    const sheet = out('bundled.csv');
    cpSync(join(root, 'data/sources'), out('sources'), { recursive: true });
    const bundled = JSON.parse(readFileSync(join(root, 'data/events.json'), 'utf8')) as {
      events: unknown[];
      updated?: string;
    };
    const there = await run('data/events.json', '-o', sheet);
    expect(there.stdout).toContain(`${sheet}: wrote ${bundled.events.length} events from data/events.json.`);
    if (bundled.updated !== undefined) expect(there.stdout).toContain(`--updated "${bundled.updated}"`);
    const back = await run(sheet, '-o', out('bundled.json'), '--title', 'Round trip');
    expect(back.stdout).toContain(`${out('bundled.json')}: valid; the checks found no problems.`);
    expect(validateFiles([out('bundled.json')], { log: () => undefined, error: () => undefined })).toBe(0);
  });
});

describe('the convert command', () => {
  it('turns a spreadsheet into an events file that passes the validator, title from the file name unless given', () => {
    const result = convert('data/template.csv', '-o', out('template.json'));
    expect(result.code).toBe(0);
    expect(result.stdout).toEqual([
      `${out('template.json')}: wrote 2 events and 1 source from a spreadsheet, data/template.csv.`,
      'data/template.csv: note: the title is the file name, "template"; give another with --title "..."',
      `${out('template.json')}: valid; the checks found no problems.`,
    ]);
    // The template's placeholders are warnings, each at its cell of the spreadsheet.
    expect(result.stderr).toContain(
      'data/template.csv: warning: line 4, column "title": still the template\'s placeholder "Replace with a short title"; ' +
        'replace it with your own text',
    );
    expect(
      result.stderr.filter(
        (line) =>
          !/^data\/template\.csv: warning: line \d+, column "\w+": still the template's placeholder /.test(line),
      ),
    ).toEqual([]);
    const file = JSON.parse(readFileSync(out('template.json'), 'utf8')) as { title: string; events: unknown[] };
    expect(file.title).toBe('template');
    expect(convert('data/template.csv', '-o', out('titled.json'), '--title', 'My class').code).toBe(0);
    expect(JSON.parse(readFileSync(out('titled.json'), 'utf8'))).toMatchObject({ title: 'My class' });
  });

  it('prints every problem with its line and column, writes the file to fix, and exits 1', () => {
    const input = out('bad.csv');
    writeFileSync(
      input,
      'id,date,title,summary,track,quote,source_publisher,source_published\na,1998-13,T,S,Tr,q,P,2020\nb,1999,T,S,Tr,,,\n',
    );
    const result = convert(input, '-o', out('bad.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([
      `${input}: 1 event needs a citation: b. Every event must quote a source before the timeline can show it. ` +
        'Add a source and a quote copied exactly from it to each; until then the checks below list them as errors.',
      `${input}: line 2, column "date": expected a real calendar date; got "1998-13"`,
      `${input}: line 3, column "quote": expected at least one citation`,
      `${input}: 2 problems.`,
      `${out('bad.json')}: written, but the app will not show it until these are fixed.`,
    ]);
  });

  it('gives the file its date updated and licence from --updated and --license, and prints them on export', () => {
    const result = convert(
      'data/template.csv',
      '-o',
      out('licensed.json'),
      '--title',
      'Licensed',
      '--updated',
      '2026-12-01',
      '--license',
      'CC BY 4.0',
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(out('licensed.json'), 'utf8'))).toMatchObject({
      title: 'Licensed',
      updated: '2026-12-01',
      license: 'CC BY 4.0',
    });
    const exported = convert(out('licensed.json'), '-o', out('licensed.csv'));
    expect(exported.stdout).toContain(
      `${out('licensed.csv')}: the title, date last updated and licence are not in the spreadsheet; ` +
        'to convert it back, pass them: --title "Licensed" --updated "2026-12-01" --license "CC BY 4.0"',
    );
  });

  it('says when the date updated is not written YYYY-MM-DD', () => {
    const result = convert('data/template.csv', '-o', out('badly-dated.json'), '--updated', '01/12/2026');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('data/template.csv: updated: expected a date written YYYY-MM-DD; got "01/12/2026"');
  });

  it('writes nothing when no row could be read, and says why', () => {
    const input = out('typo.csv');
    writeFileSync(input, 'id,dat,title,summary,track,quote,source_publisher,source_published\n');
    const result = convert(input, '-o', out('typo.json'));
    expect(result).toEqual({
      code: 1,
      stdout: [],
      stderr: [
        `${input}: line 1, column "dat": unknown column; expected one of id, date, end, title, summary, track, actors, ` +
          'quote, source_publisher, source_published, source_url, source_title, source_description, ' +
          'document_symbol, document_url, document_date, source_id, source_text, source_excerpt, kind, related, ' +
          'source_language, title_xx, summary_xx and track_xx, where xx is fr, es, ru, zh, ar',
        `${input}: line 1, column "date": missing column; expected when it happened, written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 1998-12-04)`,
        `${input}: 2 problems.`,
        `${out('typo.json')}: not written.`,
      ],
    });
    expect(() => readFileSync(out('typo.json'))).toThrow();
  });

  it('converts a TimelineJS JSON file, found by its shape, and a TimelineJS sheet, found by its header', () => {
    const json = convert('tests/fixtures/timelinejs/timeline.json', '-o', out('from-json.json'));
    expect(json.code).toBe(1);
    expect(json.stdout[0]).toBe(
      `${out('from-json.json')}: wrote 3 events and 0 sources from a TimelineJS file, tests/fixtures/timelinejs/timeline.json.`,
    );
    expect(json.stderr[0]).toMatch(
      /^tests\/fixtures\/timelinejs\/timeline\.json: 3 events need a citation: res-53-70, /,
    );
    const sheet = convert('tests/fixtures/timelinejs/sheet.csv', '-o', out('from-sheet.csv'));
    expect(sheet.stdout[0]).toBe(
      `${out('from-sheet.csv')}: wrote 3 events and 0 sources from a TimelineJS sheet, tests/fixtures/timelinejs/sheet.csv.`,
    );
    // The spreadsheet it writes is ours, ready to have its quotes and sources filled in.
    expect(readFileSync(out('from-sheet.csv'), 'utf8')).toMatch(/^\uFEFFid,date,end,title,summary,track,actors,quote,/);
  });

  it('reads a TimelineJS file it would not recognise when told --from timelinejs', () => {
    writeFileSync(out('odd.json'), JSON.stringify({ title: { text: { headline: 'Odd' } }, events: [] }));
    expect(convert(out('odd.json'), '-o', out('odd-out.json')).stderr[0]).toContain('this is already an events file');
    expect(convert(out('odd.json'), '-o', out('odd-out.json'), '--from', 'timelinejs').stdout[0]).toContain(
      'from a TimelineJS file',
    );
  });

  it('refuses to export an events file that does not validate', () => {
    const file = 'tests/unit/fixtures/invalid-events.json';
    const result = convert(file, '-o', out('invalid.csv'));
    expect(result.code).toBe(1);
    expect(result.stderr.at(-1)).toBe(`${file}: not converted; fix the file first (npm run validate -- ${file}).`);
    expect(result.stderr).toContain(`${file}: event 1, id “a”, date: expected a real calendar date; got "2019-02-30"`);
  });

  it.each([
    [['data/events.json'], 'convert: no output file given; name it with -o, e.g. -o out.json'],
    [[], 'convert: no input file given'],
    [['a.csv', 'b.csv', '-o', 'c.json'], 'convert: one input file expected, got 2'],
    [['data/events.json', '-o', 'out.xlsx'], 'convert: out.xlsx: unknown extension ".xlsx"; expected .csv or .json'],
    [['notes.txt', '-o', 'out.json'], 'convert: notes.txt: unknown extension ".txt"; expected .csv or .json'],
    [['data/events.json', '-o'], 'convert: -o needs a value'],
    [['data/events.json', '-o', 'x.csv', '--from', 'excel'], 'convert: --from excel: expected --from timelinejs'],
    [['data/events.json', '--verbose'], 'convert: unknown option --verbose'],
    [
      ['data/template.csv', '-o', 'data/template.csv'],
      'convert: data/template.csv: the output would overwrite the input; expected another file name',
    ],
  ])('explains a wrong command line %j and exits 1', (args, message) => {
    const result = convert(...args);
    expect(result.code).toBe(1);
    expect(result.stderr[0]).toBe(message);
  });

  it('shows the usage after a wrong command line', () => {
    expect(convert().stderr).toEqual(['convert: no input file given', USAGE]);
  });

  it('says so when the input does not exist, is not UTF-8, or is not JSON', () => {
    expect(convert('no/such.csv', '-o', out('x.json'))).toEqual({
      code: 1,
      stdout: [],
      stderr: ['no/such.csv: no such file'],
    });
    writeFileSync(out('latin1.csv'), Buffer.from([0x69, 0x64, 0x0a, 0xe9, 0x0a]));
    expect(convert(out('latin1.csv'), '-o', out('x.json')).stderr).toEqual([
      `${out('latin1.csv')}: not valid UTF-8 text; save the file as UTF-8`,
    ]);
    writeFileSync(out('broken.json'), '{"events": [');
    const broken = convert(out('broken.json'), '-o', out('x.csv'));
    expect(broken.code).toBe(1);
    expect(broken.stderr[0]?.startsWith(`${out('broken.json')}: not valid JSON`)).toBe(true);
  });
});
