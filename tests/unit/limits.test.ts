import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/events/limits.ts';
import { problemText } from '../../src/events/problemsInEnglish.ts';
import { validateEventsFile } from '../../src/events/validate.ts';
import { readFixtureText, validFile } from './fixtures.ts';

type File = ReturnType<typeof validFile>;

/** The valid fixture with no source text, so that a long quote is not also reported as not found. */
function uncheckedFile(): File {
  const file = validFile();
  delete (file.sources[0] as { text?: string }).text;
  return file;
}

function problemsOf(file: unknown): string[] {
  const result = validateEventsFile(file, readFixtureText);
  return result.ok ? [] : result.problems.map(problemText);
}

const TEXT_LIMITS: readonly {
  readonly field: string;
  readonly place: string;
  readonly max: number;
  readonly set: (file: File, value: string) => void;
  /** A value of the field's form, `length` characters long. */
  readonly value?: (length: number) => string;
}[] = [
  { field: 'timeline title', place: 'title', max: LIMITS.title, set: (file, value) => void (file.title = value) },
  {
    field: 'event title',
    place: 'event 1, id “second”, title',
    max: LIMITS.title,
    set: (file, value) => void (file.events[0]!.title = value),
  },
  {
    field: 'summary',
    place: 'event 1, id “second”, summary',
    max: LIMITS.summary,
    set: (file, value) => void (file.events[0]!.summary = value),
  },
  {
    field: 'track',
    place: 'event 1, id “second”, track',
    max: LIMITS.track,
    set: (file, value) => void (file.events[0]!.track = value),
  },
  {
    field: 'actor',
    place: 'event 1, id “second”, actor 1',
    max: LIMITS.actorName,
    set: (file, value) => void (file.events[0]!.actors = [value]),
  },
  {
    field: 'quote',
    place: 'event 1, id “second”, citation 1, quote',
    max: LIMITS.quote,
    set: (file, value) => void (file.events[0]!.citations[0]!.quote = value),
  },
  {
    field: 'event id',
    place: 'event 1, id',
    max: LIMITS.id,
    set: (file, value) => void (file.events[0]!.id = value),
  },
  {
    field: 'source title',
    place: 'source 1, id “wire-2020-09-30”, title',
    max: LIMITS.sourceTitle,
    set: (file, value) => void Object.assign(file.sources[0]!, { title: value }),
  },
  {
    field: 'publisher',
    place: 'source 1, id “wire-2020-09-30”, publisher',
    max: LIMITS.publisher,
    set: (file, value) => void (file.sources[0]!.publisher = value),
  },
  {
    field: 'document URL',
    place: 'event 1, id “second”, document 1, url',
    max: LIMITS.url,
    set: (file, value) => void (file.events[0]!.documents![0]!.url = value),
    value: (length) => `https://undocs.org/${'a'.repeat(length - 'https://undocs.org/'.length)}`,
  },
];

describe('length limits', () => {
  it.each(TEXT_LIMITS)('accepts a $field at its limit and refuses one character more', ({ place, max, set, value }) => {
    const text = value ?? ((length: number) => 'a'.repeat(length));
    const atLimit = uncheckedFile();
    set(atLimit, text(max));
    expect(problemsOf(atLimit)).toEqual([]);
    const over = uncheckedFile();
    set(over, text(max + 1));
    expect(problemsOf(over)).toEqual([
      `${place}: too long (${(max + 1).toLocaleString('en')} characters); ` +
        `at most ${max.toLocaleString('en')} are allowed`,
    ]);
  });

  it.each([
    { list: 'actors', max: LIMITS.actorsPerEvent, set: (file: File, n: number) => actors(file, n) },
    { list: 'citations', max: LIMITS.citationsPerEvent, set: (file: File, n: number) => citations(file, n) },
    { list: 'documents', max: LIMITS.documentsPerEvent, set: (file: File, n: number) => documents(file, n) },
  ])('accepts $max $list on an event and refuses one more', ({ list, max, set }) => {
    const atLimit = uncheckedFile();
    set(atLimit, max);
    expect(problemsOf(atLimit)).toEqual([]);
    const over = uncheckedFile();
    set(over, max + 1);
    expect(problemsOf(over)).toEqual([
      `event 1, id “second”, ${list}: too many (${max + 1} ${list}); at most ${max} are allowed`,
    ]);
  });

  it('refuses a 2,000,000-character title with one short problem that keeps the length and the limit as data', () => {
    const file = uncheckedFile();
    file.events[0]!.title = 'x'.repeat(2_000_000);
    const result = validateEventsFile(file, readFixtureText);
    expect(result.ok ? [] : result.problems).toEqual([
      expect.objectContaining({
        code: 'too-long',
        params: { length: 2_000_000, maximum: LIMITS.title },
        path: ['events', 0, 'title'],
        severity: 'error',
      }),
    ]);
    expect(problemsOf(file)).toEqual([
      'event 1, id “second”, title: too long (2,000,000 characters); at most 200 are allowed',
    ]);
  });
});

function actors(file: File, count: number): void {
  file.events[0]!.actors = Array.from({ length: count }, (_, index) => `State ${index + 1}`);
}

function citations(file: File, count: number): void {
  file.events[0]!.citations = Array.from({ length: count }, () => ({ source: 'wire-2020-09-30', quote: 'q' }));
}

function documents(file: File, count: number): void {
  file.events[0]!.documents = Array.from({ length: count }, (_, index) => ({
    symbol: `A/RES/${index + 1}`,
    url: 'https://undocs.org/A/RES/53/70',
  }));
}
