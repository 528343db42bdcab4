import { describe, expect, it } from 'vitest';
import { problemText } from '../../src/events/problemsInEnglish.ts';
import { validateEventsFile } from '../../src/events/validate.ts';
import { readFixtureText, validFile } from './fixtures.ts';

function validate(change: (file: ReturnType<typeof validFile>) => object) {
  return validateEventsFile(change(validFile()), readFixtureText);
}

describe('the optional fields for About and Cite', () => {
  it('keeps the date of the data and its licence, and leaves them out when absent', () => {
    const result = validate((file) => ({ ...file, updated: '2026-12-02', license: 'CC BY 4.0' }));
    expect(result.ok && result.timeline).toMatchObject({
      updated: { iso: '2026-12-02', precision: 'day' },
      license: 'CC BY 4.0',
    });
    const plain = validate((file) => file);
    expect(plain.ok && plain.timeline).not.toHaveProperty('updated');
    expect(plain.ok && plain.timeline).not.toHaveProperty('license');
  });

  it('asks for the date of the data as a whole day', () => {
    for (const [updated, message] of [
      ['2026-12', 'updated: expected a date written YYYY-MM-DD'],
      ['2026-02-30', 'updated: expected a real calendar date'],
    ] as const) {
      const result = validate((file) => ({ ...file, updated }));
      expect(result.ok ? [] : result.problems.map(problemText), updated).toEqual([
        expect.stringContaining(message.split(': ')[1]!),
      ]);
    }
  });

  it('keeps a source description and a document date for citations', () => {
    const result = validate((file) => ({
      ...file,
      sources: [{ ...file.sources[0]!, description: 'News article on a vote' }],
      events: [
        {
          ...file.events[0]!,
          documents: [{ symbol: 'X/TEST/1', url: 'https://example.org/x-test-1', date: '2001-02-03' }],
        },
      ],
    }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [event] = result.timeline.events;
    expect(event?.citations[0]?.source.description).toBe('News article on a vote');
    expect(event?.documents[0]?.date).toBe('2001-02-03');
  });

  it('rejects a document date that is not a calendar date', () => {
    const result = validate((file) => ({
      ...file,
      events: [
        {
          ...file.events[0]!,
          documents: [{ symbol: 'X/TEST/1', url: 'https://example.org/x-test-1', date: '3 Feb 2001' }],
        },
      ],
    }));
    expect(result.ok ? [] : result.problems.map(problemText)).toEqual([
      expect.stringContaining('expected a date written YYYY, YYYY-MM or YYYY-MM-DD'),
    ]);
  });
});
