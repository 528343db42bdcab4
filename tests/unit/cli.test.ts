// @vitest-environment node
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `npm run validate` as a user would and returns its exit code and output. */
async function validate(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '--silent', 'validate', '--', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

// Each case starts npm and tsx, which takes a second or two on a small machine.
describe('npm run validate', { timeout: 30_000 }, () => {
  it('accepts the bundled data by default', async () => {
    const { code, stdout } = await validate();
    expect(code).toBe(0);
    expect(stdout).toContain('data/events.json: valid. 8 events on 3 tracks; 9 of 9 quotes found verbatim');
  });

  it('lists every problem of a file with its place, and exits 1', async () => {
    const file = 'tests/unit/fixtures/invalid-events.json';
    const { code, stderr } = await validate(file);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `${file}: events[0].date: expected a real calendar date; got "2019-02-30"`,
      `${file}: events[0].citations[0].quote: not found in source "wire"`,
      `${file}: events[1].id: duplicate id "a"; events[0] already uses it`,
      `${file}: events[1].end: "2018" is before the event's date "2019"; expected the same date or later`,
      `${file}: events[1].citations[0].source: unknown source "elsewhere"; expected one of "wire"`,
      `${file}: 5 problems.`,
    ]);
  });

  it('says so when the file is missing, empty, not UTF-8 or not JSON', async () => {
    expect(await validate('tests/unit/fixtures/empty.json')).toMatchObject({
      code: 1,
      stderr: 'tests/unit/fixtures/empty.json: the file is empty; expected a JSON object\ntests/unit/fixtures/empty.json: 1 problem.\n',
    });
    expect(await validate('tests/unit/fixtures/latin1.json')).toMatchObject({
      code: 1,
      stderr: 'tests/unit/fixtures/latin1.json: not valid UTF-8 text; save the file as UTF-8\n',
    });
    expect(await validate('no/such/file.json')).toMatchObject({ code: 1, stderr: 'no/such/file.json: no such file\n' });
    const notJson = await validate('tests/unit/fixtures/syntax-error.json');
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/^tests\/unit\/fixtures\/syntax-error\.json: not valid JSON: Unexpected token '\['/);
  });
});
