/**
 * The published JSON Schema (data/events.schema.json), run through ajv as an editor would, agrees
 * with the validator on which files are valid, except where only the validator can know: the
 * exceptions are listed, and each must still be one.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { readTextFile } from '../../src/events/cli/readTextFile.ts';
import { validateEventsBytes } from '../../src/events/validate.ts';
import { MALFORMED_FOLDER, writeGeneratedFixtures } from '../fixtures/malformed.ts';

/**
 * Files the schema accepts and the validator refuses, and why: what JSON Schema cannot express.
 * The schema refuses nothing the validator accepts. (Nor can it limit the size of a file, 10 MB in the app;
 * the oversized fixture is refused by both for what it lacks.)
 */
const VALIDATOR_ONLY: Readonly<Record<string, string>> = {
  'impossible-date.json': 'a day that does not exist in its month (2019-02-30) needs a calendar',
  'end-before-date.json': 'comparing two fields',
  'duplicate-event-ids.json': 'unique ids across records',
  'duplicate-source-ids.json': 'unique ids across records',
  'unknown-source.json': 'a citation naming a source declared elsewhere in the file',
  'quote-not-in-source.json': 'reading the source text beside the file',
  'missing-source-text.json': 'reading the source text beside the file',
};

/** Not JSON at all (empty, broken, not UTF-8): no schema applies, and the validator refuses them too. */
const NOT_JSON = ['empty.json', 'invalid-json.json', 'truncated.json', 'invalid-utf8.json'];

const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
const schemaAccepts = ajv.compile(JSON.parse(readFileSync('data/events.schema.json', 'utf8')) as object);

const generated = writeGeneratedFixtures();
afterAll(() => rmSync(generated.folder, { recursive: true, force: true }));

function filesIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(folder, name));
}

const FILES = [
  'data/events.json',
  'data/template.json',
  ...filesIn(MALFORMED_FOLDER),
  ...filesIn(generated.folder),
  ...filesIn('tests/fixtures/hostile'),
  'tests/fixtures/first-eight/events.json',
  'tests/fixtures/convert/events.json',
  'tests/fixtures/data-url/events.json',
  'tests/fixtures/data-url/invalid.json',
];

function validatorAccepts(path: string): boolean {
  return validateEventsBytes(readFileSync(path), (text) => readTextFile(join(dirname(path), text))).ok;
}

function parsed(path: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path))) };
  } catch {
    return undefined;
  }
}

describe('the published JSON Schema and the validator', () => {
  it.each(FILES.map((path) => ({ path, name: path.split('/').pop() ?? path })))('agree on $path', ({ path, name }) => {
    const json = parsed(path);
    const byValidator = validatorAccepts(path);
    if (NOT_JSON.includes(name)) {
      expect(json).toBeUndefined();
      expect(byValidator).toBe(false);
      return;
    }
    expect(json, `${path} is JSON`).toBeDefined();
    const bySchema = schemaAccepts(json?.value);
    const errors = JSON.stringify(schemaAccepts.errors?.slice(0, 3));
    if (name in VALIDATOR_ONLY) {
      expect({ bySchema, byValidator }, errors).toEqual({ bySchema: true, byValidator: false });
    } else {
      expect(bySchema, errors).toBe(byValidator);
    }
  });

  it('checks the bundled data, the template, every malformed fixture and the generated ones', () => {
    const names = FILES.map((path) => path.split('/').pop());
    for (const name of [...NOT_JSON, ...Object.keys(VALIDATOR_ONLY), 'month-13.json', 'too-long-title.json'])
      expect(names).toContain(name);
    expect(FILES).toContain('data/events.json');
  });

  it('refuses month 13 and day 32 by its date pattern, and accepts unknown fields as the app does', () => {
    const base = JSON.parse(readFileSync('data/template.json', 'utf8')) as { events: Record<string, unknown>[] };
    const withDate = (date: string) => ({ ...base, events: [{ ...base.events[0], date }] });
    expect(schemaAccepts(withDate('2019-13'))).toBe(false);
    expect(schemaAccepts(withDate('2019-12-32'))).toBe(false);
    expect(schemaAccepts(withDate('2019-12-31'))).toBe(true);
    expect(schemaAccepts({ ...base, notes: 'for the class', events: [{ ...base.events[0], remark: 'x' }] })).toBe(true);
  });
});
