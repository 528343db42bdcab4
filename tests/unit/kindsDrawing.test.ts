import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../src/events/calendarDate.ts';
import type { TimelineEvent } from '../../src/events/model.ts';
import { indexByTrack, marksFor } from '../../src/timeline/density.ts';
import { itemRenderer, toCompactItem, toTimelineItem } from '../../src/timeline/items.ts';
import { ENGLISH } from '../../src/i18n/translator.ts';

const renderItem = itemRenderer(ENGLISH.t);

const date = (iso: string) => parseCalendarDate(iso)!;

function event(id: string, iso: string, more: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    date: date(iso),
    title: `Event ${id}`,
    summary: 'A summary.',
    track: 'Expert and working groups',
    actors: [],
    citations: [],
    documents: [],
    ...more,
  };
}

const mandate = event('oewg', '2021-06-01', { end: date('2025-07-11'), kind: 'meeting' });

describe('kinds on timeline items', () => {
  it('puts the kind’s shape, named for screen readers, before the label, which stays plain text', () => {
    const button = renderItem(toTimelineItem(event('res', '1998-12-04', { kind: 'resolution' })));
    const shape = button.querySelector('svg.kind-shape');
    expect(shape?.getAttribute('role')).toBe('img');
    expect(shape?.getAttribute('aria-label')).toBe('Resolution');
    expect(button.firstChild).toBe(shape);
    expect(button.textContent).toBe('Event res');
    expect(button.title).toBe('Event res');
  });

  it('gives each kind its own shape', () => {
    const kinds = ['resolution', 'report', 'treaty', 'statement', 'meeting', 'proposal'] as const;
    const paths = kinds.map((kind) =>
      renderItem(toTimelineItem(event(kind, '2000', { kind })))
        .querySelector('path')
        ?.getAttribute('d'),
    );
    expect(new Set(paths).size).toBe(kinds.length);
  });

  it('draws an event without a kind with no shape', () => {
    expect(renderItem(toTimelineItem(event('plain', '2000-01-01'))).querySelector('svg')).toBeNull();
  });

  it('keeps the kind when a short span becomes a box in the compact layout', () => {
    const summit = event('summit', '2003-12-10', { end: date('2003-12-12'), kind: 'meeting' });
    const item = toCompactItem(summit);
    expect(item).toMatchObject({ type: 'box', kind: 'meeting' });
    expect(item.className).toBeUndefined();
  });
});

describe('periods', () => {
  it('draws a span of more than half a year as a band over its dates; in a long list, a box at its start', () => {
    const item = toTimelineItem(mandate);
    expect(item).toMatchObject({ type: 'range', className: 'is-period', start: date('2021-06-01').start });
    expect(item.end).toEqual(new Date(2025, 6, 11, 23, 59, 59, 999));
    expect(toCompactItem(mandate)).toMatchObject({
      type: 'box',
      className: 'is-period-start',
      start: date('2021-06-01').start,
    });
    const tenMonths = event('gge', '2012-08', { end: date('2013-06') });
    expect(toTimelineItem(tenMonths)).toMatchObject({ type: 'range', className: 'is-period' });
  });

  it('does not call a month-precise date or a summit of days a period', () => {
    expect(toTimelineItem(event('month', '2022-07')).className).toBeUndefined();
    expect(toTimelineItem(event('days', '2025-10-25', { end: date('2025-10-26') })).className).toBeUndefined();
  });

  it('draws a long list’s period as a band behind its track, even where it starts before the window', () => {
    const reports = ['2022-07-10', '2022-07-11', '2022-07-12'].map((iso, n) => event(`apr-${n}`, iso));
    const index = indexByTrack([mandate, ...reports]);
    const window = { start: date('2022-06-01').start.getTime(), end: date('2022-09-01').start.getTime(), width: 300 };
    const { items } = marksFor(index, window);
    expect(items.find((item) => item.id === 'band:oewg')).toMatchObject({
      type: 'background',
      className: 'is-period-band',
      start: date('2021-06-01').start,
    });
    // The band takes no row; the reports are counted, and the period's own box is outside this window.
    expect(items.filter((item) => item.type !== 'background').map((item) => item.content)).toEqual(['3 events']);
  });

  it('draws periods that overlap on a track as one band, and periods that only follow each other apart', () => {
    const second = event('oewg-2', '2024-01-01', { end: date('2026-12-31'), kind: 'meeting' });
    const later = event('oewg-3', '2027-01-01', { end: date('2028-12-31'), kind: 'meeting' });
    const index = indexByTrack([mandate, second, later]);
    const window = { start: date('2020').start.getTime(), end: date('2030').start.getTime(), width: 300 };
    const bands = marksFor(index, window).items.filter((item) => item.type === 'background');
    expect(bands.map(({ id, start, end }) => ({ id, start, end }))).toEqual([
      { id: 'band:oewg', start: date('2021-06-01').start, end: new Date(2026, 11, 31, 23, 59, 59, 999) },
      { id: 'band:oewg-3', start: date('2027-01-01').start, end: new Date(2028, 11, 31, 23, 59, 59, 999) },
    ]);
  });
});
