import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../src/events/calendarDate.ts';
import type { TimelineEvent } from '../../src/events/model.ts';
import {
  drawnAlone,
  fullWindow,
  groupingLevel,
  indexByTrack,
  marksFor,
  type View,
} from '../../src/timeline/density.ts';
import type { CountItem } from '../../src/timeline/items.ts';
import { validTimeline } from './fixtures.ts';

const DAY = 24 * 60 * 60 * 1000;

function event(id: string, iso: string, track = 'UN General Assembly'): TimelineEvent {
  const date = parseCalendarDate(iso);
  if (!date) throw new Error(`bad test date ${iso}`);
  return { id, date, title: `Event ${id}`, summary: 'A summary.', track, actors: [], citations: [], documents: [] };
}

const at = (iso: string) => parseCalendarDate(iso)!.start.getTime();

/** 1,000 px showing the year 2000: about 0.37 days per pixel. */
const YEAR_2000: View = { start: at('2000-01-01'), end: at('2001-01-01'), width: 1000 };

const counts = (items: readonly object[]) => items.filter((item): item is CountItem => 'count' in item);
const ids = (items: readonly { id?: unknown }[]) => items.map((item) => item.id);

describe('marksFor', () => {
  const index = indexByTrack([
    event('a', '2000-03-01'),
    event('b', '2000-03-02'),
    event('c', '2000-03-05'),
    event('alone', '2000-09-01'),
    event('other-track', '2000-03-01', 'Security Council'),
  ]);

  it('draws events that would overlap as one count, and the rest one by one', () => {
    const { items } = marksFor(index, YEAR_2000);
    expect(ids(items)).toEqual(expect.arrayContaining(['alone', 'other-track']));
    expect(items).toHaveLength(3);
    const [count] = counts(items);
    expect(count).toMatchObject({ content: '3 events', group: 'UN General Assembly', type: 'box' });
    expect(count?.count).toEqual({ size: 3, first: at('2000-03-01'), last: at('2000-03-05') });
  });

  it('splits a count once zoomed in far enough', () => {
    const march: View = { start: at('2000-03-01'), end: at('2000-03-08'), width: 2000 };
    expect(ids(marksFor(index, march).items)).toEqual(expect.arrayContaining(['a', 'b', 'c', 'other-track']));
    expect(counts(marksFor(index, march).items)).toEqual([]);
  });

  it('gives the same marks when panning at the same zoom, so nothing is added or removed', () => {
    const panned = { ...YEAR_2000, start: YEAR_2000.start + 20 * DAY, end: YEAR_2000.end + 20 * DAY };
    expect(groupingLevel(panned)).toBe(groupingLevel(YEAR_2000));
    expect(ids(marksFor(index, panned).items).sort()).toEqual(ids(marksFor(index, YEAR_2000).items).sort());
  });

  it('leaves out events more than a window away, and shows each event of the stretch it covers once', () => {
    const daily = Array.from({ length: 60 }, (_, day) =>
      event(`d${day}`, new Date(Date.UTC(1990, 0, day + 1)).toISOString().slice(0, 10)),
    );
    const view: View = { start: at('1990-02-15'), end: at('1990-03-15'), width: 100 };
    const marks = marksFor(indexByTrack([...daily, event('far', '2010-06-01')]), view);
    expect(ids(marks.items)).not.toContain('far');
    expect(marks.from).toBeLessThanOrEqual(view.start - (view.end - view.start));
    const shown =
      counts(marks.items).reduce((sum, count) => sum + count.count.size, 0) +
      marks.items.filter((item) => !('count' in item)).length;
    expect(shown).toBe(daily.filter((day) => day.date.start.getTime() >= marks.from).length);
    expect(counts(marks.items).length).toBeGreaterThan(1);
  });
});

describe('fullWindow', () => {
  const [yearEvent, dayEvent] = validTimeline().events;

  it('spans from the first start to the last end, with the margin on each side', () => {
    const start = new Date(1972, 0, 1).getTime();
    const end = new Date(1998, 11, 4).getTime();
    const padding = (end - start) * 0.1;
    expect(fullWindow(indexByTrack([dayEvent!, yearEvent!]), { margin: 0.1 })).toEqual({
      start: start - padding,
      end: end + padding,
    });
  });

  it('ends after the whole of a period, not at its start', () => {
    const { end } = fullWindow(indexByTrack([yearEvent!]), { margin: 0 });
    expect(end).toBe(new Date(1972, 11, 31, 23, 59, 59, 999).getTime() + 24 * 60 * 60 * 1000);
  });
});

describe('drawnAlone', () => {
  const events = [
    event('a', '2000-03-01'),
    event('b', '2000-03-02'),
    event('c', '2000-03-05'),
    event('d', '2000-05-20'),
    event('alone', '2000-09-01'),
    event('other-track', '2000-03-01', 'Security Council'),
  ];
  const index = indexByTrack(events);

  it('tells, without grouping, which events marksFor draws as boxes of their own, at each of four zooms', () => {
    const views: View[] = [500, 1000, 2000, 20000].map((width) => ({ ...YEAR_2000, width }));
    const answers = views.map((view) => {
      const drawn = ids(marksFor(index, view).items);
      return events.map((candidate) => drawnAlone(index, candidate.id, view) === drawn.includes(candidate.id));
    });
    expect(answers.flat().every(Boolean)).toBe(true);
    // The views do differ: the wider the drawing, the more events have a box of their own.
    const alone = (width: number) =>
      events.filter((candidate) => drawnAlone(index, candidate.id, { ...YEAR_2000, width })).map(({ id }) => id);
    expect(alone(500)).toEqual(['alone', 'other-track']);
    expect(alone(20000)).toEqual(['a', 'd', 'alone', 'other-track']);
  });

  it('is false for an event the index does not hold', () => {
    expect(drawnAlone(index, 'missing', YEAR_2000)).toBe(false);
  });
});
