import { act, fireEvent, render, screen } from '@testing-library/react';
import { DataSet } from 'vis-data/esnext';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCalendarDate } from '../../src/events/calendarDate.ts';
import type { TimelineEvent } from '../../src/events/model.ts';
import { I18nProvider } from '../../src/i18n/I18nProvider.tsx';
import { ENGLISH, loadTranslator } from '../../src/i18n/translator.ts';
import { TimelineView, type TimelineViewProps } from '../../src/timeline/TimelineView.tsx';

/** A vis stand-in: records its window and how often it was built; it draws nothing. */
const vis = vi.hoisted(() => {
  const state = {
    created: 0,
    destroyed: 0,
    windowSets: 0,
    fits: 0,
    options: [] as { rtl?: boolean; format?: unknown }[],
    optionChanges: [] as { format?: unknown }[],
    windows: [] as { start: Date; end: Date }[],
  };
  const noop = () => undefined;
  class FakeTimeline {
    private window = { start: new Date(1990, 0, 1), end: new Date(2010, 0, 1) };
    constructor(_container: unknown, _items: unknown, _groups: unknown, options: { rtl?: boolean }) {
      state.created += 1;
      state.options.push(options);
    }
    setOptions(options: { format?: unknown }) {
      state.optionChanges.push(options);
    }
    on = noop;
    off = noop;
    setSelection = noop;
    moveTo = noop;
    zoomIn = noop;
    zoomOut = noop;
    destroy() {
      state.destroyed += 1;
    }
    fit() {
      state.fits += 1;
    }
    getWindow() {
      return this.window;
    }
    setWindow(start: number | Date, end: number | Date) {
      state.windowSets += 1;
      this.window = { start: new Date(start), end: new Date(end) };
      state.windows.push(this.window);
    }
  }
  return { state, FakeTimeline };
});

vi.mock('vis-timeline/esnext', () => ({ Timeline: vis.FakeTimeline }));

function event(id: string, iso: string, track = 'UN General Assembly'): TimelineEvent {
  const date = parseCalendarDate(iso);
  if (!date) throw new Error(`bad test date ${iso}`);
  return { id, date, title: `Event ${id}`, summary: 'A summary.', track, actors: [], citations: [], documents: [] };
}

const EVENTS = [event('a', '1995-03-01'), event('b', '2000-06-01', 'Security Council'), event('c', '2005-09-01')];
const TRACKS = ['UN General Assembly', 'Security Council'];

function props(events: readonly TimelineEvent[], extra: Partial<TimelineViewProps> = {}): TimelineViewProps {
  return { events, tracks: TRACKS, selectedId: null, onSelect: () => undefined, label: 'Timeline: test', ...extra };
}

describe('TimelineView with a changing list of shown events', () => {
  beforeEach(() =>
    Object.assign(vis.state, {
      created: 0,
      destroyed: 0,
      windowSets: 0,
      fits: 0,
      options: [],
      optionChanges: [],
      windows: [],
    }),
  );
  const spyOnDataSets = () => ({
    add: vi.spyOn(DataSet.prototype, 'add'),
    remove: vi.spyOn(DataSet.prototype, 'remove'),
    clear: vi.spyOn(DataSet.prototype, 'clear'),
  });
  afterEach(() => vi.restoreAllMocks());

  it('builds vis once, and feeds a filtered list by removing and adding items, never clearing', () => {
    const { add, remove, clear } = spyOnDataSets();
    const { rerender, unmount } = render(<TimelineView {...props(EVENTS)} />);
    expect(vis.state.created).toBe(1);
    const moves = vis.state.windowSets + vis.state.fits;
    add.mockClear();

    rerender(<TimelineView {...props([EVENTS[0]!, EVENTS[2]!])} />);
    expect(remove).toHaveBeenCalledExactlyOnceWith(['b']);
    expect(add).not.toHaveBeenCalled();

    rerender(<TimelineView {...props(EVENTS)} />);
    expect(add).toHaveBeenCalledExactlyOnceWith([expect.objectContaining({ id: 'b', content: 'Event b' })]);
    expect(clear).not.toHaveBeenCalled();
    expect(vis.state.created).toBe(1);
    // The window stays where the reader left it.
    expect(vis.state.windowSets + vis.state.fits).toBe(moves);
    unmount();
    expect(vis.state.destroyed).toBe(1);
  });

  it('switches to the compact layout and back when the shown list crosses the threshold, on the same vis', () => {
    const { clear } = spyOnDataSets();
    const many = Array.from({ length: 30 }, (_, day) =>
      event(`d${day}`, `2000-01-${String(day + 1).padStart(2, '0')}`),
    );
    const { rerender, container } = render(<TimelineView {...props(many.slice(0, 3))} />);
    expect(container.querySelector('.timeline-view-compact')).toBeNull();
    rerender(<TimelineView {...props(many)} />);
    expect(container.querySelector('.timeline-view-compact')).not.toBeNull();
    rerender(<TimelineView {...props(many.slice(0, 3))} />);
    expect(container.querySelector('.timeline-view-compact')).toBeNull();
    expect(vis.state.created).toBe(1);
    expect(clear).not.toHaveBeenCalled();
  });

  it('walks only the shown events with the arrow keys', () => {
    const { rerender } = render(<TimelineView {...props(EVENTS)} />);
    rerender(<TimelineView {...props([EVENTS[0]!, EVENTS[2]!])} />);
    const timeline = screen.getByRole('application', { name: 'Timeline: test' });
    act(() => timeline.focus());
    fireEvent.keyDown(timeline, { key: 'Home' });
    expect(screen.getByText(/^Event a, 1 March 1995\. Event 1 of 2\.$/)).toBeInTheDocument();
    fireEvent.keyDown(timeline, { key: 'ArrowRight' });
    expect(screen.getByText(/^Event c, 1 September 2005\. Event 2 of 2\.$/)).toBeInTheDocument();
  });

  it('opens on the window it is given, once, instead of fitting the events', () => {
    const initialWindow = { start: new Date(1999, 0, 1), end: new Date(2001, 0, 1) };
    const { rerender } = render(<TimelineView {...props(EVENTS, { initialWindow })} />);
    expect(vis.state.fits).toBe(0);
    expect(vis.state.windowSets).toBe(1);
    rerender(
      <TimelineView
        {...props(EVENTS, { initialWindow: { start: new Date(1950, 0, 1), end: new Date(2020, 0, 1) } })}
      />,
    );
    expect(vis.state.windowSets).toBe(1);
    expect(vis.state.created).toBe(1);
  });
});

describe('TimelineView in another language', () => {
  beforeEach(() =>
    Object.assign(vis.state, {
      created: 0,
      destroyed: 0,
      windowSets: 0,
      fits: 0,
      options: [],
      optionChanges: [],
      windows: [],
    }),
  );

  it('rebuilds vis for a new language, with its axis labels, and right to left for Arabic, keeping the window', async () => {
    const [french, arabic] = await Promise.all([loadTranslator('fr'), loadTranslator('ar')]);
    const { rerender } = render(
      <I18nProvider translator={ENGLISH}>
        <TimelineView {...props(EVENTS)} />
      </I18nProvider>,
    );
    expect(vis.state.options[0]?.rtl).toBe(false);
    // English keeps vis's own axis labels.
    expect(vis.state.options[0]?.format).toBeUndefined();

    rerender(
      <I18nProvider translator={french}>
        <TimelineView {...props(EVENTS)} />
      </I18nProvider>,
    );
    expect(vis.state.created).toBe(2);
    const { minorLabels } = vis.state.options.at(-1)?.format as {
      minorLabels: (date: Date, scale: string) => string;
    };
    expect(minorLabels(new Date(1998, 11, 4), 'month')).toBe('déc.');

    // The window vis was last given, or (fitted) the fake's own.
    const before = vis.state.windows.at(-1) ?? { start: new Date(1990, 0, 1), end: new Date(2010, 0, 1) };
    rerender(
      <I18nProvider translator={arabic}>
        <TimelineView {...props(EVENTS)} />
      </I18nProvider>,
    );
    expect(vis.state.destroyed).toBe(2);
    expect(vis.state.created).toBe(3);
    expect(vis.state.options.at(-1)?.rtl).toBe(true);
    // The rebuilt vis opens where the reader was.
    expect(vis.state.windows.at(-1)).toEqual(before);
  });

  it('walks back in time with → right to left', async () => {
    const arabic = await loadTranslator('ar');
    render(
      <I18nProvider translator={arabic}>
        <TimelineView {...props(EVENTS)} />
      </I18nProvider>,
    );
    const timeline = screen.getByRole('application', { name: 'Timeline: test' });
    act(() => timeline.focus());
    fireEvent.keyDown(timeline, { key: 'End' });
    fireEvent.keyDown(timeline, { key: 'ArrowRight' });
    expect(screen.getByText(/^Event b، 1 يونيو 2000\. الحدث 2 من 3\.$/)).toBeInTheDocument();
  });
});
