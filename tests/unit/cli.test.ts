// @vitest-environment node
import { execFile } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/events/cli/validateFiles.ts';
import {
  MALFORMED_FIXTURES,
  MALFORMED_FOLDER,
  writeGeneratedFixtures,
  type MalformedFixture,
} from '../fixtures/malformed.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `npm run validate` as a user would and returns its exit code and output. */
async function validate(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '--silent', 'validate', '--', ...args], {
      cwd: root,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

/** The command's code path in this process: exit code and every line it prints. */
function validateInProcess(...files: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = validateFiles(files, { log: (line) => stdout.push(line), error: (line) => stderr.push(line) });
  return { code, stdout, stderr };
}

// Each case starts npm and tsx, which takes a second or two on a small machine.
describe('npm run validate', { timeout: 30_000 }, () => {
  it('accepts the bundled data by default', async () => {
    const { code, stdout } = await validate();
    expect(code).toBe(0);
    // Every quote of the bundled data is checked, and it has no warnings (the line ends with a full stop).
    expect(stdout).toMatch(
      /^data\/events\.json: valid\. \d+ events on \d+ tracks; all \d+ quotes found verbatim in their source texts\.$/m,
    );
  });

  it('checks several files at once, lists every problem with its place, and exits 1 when any has an error', async () => {
    const file = 'tests/unit/fixtures/invalid-events.json';
    const warned = `${MALFORMED_FOLDER}/unknown-properties.json`;
    const { code, stdout, stderr } = await validate(warned, file);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `${file}: event 1, id “a”, date: expected a real calendar date; got "2019-02-30"`,
      `${file}: event 1, id “a”, citation 1, quote: not found in source "wire"; no passage of the source begins or ends like it`,
      `${file}: event 2, id: duplicate id "a"; event 1 already uses it`,
      `${file}: event 2, id “a”, end: "2018" is before the event's date "2019"; expected the same date or later`,
      `${file}: event 2, id “a”, citation 1, source: unknown source "elsewhere"; expected one of "wire"`,
      `${file}: 5 problems.`,
    ]);
    expect(stdout).toContain(
      `${warned}: valid. 1 event on 1 track; 1 quote found verbatim in its source text. 2 warnings:\n`,
    );
  });
});

describe('the validate command on the malformed data suite', () => {
  const generated = writeGeneratedFixtures();
  afterAll(() => rmSync(generated.folder, { recursive: true, force: true }));

  function expectMessages(path: string, fixture: MalformedFixture) {
    const { code, stdout, stderr } = validateInProcess(path);
    const lines = fixture.warningsOnly ? stdout : stderr;
    expect(code).toBe(fixture.warningsOnly ? 0 : 1);
    const prefix = fixture.warningsOnly ? `${path}: warning: ` : `${path}: `;
    // Every expected message on its own line, naming the file first, in order.
    const matching = fixture.expected.map((fragment) => lines.findIndex((line) => line.startsWith(prefix + fragment)));
    expect(matching, lines.join('\n')).not.toContain(-1);
    expect([...matching].sort((a, b) => a - b)).toEqual(matching);
    if (fixture.warningsOnly) {
      expect(stdout[0]).toBe(
        `${path}: valid. 1 event on 1 track; 1 quote found verbatim in its source text. ${fixture.expected.length} warnings:`,
      );
      expect(stderr).toEqual([]);
    } else {
      expect(lines.at(-1)).toBe(
        `${path}: ${fixture.expected.length} problem${fixture.expected.length === 1 ? '' : 's'}.`,
      );
    }
  }

  it.each(MALFORMED_FIXTURES)('$file', (fixture) => expectMessages(`${MALFORMED_FOLDER}/${fixture.file}`, fixture));

  it.each(generated.fixtures)('generated $file', (fixture) =>
    expectMessages(join(generated.folder, fixture.file), fixture),
  );

  it('passes the untouched template with a warning for each placeholder, saying plainly why quotes were not checked', () => {
    const file = 'data/template.json';
    const { code, stdout, stderr } = validateInProcess(file);
    expect(code).toBe(0);
    expect(stderr).toEqual([]);
    expect(stdout[0]).toBe(
      `${file}: valid. 2 events on 1 track; 2 quotes could not be checked: no source text given. 14 warnings:`,
    );
    expect(stdout.slice(1, 4)).toEqual([
      `${file}: warning: title: still the template's placeholder "Replace with the title of your timeline"; replace it with your own text`,
      `${file}: warning: description: still the template's placeholder "Optional: one or two sentences on what the timeline covers."; ` +
        'write your own or remove the field',
      `${file}: warning: source 1, id “my-source”, publisher: still the template's placeholder "Replace with who published the source"; ` +
        'replace it with your own text',
    ]);
    expect(stdout).toContain(
      `${file}: warning: event 2, id “second-event”, document 1, url: still the template's placeholder ` +
        '"https://example.org/replace-with-the-address-of-the-document"; replace it with the real address',
    );
    expect(stdout).toHaveLength(15);
  });

  it('counts checked and unchecked quotes plainly when a file has both', () => {
    const { stdout } = validateInProcess('tests/fixtures/data-url/events.json');
    expect(stdout).toEqual([
      'tests/fixtures/data-url/events.json: valid. 2 events on 2 tracks; 1 quote found verbatim in its source text; ' +
        '1 quote could not be checked: no source text given.',
    ]);
  });

  it('says so when the file does not exist', () => {
    expect(validateInProcess('no/such/file.json')).toEqual({
      code: 1,
      stdout: [],
      stderr: ['no/such/file.json: no such file'],
    });
  });

  it('covers the whole suite: at least 20 committed files, each in the table', () => {
    const files = readdirSync(MALFORMED_FOLDER).filter((name) => name.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect([...files].sort()).toEqual(MALFORMED_FIXTURES.map((fixture) => fixture.file).sort());
  });
});

describe('the validate command on the hostile fixtures', () => {
  it('accepts the hostile event list: markup in text fields is just text', () => {
    const file = 'tests/fixtures/hostile/events.json';
    expect(validateInProcess(file)).toEqual({
      code: 0,
      stdout: [`${file}: valid. 4 events on 2 tracks; all 6 quotes found verbatim in their source texts.`],
      stderr: [],
    });
  });

  it('refuses javascript: and data: URLs in URL fields, naming each place', () => {
    const file = 'tests/fixtures/hostile/invalid-urls.json';
    expect(validateInProcess(file)).toEqual({
      code: 1,
      stdout: [],
      stderr: [
        `${file}: source 1, id “hostile-source”, url: expected an absolute http:// or https:// URL; got "javascript:window.__pwned='source-url'"`,
        `${file}: event 1, id “hostile-1”, document 1, url: expected an absolute http:// or https:// URL; got "data:text/html,<script>window.__pwned='document-url'</scr..."`,
        `${file}: event 2, id “hostile-2”, document 1, url: expected an absolute http:// or https:// URL; got "JAVASCRIPT:window.__pwned='upper'"`,
        `${file}: 3 problems.`,
      ],
    });
  });
});
