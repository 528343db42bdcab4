import { describe, expect, it } from 'vitest';
import { eventsJsonSchema } from '../../src/events/jsonSchema.ts';
import { problemText } from '../../src/events/problemsInEnglish.ts';
import { validateEventsFile } from '../../src/events/validate.ts';
import { readFixtureText, validFile } from './fixtures.ts';

type File = ReturnType<typeof validFile>;

/** Validates the valid fixture with its events changed, returning the problems as `path: message` lines. */
function problemsWith(change: (events: Record<string, unknown>[]) => void): string[] {
  const file: File = validFile();
  const events = file.events.map((event) => ({ ...event })) as Record<string, unknown>[];
  change(events);
  const result = validateEventsFile({ ...file, events }, readFixtureText);
  return result.ok ? [] : result.problems.map(problemText);
}

describe('kind of event', () => {
  it('accepts each of the six kinds', () => {
    for (const kind of ['resolution', 'report', 'treaty', 'statement', 'meeting', 'proposal']) {
      expect(problemsWith((events) => (events[0]!.kind = kind))).toEqual([]);
    }
  });

  it('reports an unknown kind, naming it and listing the kinds allowed', () => {
    expect(problemsWith((events) => (events[0]!.kind = 'convention'))).toEqual([
      'event 1, id “second”, kind: unknown kind "convention"; expected one of "resolution", "report", "treaty", ' +
        '"statement", "meeting", "proposal"',
    ]);
  });

  it('describes every kind in the JSON Schema', () => {
    const schema = JSON.stringify(eventsJsonSchema());
    expect(schema).toContain('\\"treaty\\": A treaty or convention');
    expect(schema).toContain('\\"proposal\\": A proposal or draft');
  });
});

describe('related events', () => {
  it('links related events by id, with their titles, in the order written', () => {
    const file = validFile();
    const events = [{ ...file.events[0]!, related: ['first'] }, file.events[1]!];
    const result = validateEventsFile({ ...file, events }, readFixtureText);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const second = result.timeline.events.find((event) => event.id === 'second');
    expect(second?.related).toEqual([{ id: 'first', title: 'Agreement signed' }]);
    expect(result.timeline.events.find((event) => event.id === 'first')?.related).toBeUndefined();
  });

  it('reports an id that is not an event of the file, naming the event and the id', () => {
    expect(problemsWith((events) => (events[1]!.related = ['second', 'unga-res-99-1']))).toEqual([
      'event 2, id “first”, item of related 2: "unga-res-99-1" is not the id of any event in this file',
    ]);
  });

  it('reports an event that lists itself', () => {
    expect(problemsWith((events) => (events[0]!.related = ['second']))).toEqual([
      'event 1, id “second”, item of related 1: "second" is this event\'s own id; list other events only',
    ]);
  });
});
