import { describe, expect, it } from 'vitest';
import type { DataItem, IdType } from 'vis-timeline/esnext';
import { parseCalendarDate } from '../../src/events/calendarDate.ts';
import type { TimelineEvent } from '../../src/events/model.ts';
import type { View } from '../../src/timeline/density.ts';
import { diffById, ItemFeed, sameItem, type ItemSink } from '../../src/timeline/itemFeed.ts';

function event(id: string, iso: string, title = `Event ${id}`, track = 'UN General Assembly'): TimelineEvent {
  const date = parseCalendarDate(iso);
  if (!date) throw new Error(`bad test date ${iso}`);
  return { id, date, title, summary: 'A summary.', track, actors: [], citations: [], documents: [] };
}

/** A DataSet stand-in that records each call and holds what it was given. */
class RecordingSink implements ItemSink<DataItem> {
  readonly calls: { method: 'add' | 'update' | 'remove'; ids: IdType[] }[] = [];
  readonly held = new Map<IdType, DataItem>();
  add(items: DataItem[]) {
    this.calls.push({ method: 'add', ids: items.map((item) => item.id!) });
    for (const item of items) this.held.set(item.id!, item);
  }
  update(items: DataItem[]) {
    this.calls.push({ method: 'update', ids: items.map((item) => item.id!) });
    for (const item of items) this.held.set(item.id!, item);
  }
  remove(ids: IdType[]) {
    this.calls.push({ method: 'remove', ids });
    for (const id of ids) this.held.delete(id);
  }
}

const at = (iso: string) => parseCalendarDate(iso)!.start.getTime();
const VIEW: View = { start: at('1990'), end: at('2011'), width: 1000 };
const GROUPING = { boxWidth: 220 };

describe('diffById', () => {
  it('adds the new, updates the changed, removes the gone, and leaves the same alone', () => {
    const current = new Map<IdType, { id: string; text: string }>([
      ['kept', { id: 'kept', text: 'a' }],
      ['changed', { id: 'changed', text: 'b' }],
      ['gone', { id: 'gone', text: 'c' }],
    ]);
    const wanted = [
      { id: 'kept', text: 'a' },
      { id: 'changed', text: 'B' },
      { id: 'new', text: 'd' },
    ];
    const diff = diffById(current, wanted, (a, b) => a.text === b.text);
    expect(diff).toEqual({
      added: [{ id: 'new', text: 'd' }],
      updated: [{ id: 'changed', text: 'B' }],
      removed: ['gone'],
    });
  });
});

describe('ItemFeed', () => {
  const events = [event('a', '1995-03-01'), event('b', '2000-06-01'), event('c', '2005-09-01')];

  it('adds every event of a short list once, and nothing when the same list comes again', () => {
    const sink = new RecordingSink();
    const feed = new ItemFeed(sink, GROUPING);
    expect(feed.show(events, VIEW)).toBe(true);
    expect(sink.calls).toEqual([{ method: 'add', ids: ['a', 'b', 'c'] }]);
    expect(feed.show([...events], VIEW)).toBe(false);
    expect(sink.calls).toHaveLength(1);
  });

  it('removes only the events a filter hides, and adds them back when it is cleared', () => {
    const sink = new RecordingSink();
    const feed = new ItemFeed(sink, GROUPING);
    feed.show(events, VIEW);
    feed.show([events[0]!, events[2]!], VIEW);
    expect(sink.calls.at(-1)).toEqual({ method: 'remove', ids: ['b'] });
    expect([...sink.held.keys()]).toEqual(['a', 'c']);
    feed.show(events, VIEW);
    expect(sink.calls.at(-1)).toEqual({ method: 'add', ids: ['b'] });
    expect(sink.calls).toHaveLength(3);
  });

  it('updates an event whose title or date changed, in place', () => {
    const sink = new RecordingSink();
    const feed = new ItemFeed(sink, GROUPING);
    feed.show(events, VIEW);
    feed.show([events[0]!, event('b', '2000-06-01', 'Renamed'), event('c', '2006-01-01')], VIEW);
    expect(sink.calls.at(-1)).toEqual({ method: 'update', ids: ['b', 'c'] });
    expect(sink.held.get('b')?.content).toBe('Renamed');
  });

  it('switches to counts when the shown list grows past the compact threshold, and back by diff', () => {
    const sink = new RecordingSink();
    const feed = new ItemFeed(sink, GROUPING);
    // 30 events a day apart: over 20 years on 1000 px they share a bin, so they are one count.
    const many = Array.from({ length: 30 }, (_, day) =>
      event(`d${day}`, `2000-01-${String(day + 1).padStart(2, '0')}`),
    );
    feed.show(many.slice(0, 3), VIEW);
    expect([...sink.held.keys()]).toEqual(['d0', 'd1', 'd2']);
    feed.show(many, VIEW);
    const [count] = [...sink.held.values()];
    expect(sink.held.size).toBe(1);
    expect(count?.content).toBe('30 events');
    expect(feed.countOf(count!.id!)).toEqual({ size: 30, first: at('2000-01-01'), last: at('2000-01-30') });
    expect(feed.draws('d0')).toBe(false);
    feed.show(many.slice(0, 3), VIEW);
    expect([...sink.held.keys()]).toEqual(['d0', 'd1', 'd2']);
    expect(feed.countOf(count!.id!)).toBeUndefined();
  });

  it('regroups a long list as the window moves, and leaves it alone while a pan stays inside the grouped stretch', () => {
    const sink = new RecordingSink();
    const feed = new ItemFeed(sink, GROUPING);
    const many = Array.from({ length: 30 }, (_, day) =>
      event(`d${day}`, `2000-01-${String(day + 1).padStart(2, '0')}`),
    );
    feed.show(many, VIEW);
    const calls = sink.calls.length;
    const shift = 24 * 60 * 60 * 1000;
    expect(feed.follow({ ...VIEW, start: VIEW.start + shift, end: VIEW.end + shift })).toBe(false);
    expect(sink.calls).toHaveLength(calls);
    // One day on 1000 px: bins are a fraction of a day, so the events near the window have boxes of their own.
    expect(feed.follow({ start: at('2000-01-01'), end: at('2000-01-02'), width: 1000 })).toBe(true);
    expect([...sink.held.values()].filter((item) => item.className === 'is-count')).toEqual([]);
    expect(sink.held.size).toBeGreaterThan(1);
    expect(feed.draws('d0')).toBe(true);
  });

  it('never follows the window with a short list: it is drawn whole', () => {
    const sink = new RecordingSink();
    const feed = new ItemFeed(sink, GROUPING);
    feed.show(events, VIEW);
    expect(feed.follow({ start: at('2000'), end: at('2001'), width: 500 })).toBe(false);
    expect(sink.calls).toHaveLength(1);
  });
});

describe('sameItem', () => {
  it('tells apart items that differ in what vis draws', () => {
    const item: DataItem = { id: 'a', group: 't', start: new Date(2000, 0, 1), content: 'A', type: 'box' };
    expect(sameItem(item, { ...item, start: new Date(2000, 0, 1) })).toBe(true);
    expect(sameItem(item, { ...item, start: new Date(2000, 0, 2) })).toBe(false);
    expect(sameItem(item, { ...item, group: 'u' })).toBe(false);
    expect(sameItem(item, { ...item, type: 'range', end: new Date(2000, 1, 1) })).toBe(false);
  });
});
