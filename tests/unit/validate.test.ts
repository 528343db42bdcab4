import { describe, expect, it } from 'vitest';
import { problemText } from '../../src/events/problemsInEnglish.ts';
import {
  MAX_EVENTS_FILE_BYTES,
  validateEventsBytes,
  validateEventsFile,
  validateEventsText,
} from '../../src/events/validate.ts';
import { readFixtureText, validFile } from './fixtures.ts';

/** Validates a changed copy of the valid fixture and returns the problems as `path: message` lines. */
function problemsOf(change: (file: ReturnType<typeof validFile>) => unknown): string[] {
  const file = validFile();
  const input = change(file) ?? file;
  const result = validateEventsFile(input, readFixtureText);
  return result.ok ? [] : result.problems.map(problemText);
}

describe('validateEventsFile', () => {
  it('accepts a valid file and returns its events in date order with tracks in file order', () => {
    const result = validateEventsFile(validFile(), readFixtureText);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.timeline.events.map((event) => event.id)).toEqual(['first', 'second']);
    expect(result.timeline.tracks).toEqual(['UN General Assembly', 'Bilateral']);
    const [first] = result.timeline.events;
    expect(first?.date).toMatchObject({ iso: '1972', precision: 'year' });
    expect(first?.citations[0]).toMatchObject({ quote: 'we welcome cooperation', checked: true });
    expect(first?.citations[0]?.source.publisher).toBe('Wire');
  });

  it('reports a top level that is not an object', () => {
    expect(problemsOf(() => [])).toEqual(['expected an object, got an array']);
  });

  it('reports a file that is not JSON as one problem for the whole file', () => {
    const result = validateEventsText('{ "title": "x", }', readFixtureText);
    expect(result.ok ? [] : result.problems.map(problemText)).toEqual([
      'not valid JSON at line 1, column 17: expected double-quoted property name',
    ]);
    const empty = validateEventsText(' \n', readFixtureText);
    expect(empty.ok ? [] : empty.problems.map(problemText)).toEqual(['the file is empty; expected a JSON object']);
  });

  it('reports missing fields and wrong types at their paths', () => {
    expect(
      problemsOf((file) => {
        const event: Record<string, unknown> = { ...file.events[0] };
        delete event.summary;
        event.actors = 'UN';
        return { ...file, title: 7, events: [event] };
      }),
    ).toEqual([
      'title: expected a string, got number 7',
      'event 1, id “second”, summary: missing; expected a string',
      'event 1, id “second”, actors: expected an array, got "UN"',
    ]);
  });

  it('reports dates not written YYYY, YYYY-MM or YYYY-MM-DD', () => {
    expect(problemsOf((file) => void (file.events[0]!.date = '04/12/1998'))).toEqual([
      'event 1, id “second”, date: expected a date written YYYY, YYYY-MM or YYYY-MM-DD; got "04/12/1998"',
    ]);
  });

  it('reports impossible calendar dates', () => {
    expect(problemsOf((file) => void (file.events[0]!.date = '2019-02-30'))).toEqual([
      'event 1, id “second”, date: expected a real calendar date; got "2019-02-30"',
    ]);
    expect(problemsOf((file) => void (file.sources[0]!.published = '2020-13'))).toEqual([
      'source 1, id “wire-2020-09-30”, published: expected a real calendar date; got "2020-13"',
    ]);
  });

  it('reports an end before the date, but accepts an end within a coarser period', () => {
    expect(problemsOf((file) => void Object.assign(file.events[0]!, { end: '1998-12-03' }))).toEqual([
      `event 1, id “second”, end: "1998-12-03" is before the event's date "1998-12-04"; expected the same date or later`,
    ]);
    expect(problemsOf((file) => void Object.assign(file.events[0]!, { end: '1998-12' }))).toEqual([]);
  });

  it('reports duplicate ids, naming the first use', () => {
    expect(problemsOf((file) => void (file.events[1]!.id = 'second'))).toEqual([
      'event 2, id: duplicate id "second"; event 1 already uses it',
    ]);
  });

  it('reports a citation of an unknown source, listing the known ones', () => {
    expect(problemsOf((file) => void (file.events[0]!.citations[0]!.source = 'nope'))).toEqual([
      'event 1, id “second”, citation 1, source: unknown source "nope"; expected one of "wire-2020-09-30"',
    ]);
  });

  it('reports a quote that is not verbatim in its source', () => {
    expect(problemsOf((file) => void (file.events[0]!.citations[0]!.quote = 'adopted unanimously'))).toEqual([
      'event 1, id “second”, citation 1, quote: not found in source "wire-2020-09-30"; its first 8 characters are in the source, ' +
        'then it differs: the quote has "adopted unanimously" where the source has "...adopted it without a vote. Offici..."',
    ]);
  });

  it('says when a quote differs from its source only in quotation marks, case or spacing', () => {
    expect(problemsOf((file) => void (file.events[1]!.citations[0]!.quote = '“We  welcome cooperation”'))).toEqual([
      'event 2, id “first”, citation 1, quote: not found in source "wire-2020-09-30" verbatim (it differs in case, spacing or quotation marks); copy it exactly',
    ]);
  });

  it('reports a source text that cannot be read', () => {
    expect(problemsOf((file) => void (file.sources[0]!.text = 'sources/missing.txt'))).toEqual([
      'source 1, id “wire-2020-09-30”, text: cannot read "sources/missing.txt": no such file',
    ]);
  });

  it('accepts a source without text and marks its quotes as not checked', () => {
    const file = validFile();
    delete (file.sources[0] as { text?: string }).text;
    const result = validateEventsFile(file, readFixtureText);
    expect(result.ok && result.timeline.events[0]?.citations[0]?.checked).toBe(false);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/a', 'example.org'])(
    'accepts only http(s) URLs: rejects %s',
    (url) => {
      expect(problemsOf((file) => void (file.events[0]!.documents![0]!.url = url))).toEqual([
        `event 1, id “second”, document 1, url: expected an absolute http:// or https:// URL; got ${JSON.stringify(url)}`,
      ]);
    },
  );

  it('warns about unknown fields one by one, suggesting the nearest known field, and still loads the file', () => {
    const file = validFile();
    Object.assign(file.events[1]!, { summery: 'x', colour: 'red' });
    Object.assign(file.events[0]!.citations[0]!, { qoute: 'y' });
    Object.assign(file, { Title: 'z' });
    const result = validateEventsFile(file, readFixtureText);
    expect(result.ok).toBe(true);
    expect((result.warnings ?? []).map(problemText)).toEqual([
      'event 1, id “second”, citation 1, qoute: unknown field "qoute", ignored; did you mean "quote"?',
      'event 2, id “first”, summery: unknown field "summery", ignored; did you mean "summary"?',
      'event 2, id “first”, colour: unknown field "colour", ignored; expected one of "id", "date", "end", "title", "summary", "track", "kind", "related", "actors", "citations", "documents", "translations"',
      'Title: unknown field "Title", ignored; did you mean "title"?',
    ]);
    if (result.ok) expect(result.timeline.events.find((event) => event.id === 'first')).not.toHaveProperty('summery');
  });

  it('keeps warnings beside the errors of an invalid file', () => {
    const file = validFile();
    Object.assign(file.events[0]!, { sumary: 'x', date: '2019-02-30' });
    const result = validateEventsFile(file, readFixtureText);
    expect(result.ok ? [] : result.problems.map(problemText)).toEqual([
      'event 1, id “second”, date: expected a real calendar date; got "2019-02-30"',
    ]);
    expect((result.warnings ?? []).map(problemText)).toEqual([
      'event 1, id “second”, sumary: unknown field "sumary", ignored; did you mean "summary"?',
    ]);
  });

  it('has no warnings for a clean file', () => {
    expect(validateEventsFile(validFile(), readFixtureText).warnings).toEqual([]);
  });

  it('reports an empty event list and an event without citations', () => {
    expect(problemsOf((file) => ({ ...file, events: [] }))).toEqual(['events: expected at least one event']);
    expect(problemsOf((file) => void (file.events[0]!.citations = []))).toEqual([
      'event 1, id “second”, citations: expected at least one citation',
    ]);
  });

  it('reports every problem at once, not only the first', () => {
    expect(
      problemsOf((file) => {
        file.events[0]!.citations[0]!.quote = 'not in the text';
        file.events[1]!.id = 'second';
        file.events[1]!.citations[0]!.source = 'unknown';
      }),
    ).toEqual([
      'event 1, id “second”, citation 1, quote: not found in source "wire-2020-09-30"; no passage of the source begins or ends like it',
      'event 2, id: duplicate id "second"; event 1 already uses it',
      'event 2, id “second”, citation 1, source: unknown source "unknown"; expected one of "wire-2020-09-30"',
    ]);
  });

  it('checks the meaning of what is well formed inside a malformed event', () => {
    expect(
      problemsOf((file) => {
        Object.assign(file.events[0]!, { date: '1999-02-30', end: '1998', title: '' });
        file.events[0]!.citations.push({ source: 'wire-2020-09-30', quote: 'not in the text' });
        file.events[1]!.citations[0]!.quote = 'also not in the text';
      }),
    ).toEqual([
      'event 1, id “second”, date: expected a real calendar date; got "1999-02-30"',
      'event 1, id “second”, title: must not be empty or only spaces; got ""',
      'event 1, id “second”, citation 2, quote: not found in source "wire-2020-09-30"; no passage of the source begins or ends like it',
      'event 2, id “first”, citation 1, quote: not found in source "wire-2020-09-30"; no passage of the source begins or ends like it',
    ]);
    expect(problemsOf((file) => void Object.assign(file.events[0]!, { title: 7, end: '1998-01' }))).toEqual([
      'event 1, id “second”, title: expected a string, got number 7',
      `event 1, id “second”, end: "1998-01" is before the event's date "1998-12-04"; expected the same date or later`,
    ]);
  });

  it('reports duplicate source ids and checks quotes against the first source of that id', () => {
    expect(
      problemsOf((file) => {
        file.sources.push({ ...file.sources[0]!, text: 'sources/other.txt' });
      }),
    ).toEqual(['source 2, id: duplicate id "wire-2020-09-30"; source 1 already uses it']);
  });

  it('rejects text that is empty or only spaces, so a blank quote cannot pass as verbatim', () => {
    expect(problemsOf((file) => void (file.events[0]!.citations[0]!.quote = '  '))).toEqual([
      'event 1, id “second”, citation 1, quote: must not be empty or only spaces; got "  "',
    ]);
  });

  it('accepts source texts only as .txt files in the sources folder', () => {
    for (const path of ['../secret.txt', '/etc/hostname', 'sources/a/b.txt', 'sources/article.html']) {
      expect(problemsOf((file) => void (file.sources[0]!.text = path))).toEqual([
        `source 1, id “wire-2020-09-30”, text: expected a path like "sources/article.txt": a .txt file in the sources folder beside this file; got ${JSON.stringify(path)}`,
      ]);
    }
  });

  it('accepts only an http(s) URL for a source', () => {
    expect(problemsOf((file) => void (file.sources[0]!.url = 'javascript:alert(1)'))).toEqual([
      'source 1, id “wire-2020-09-30”, url: expected an absolute http:// or https:// URL; got "javascript:alert(1)"',
    ]);
  });
});

const utf8 = (text: string) => new TextEncoder().encode(text);
const problemsOfBytes = (bytes: Uint8Array) => {
  const result = validateEventsBytes(bytes, readFixtureText);
  return result.ok ? [] : result.problems.map(problemText);
};

describe('validateEventsBytes', () => {
  it('accepts a valid file, with or without a byte order mark', () => {
    const text = JSON.stringify(validFile());
    expect(validateEventsBytes(utf8(text), readFixtureText).ok).toBe(true);
    expect(validateEventsBytes(utf8(`\uFEFF${text}`), readFixtureText).ok).toBe(true);
  });

  it('refuses a file over the size limit before reading it, giving its size and the limit', () => {
    expect(MAX_EVENTS_FILE_BYTES).toBe(10 * 1024 * 1024);
    expect(problemsOfBytes(new Uint8Array(MAX_EVENTS_FILE_BYTES + 1))).toEqual([
      'the file is 10.0 MB; expected at most 10.0 MB (10,485,760 bytes)',
    ]);
    expect(problemsOfBytes(new Uint8Array(15 * 1024 * 1024))).toEqual([
      'the file is 15.0 MB; expected at most 10.0 MB (10,485,760 bytes)',
    ]);
  });

  it('refuses bytes that are not UTF-8, naming the first bad byte', () => {
    const latin1 = Uint8Array.from([...utf8('{"title": "Caf'), 0xe9, ...utf8('"}')]);
    expect(problemsOfBytes(latin1)).toEqual(['not valid UTF-8 text at byte 14; expected the file saved as UTF-8']);
    // A character cut short at the very end is an error too.
    expect(problemsOfBytes(Uint8Array.from([...utf8('{"title": "'), 0xc3]))).toEqual([
      'not valid UTF-8 text at byte 11; expected the file saved as UTF-8',
    ]);
  });

  it('reports a truncated file as JSON that is not valid', () => {
    const text = JSON.stringify(validFile());
    expect(problemsOfBytes(utf8(text.slice(0, 100)))).toEqual([
      'not valid JSON at line 1, column 101: unterminated string',
    ]);
  });
});

describe('hostile input', () => {
  const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

  it('survives 100,000 nested arrays, at the top and as a field value', () => {
    expect(problemsOfBytes(utf8(deep(100_000)))).toEqual(['expected an object, got an array']);
    const file = JSON.stringify(validFile()).replace('"Test timeline"', deep(100_000));
    expect(problemsOfBytes(utf8(file))).toEqual(['title: expected a string, got an array']);
  });

  it('survives deep nesting in an unknown field, which is only a warning', () => {
    const file = JSON.stringify({ ...validFile(), extra: 0 }).replace('"extra":0', `"extra":${deep(100_000)}`);
    const result = validateEventsBytes(utf8(file), readFixtureText);
    expect(result.ok).toBe(true);
    expect((result.warnings ?? []).map(problemText)).toEqual([
      expect.stringMatching(/^extra: unknown field "extra", ignored/),
    ]);
  });

  it('keeps every message short when the data holds huge strings', () => {
    const huge = 'x'.repeat(1_000_000);
    const problems = problemsOf((file) => {
      file.events[0]!.id = huge;
      file.events[1]!.id = huge;
      file.events[0]!.date = huge;
      file.events[1]!.citations[0]!.source = huge;
      file.sources[0]!.url = huge;
      return { ...file, [huge]: 1 };
    });
    expect(problems.length).toBeGreaterThanOrEqual(4);
    for (const problem of problems) expect(problem.length).toBeLessThan(300);
    expect(problems).toContain(
      `event 1, id “${'x'.repeat(57)}...”, date: expected a date written YYYY, YYYY-MM or YYYY-MM-DD; got "${'x'.repeat(57)}..."`,
    );
    const warnings = (validateEventsFile({ ...validFile(), [huge]: 1 }, readFixtureText).warnings ?? []).map(
      problemText,
    );
    expect(warnings).toEqual([
      expect.stringMatching(/^"x{57}\.\.\.": unknown field "x{57}\.\.\.", ignored; expected one of/),
    ]);
  });
});

describe('messages for people who are not developers', () => {
  it('gives line and column for a syntax error, also where the engine names no position', () => {
    const problems = (text: string) => {
      const result = validateEventsText(text, readFixtureText);
      return result.ok ? [] : result.problems.map(problemText);
    };
    expect(problems('{\n  "title": x\n}')).toEqual(["not valid JSON at line 2, column 12: unexpected token 'x'"]);
    expect(problems('{\n  "events": [1,]\n}')).toEqual(["not valid JSON at line 2, column 16: unexpected token ']'"]);
    expect(problems('{\n  "title": "x"\n  "events": []\n}')).toEqual([
      "not valid JSON at line 3, column 3: expected ',' or '}' after property value",
    ]);
  });

  it('names events and sources by their number from 1 and their id, and list items by number', () => {
    const file = validFile();
    delete (file.events[1] as { id?: string }).id;
    file.events[0]!.documents![0]!.url = 'ftp://x';
    file.sources[0]!.published = '2020-13';
    expect(problemsOf(() => file)).toEqual([
      'source 1, id “wire-2020-09-30”, published: expected a real calendar date; got "2020-13"',
      'event 1, id “second”, document 1, url: expected an absolute http:// or https:// URL; got "ftp://x"',
      'event 2, id: missing; expected a string',
    ]);
  });

  it('keeps the structured path on each problem, counting from 0 as the data does', () => {
    const result = validateEventsFile(
      { ...validFile(), events: [{ ...validFile().events[0]!, date: '2019-02-30' }] },
      readFixtureText,
    );
    expect(result.ok ? [] : result.problems).toEqual([
      {
        code: 'not-a-date',
        params: { found: { type: 'string', text: '2019-02-30' } },
        severity: 'error',
        path: ['events', 0, 'date'],
        place: [{ item: 'event', number: 1, id: 'second' }, { field: 'date' }],
      },
    ]);
  });

  it('warns about text left from the template, and still loads the file', () => {
    const file = validFile();
    file.title = 'Replace with the title of your timeline';
    file.events[1]!.citations[0]!.quote = 'Replace with words copied exactly from the source';
    file.sources[0]!.url = 'https://example.org/replace-with-the-address-of-the-source';
    delete (file.sources[0] as { text?: string }).text;
    const result = validateEventsFile({ ...file, description: 'Optional: one or two sentences.' }, readFixtureText);
    expect(result.ok).toBe(true);
    expect(result.warnings?.map(problemText)).toEqual([
      `title: still the template's placeholder "Replace with the title of your timeline"; replace it with your own text`,
      `source 1, id “wire-2020-09-30”, url: still the template's placeholder ` +
        `"https://example.org/replace-with-the-address-of-the-source"; replace it with the real address`,
      `event 2, id “first”, citation 1, quote: still the template's placeholder ` +
        `"Replace with words copied exactly from the source"; replace it with your own text`,
      // Where the file has it: after the events, in this object.
      `description: still the template's placeholder "Optional: one or two sentences."; write your own or remove the field`,
    ]);
  });

  it('shows where a quote differs from the closest passage when its end is in the source', () => {
    expect(
      problemsOf((file) => void (file.events[1]!.citations[0]!.quote = 'Officials all said "we welcome cooperation"')),
    ).toEqual([
      'event 2, id “first”, citation 1, quote: not found in source "wire-2020-09-30"; its last 30 characters are in the source, ' +
        'but it differs before them: the quote has "Officials all said \\"we welcome co..." ' +
        'where the source has "...without a vote. Officials said \\"we welcome co..."',
    ]);
  });

  it('gives the closest passage for the first 100 quotes not found, so thousands of failures stay fast', () => {
    const file = validFile();
    const citation = { source: 'wire-2020-09-30', quote: 'The Assembly adopted it with a vote' };
    // 50 citations is the most an event may have: 101 take three events.
    const third = { ...file.events[1]!, id: 'third' };
    file.events.push(third);
    file.events[0]!.citations = Array.from({ length: 50 }, () => citation);
    file.events[1]!.citations = Array.from({ length: 50 }, () => citation);
    third.citations = [citation];
    const problems = problemsOf(() => file);
    expect(problems).toHaveLength(101);
    expect(problems[99]).toContain('its first 28 characters are in the source, then it differs');
    expect(problems[100]).toBe('event 3, id “third”, citation 1, quote: not found in source "wire-2020-09-30"');
  });
});
