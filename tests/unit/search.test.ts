import { describe, expect, it } from 'vitest';
import { parseCalendarDate, type CalendarDate } from '../../src/events/calendarDate.ts';
import type { TimelineEvent } from '../../src/events/model.ts';
import { filterChoices, filterEvents, normaliseText, type EventFilter } from '../../src/events/search.ts';

function date(iso: string): CalendarDate {
  const parsed = parseCalendarDate(iso);
  if (!parsed) throw new Error(`bad test date ${iso}`);
  return parsed;
}

const SOURCE = { id: 'src', publisher: 'Publisher' };

function event(id: string, fields: Partial<Omit<TimelineEvent, 'date' | 'end'>> & { date: string; end?: string }) {
  const { date: start, end, ...rest } = fields;
  return {
    id,
    title: `Title ${id}`,
    summary: 'Nothing else.',
    track: 'Other',
    actors: [],
    citations: [{ source: SOURCE, quote: 'Plain words.', checked: true }],
    documents: [],
    ...rest,
    date: date(start),
    ...(end && { end: date(end) }),
  } satisfies TimelineEvent;
}

const EVENTS: readonly TimelineEvent[] = [
  event('treaty', {
    date: '1972-05-25',
    title: 'Incidents at Sea agreement',
    track: 'Bilateral',
    actors: ['USA', 'USSR'],
  }),
  event('resolution', {
    date: '1998-12-04',
    title: 'Resolution adopted',
    track: 'UN General Assembly',
    actors: ['Russian Federation'],
    documents: [{ symbol: 'A/RES/53/70', url: 'https://undocs.org/A/RES/53/70' }],
    kind: 'resolution',
  }),
  event('group', {
    date: '2019-06',
    end: '2021-03',
    title: 'Open-ended Working Group meets',
    summary: 'Sessions in Genève and New York.',
    track: 'Working groups',
    actors: ['Côte d’Ivoire', 'Brazil'],
    kind: 'meeting',
  }),
  event('quote', {
    date: '2020',
    track: 'Statements',
    citations: [{ source: SOURCE, quote: 'A proposal on information security.', checked: true }],
  }),
];

const NONE: EventFilter = { q: '', track: [], actor: [], kind: [], from: null, to: null };
const ids = (filter: Partial<EventFilter>) => filterEvents(EVENTS, { ...NONE, ...filter }).map((found) => found.id);

describe('search', () => {
  it('ignores case and accents', () => {
    expect(normaliseText('Résolution CÔTE')).toBe('resolution cote');
    expect(ids({ q: 'geneve' })).toEqual(['group']);
    expect(ids({ q: 'GENÈVE' })).toEqual(['group']);
    expect(ids({ q: 'cote d’ivoire' })).toEqual(['group']);
  });

  it('finds document symbols as written, in any case', () => {
    expect(ids({ q: 'A/RES/53/70' })).toEqual(['resolution']);
    expect(ids({ q: 'a/res/53/70' })).toEqual(['resolution']);
    expect(ids({ q: '53/70' })).toEqual(['resolution']);
  });

  it('searches title, summary, track, actors and quotes', () => {
    expect(ids({ q: 'incidents' })).toEqual(['treaty']);
    expect(ids({ q: 'sessions' })).toEqual(['group']);
    expect(ids({ q: 'general assembly' })).toEqual(['resolution']);
    expect(ids({ q: 'ussr' })).toEqual(['treaty']);
    expect(ids({ q: 'information security' })).toEqual(['quote']);
  });

  it('needs every word, each anywhere in the event, and a blank query matches all', () => {
    expect(ids({ q: 'working brazil' })).toEqual(['group']);
    expect(ids({ q: 'working usa' })).toEqual([]);
    expect(ids({ q: '   ' })).toEqual(EVENTS.map((found) => found.id));
  });

  it('filters by any of the chosen tracks, actors and kinds', () => {
    expect(ids({ track: ['Bilateral', 'Statements'] })).toEqual(['treaty', 'quote']);
    expect(ids({ actor: ['Brazil', 'USA'] })).toEqual(['treaty', 'group']);
    expect(ids({ kind: ['meeting'] })).toEqual(['group']);
    expect(ids({ track: ['Bilateral'], actor: ['Brazil'] })).toEqual([]);
  });

  it('keeps events that reach into the years chosen, spans included', () => {
    expect(ids({ from: date('2020'), to: date('2020') })).toEqual(['group', 'quote']);
    expect(ids({ from: date('2021-04') })).toEqual([]);
    expect(ids({ to: date('1998-12-03') })).toEqual(['treaty']);
    expect(ids({ to: date('1998-12') })).toEqual(['treaty', 'resolution']);
  });

  it('lists the choices the data offers', () => {
    expect(filterChoices(EVENTS, ['Bilateral', 'Other'])).toEqual({
      tracks: ['Bilateral', 'Other'],
      actors: ['Brazil', 'Côte d’Ivoire', 'Russian Federation', 'USA', 'USSR'],
      kinds: ['meeting', 'resolution'],
      firstYear: 1972,
      lastYear: 2021,
    });
  });
});
