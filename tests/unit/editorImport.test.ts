import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/editor/check.ts';
import { fileStart } from '../../src/editor/startingPoints.ts';
import { problemCount } from '../../src/editor/fieldProblems.ts';

function fixtureFile(path: string): File {
  return new File([readFileSync(path)], path.split('/').at(-1) ?? path);
}

const FIRST_EIGHT_TEXTS = readdirSync('tests/fixtures/first-eight/sources').map((name) =>
  fixtureFile(join('tests/fixtures/first-eight/sources', name)),
);

describe('opening a file in the editor (fileStart)', () => {
  it('opens a TimelineJS file with the events that need a citation marked', async () => {
    const start = await fileStart([fixtureFile('tests/fixtures/timelinejs/timeline.json')]);
    if (start instanceof Error) throw start;
    const check = checkDraft(start.draft);
    const counts = start.draft.events.map((event) => problemCount(check.events.get(event.key)));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((count) => count > 0)).toBe(true);
    expect(start.notes.some((note) => note.includes('TimelineJS has no citations'))).toBe(true);
  });

  it('opens a spreadsheet with the source texts chosen beside it, so its quotes are checked', async () => {
    const start = await fileStart([fixtureFile('tests/fixtures/editor/first-eight.csv'), ...FIRST_EIGHT_TEXTS]);
    if (start instanceof Error) throw start;
    expect(start.draft.details.title).toBe('first-eight');
    expect(start.draft.events).toHaveLength(8);
    expect(start.draft.sources.every((source) => source.text !== undefined)).toBe(true);
    expect(checkDraft(start.draft).ok).toBe(true);
  });

  it('refuses, in words, what is not an events file, and a choice of two events files', async () => {
    const notEvents = await fileStart([new File(['{"items": []}'], 'list.json')]);
    expect(notEvents instanceof Error && notEvents.message).toBe(
      'list.json: not an events file or a TimelineJS file; expected a JSON object with a list "events"',
    );
    const broken = await fileStart([new File(['{"events": ['], 'broken.json')]);
    expect(broken instanceof Error && broken.message).toMatch(/^broken\.json: not valid JSON/);
    const two = await fileStart([new File(['{}'], 'a.json'), new File(['id'], 'b.csv')]);
    expect(two instanceof Error && two.message).toBe(
      '2 events files were given; expected one .json or .csv file (with any .txt source texts)',
    );
  });
});
