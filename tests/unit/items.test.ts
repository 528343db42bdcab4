import { describe, expect, it } from 'vitest';
import { itemRenderer, renderGroup, toTimelineItem } from '../../src/timeline/items.ts';
import { formatVisibleRange } from '../../src/timeline/visibleRange.ts';
import { validTimeline } from './fixtures.ts';
import { ENGLISH } from '../../src/i18n/translator.ts';

const renderItem = itemRenderer(ENGLISH.t);

describe('timeline items', () => {
  const [yearEvent, dayEvent] = validTimeline().events;

  it('draws a day-precise event as a box on its track', () => {
    expect(toTimelineItem(dayEvent!)).toEqual({
      id: 'second',
      group: 'UN General Assembly',
      start: new Date(1998, 11, 4),
      content: 'Resolution adopted',
      type: 'box',
    });
  });

  it('draws a year-precise event as a bar over the whole year', () => {
    const item = toTimelineItem(yearEvent!);
    expect(item.type).toBe('range');
    expect(item.start).toEqual(new Date(1972, 0, 1));
    expect(item.end).toEqual(new Date(1972, 11, 31, 23, 59, 59, 999));
  });

  it('renders item and track labels as text, never as HTML', () => {
    const payload = '<img src=x onerror="window.pwned=1">';
    const button = renderItem({ id: 'x', start: new Date(), content: payload });
    expect(button.tagName).toBe('BUTTON');
    expect(button.textContent).toBe(payload);
    expect(button.children).toHaveLength(0);
    expect(button.dataset.eventId).toBe('x');
    const label = renderGroup({ id: 't', content: payload });
    expect(label.textContent).toBe(payload);
    expect(label.children).toHaveLength(0);
  });
});

describe('formatVisibleRange', () => {
  it('uses years, months or days depending on the zoom', () => {
    expect(formatVisibleRange(new Date(1965, 0, 1), new Date(2027, 5, 1))).toBe('1965 – 2027');
    expect(formatVisibleRange(new Date(1998, 2, 1), new Date(1999, 0, 1))).toBe('Mar 1998 – Jan 1999');
    expect(formatVisibleRange(new Date(1998, 11, 1), new Date(1998, 11, 9))).toBe('1 Dec 1998 – 9 Dec 1998');
  });
});
