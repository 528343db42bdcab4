import {
  useEffect,
  useEffectEvent,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataGroup, type DataItem, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { formatCalendarDate } from '../events/calendarDate.ts';
import type { TimelineEvent } from '../events/model.ts';
import {
  DENSE_ABOVE,
  fullWindow,
  groupingLevel,
  indexByTrack,
  marksFor,
  windowRevealing,
  type Marks,
} from './density.ts';
import { windowShowingAll, type ItemExtent } from './fitWindow.ts';
import { renderGroup, renderItem, toTimelineGroup, toTimelineItem } from './items.ts';
import { useWheelHint, zoomModifierLabel } from './gestures.ts';
import { commandForKey } from './keyboard.ts';
import { StaticFirstView } from './StaticFirstView.tsx';
import { formatVisibleRange } from './visibleRange.ts';
import './timeline.css';

export interface TimelineViewProps {
  readonly events: readonly TimelineEvent[];
  readonly tracks: readonly string[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  /** Accessible name of the timeline region. */
  readonly label: string;
  /** Shows the static first view (prerendered into the page's HTML) until vis-timeline has drawn. */
  readonly staticFirstView?: boolean;
  readonly ref?: Ref<TimelineHandle>;
}

export interface TimelineHandle {
  /** Puts keyboard focus back on the timeline with this event active, e.g. when its card closes. */
  focusEvent(id: string): void;
  /** Puts keyboard focus on the timeline, where the keys walk the events (the skip link). */
  focus(): void;
  /** Where the event's box is drawn now, or the canvas when the box is out of the window. */
  eventRect(id: string): DOMRect | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const ZOOM_STEP = 0.5;

const BASE_OPTIONS: TimelineOptions = {
  template: renderItem,
  groupTemplate: renderGroup,
  orientation: { axis: 'top', item: 'top' },
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  zoomMin: 7 * DAY_MS,
  zoomMax: 200 * 365 * DAY_MS,
  margin: { item: { horizontal: 4, vertical: 8 } },
  // Cooperative gestures, as embedded maps do: a plain wheel scrolls the page (or the host page
  // around a frame), so a reader scrolling past is never trapped; Ctrl + wheel (and a trackpad
  // pinch, which browsers send as Ctrl + wheel) zooms. ⌘ + wheel is turned into Ctrl + wheel below.
  zoomKey: 'ctrlKey',
  horizontalScroll: false,
  verticalScroll: false,
};

/** Moves animate unless the user asked the system for reduced motion. */
function animation() {
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return { animation: !reduced };
}

interface Vis {
  readonly timeline: Timeline;
  readonly items: DataSet<DataItem, 'id'>;
  readonly groups: DataSet<DataGroup, 'id'>;
}

/** Owns one vis-timeline instance: created on mount, fed by props, destroyed on unmount. */
export function TimelineView({
  events,
  tracks,
  selectedId,
  onSelect,
  label,
  staticFirstView = false,
  ref,
}: TimelineViewProps) {
  const regionRef = useRef<HTMLElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const staticViewRef = useRef<HTMLDivElement>(null);
  const visRef = useRef<Vis | null>(null);
  const instructionsId = useId();
  const dense = isDense(events);
  const densityIndex = useMemo(() => (dense ? indexByTrack(events) : null), [dense, events]);
  const [visibleRange, setVisibleRange] = useState('');
  const [drawn, setDrawn] = useState(false);
  // The event the keys act on: highlighted, announced, opened by Enter. Follows the open card.
  const [activeId, setActiveId] = useState<string | null>(selectedId);
  const [announcement, setAnnouncement] = useState('');
  const wheelHint = useWheelHint(containerRef);
  const zoomModifier = useSyncExternalStore(noChanges, platformZoomModifier, () => zoomModifierLabel(''));
  const [previousSelectedId, setPreviousSelectedId] = useState(selectedId);
  // The event focus returned to when its card closed: it stays highlighted, where the reader left it.
  const [returnedTo, setReturnedTo] = useState<string | null>(null);
  if (selectedId !== previousSelectedId) {
    setPreviousSelectedId(selectedId);
    setReturnedTo(null);
    if (selectedId) setActiveId(selectedId);
    // Closed some other way (an address with an unknown event, Back): no card, no highlight.
    else if (returnedTo !== previousSelectedId) setActiveId(null);
  }

  useImperativeHandle(ref, () => ({
    focusEvent(id) {
      setActiveId(id);
      setReturnedTo(id);
      regionRef.current?.focus();
    },
    focus() {
      regionRef.current?.focus();
    },
    eventRect(id) {
      const button = containerRef.current?.querySelector(`[data-event-id="${CSS.escape(id)}"]`);
      return (button?.closest('.vis-item') ?? containerRef.current)?.getBoundingClientRect() ?? null;
    },
  }));

  const activate = (index: number) => {
    const event = events[index];
    const vis = visRef.current;
    if (!event || !vis) return;
    setActiveId(event.id);
    setAnnouncement(`${event.title}, ${describeDate(event)}. Event ${index + 1} of ${events.length}.`);
    // With a card open, the card follows; otherwise only the highlight moves until Enter.
    if (selectedId) onSelect(event.id);
    else vis.timeline.setSelection([event.id]);
    if (!isInWindow(vis.timeline, event.date.start)) vis.timeline.moveTo(event.date.start, animation());
  };

  const zoom = (direction: 'in' | 'out' | 'fit') => {
    const timeline = visRef.current?.timeline;
    if (!timeline) return;
    const move = animation();
    if (direction === 'in') timeline.zoomIn(ZOOM_STEP, move);
    else if (direction === 'out') timeline.zoomOut(ZOOM_STEP, move);
    else showAll(move);
    // Without animation the window is final now, but vis sends 'rangechanged' only 200 ms later.
    if (!move.animation) {
      const { start, end } = timeline.getWindow();
      setVisibleRange(formatVisibleRange(start, end));
    }
  };

  const showAll = (move: { animation: boolean }) => {
    const timeline = visRef.current?.timeline;
    if (!timeline) return;
    const shown = densityIndex
      ? fullWindow(densityIndex, edgeRoom(containerRef.current))
      : fitBoxes(containerRef.current, events);
    if (shown) timeline.setWindow(shown.start, shown.end, move);
    else timeline.fit(move);
  };

  // Keys are the timeline's only while it has focus (the toolbar's buttons keep theirs).
  const onKeyDown = (keyEvent: KeyboardEvent<HTMLElement>) => {
    const timeline = visRef.current?.timeline;
    if (keyEvent.target !== regionRef.current || !timeline || keyEvent.altKey || keyEvent.ctrlKey || keyEvent.metaKey)
      return;
    const activeIndex = events.findIndex((event) => event.id === activeId);
    const command = commandForKey(keyEvent.key, { events, activeIndex, window: timeline.getWindow() });
    if (!command) return;
    keyEvent.preventDefault();
    if (command.kind === 'activate') activate(command.index);
    else if (command.kind === 'zoom') zoom(command.direction);
    else if (activeId) onSelect(activeId);
  };

  // Counts are selectable in vis too; only real events open a card.
  const select = useEffectEvent((id: string) => {
    if (events.some((event) => event.id === id)) onSelect(id);
  });
  const showWindow = useEffectEvent((start: Date, end: Date) => setVisibleRange(formatVisibleRange(start, end)));
  const keepSelection = useEffectEvent(() => visRef.current?.timeline.setSelection(activeId ? [activeId] : []));
  // Only once drawn do the boxes have widths to fit the window to.
  const fitDrawnBoxes = useEffectEvent(() => {
    if (!densityIndex) showAll({ animation: false });
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const items = new DataSet<DataItem, 'id'>();
    const groups = new DataSet<DataGroup, 'id'>();
    // As tall as the static view it replaces, at least, so that nothing below the timeline moves.
    const staticHeight = staticViewRef.current?.offsetHeight ?? 0;
    const timeline: Timeline = new Timeline(container, items, groups, {
      ...BASE_OPTIONS,
      ...(staticHeight > 0 && { minHeight: staticHeight }),
      // A dense list's window comes from its dates, not from vis's fit() on the first draw: fit()
      // sizes the window to the counts of the moment, which are regrouped for the new window, so
      // its edges cut them. A rolling mode that does not follow the clock is vis's one switch for
      // "keep my window", and it can only be set here.
      ...(dense && { rollingMode: { follow: false } }),
      // vis settles the window on its first draw (fitting it to the items, for short lists); only then is the view final.
      onInitialDrawComplete: () => {
        if (visRef.current?.timeline !== timeline) return;
        setDrawn(true);
        fitDrawnBoxes();
        const { start, end } = timeline.getWindow();
        showWindow(start, end);
      },
    });
    timeline.on('select', (properties?: { items: string[] }) => {
      const id = properties?.items[0];
      // A click on empty space would clear vis's highlight while the card stays open.
      if (id) select(id);
      else keepSelection();
    });
    // 'rangechanged' comes once a move has settled, so the live caption is not read out mid-drag.
    timeline.on('rangechanged', (properties?: { start: Date; end: Date }) => {
      if (properties) showWindow(properties.start, properties.end);
    });
    // Enter or Space on a focused item button: a click with no pointer (detail 0) that vis does not see.
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const count = target?.closest<HTMLElement>('.timeline-count');
      if (count) {
        zoomToCount(timeline, count);
        return;
      }
      // Enter or Space on an item, or a screen reader's click: no pointer (detail 0), which vis does not see.
      const id = target?.closest<HTMLElement>('[data-event-id]')?.dataset.eventId;
      if (event.detail === 0 && id) select(id);
    };
    container.addEventListener('click', onClick);
    visRef.current = { timeline, items, groups };
    return () => {
      container.removeEventListener('click', onClick);
      timeline.destroy();
      // destroy() leaves the loading screen behind when the timeline never drew (no layout yet).
      container.replaceChildren();
      visRef.current = null;
    };
  }, [dense]);

  useEffect(() => {
    if (!visRef.current) return;
    const { timeline, items, groups } = visRef.current;
    // The event list is set once per page (new data means a new page): a full reload of the sets is fine.
    groups.clear();
    groups.add(tracks.map(toTimelineGroup));
    items.clear();
    if (!densityIndex) {
      items.add(events.map(toTimelineItem));
      timeline.fit({ animation: false });
      return;
    }
    let marks: Marks | undefined;
    const showMarks = (start: number, end: number) => {
      const view = { start, end, width: containerRef.current?.clientWidth ?? 0 };
      // Panning at the same zoom inside the covered stretch changes nothing.
      if (marks && groupingLevel(view, GROUPING) === marks.level && start >= marks.from && end <= marks.to) return;
      marks = marksFor(densityIndex, view, GROUPING);
      const wanted = new Set(marks.items.map((item) => item.id));
      const present = new Set(items.getIds());
      items.remove([...present].filter((id) => !wanted.has(id)));
      items.add(marks.items.filter((item) => item.id !== undefined && !present.has(item.id)));
      keepSelection();
    };
    // 'rangechange' comes with every frame of a move, before vis redraws it.
    const onRangeChange = (properties?: { start: Date; end: Date }) => {
      if (properties) showMarks(properties.start.getTime(), properties.end.getTime());
    };
    timeline.on('rangechange', onRangeChange);
    const { start, end } = fullWindow(densityIndex, edgeRoom(containerRef.current));
    timeline.setWindow(start, end, { animation: false });
    showMarks(start, end);
    return () => timeline.off('rangechange', onRangeChange);
  }, [events, tracks, densityIndex]);

  useEffect(() => {
    const timeline = visRef.current?.timeline;
    if (!timeline) return;
    timeline.setSelection(activeId ? [activeId] : []);
    const event = selectedId ? events.find((candidate) => candidate.id === selectedId) : undefined;
    if (!event) return;
    // An event inside a count (a deep link, Next, the list) is zoomed to until it has a box of its own.
    const drawing = containerRef.current?.querySelector<HTMLElement>('.vis-panel.vis-center')?.clientWidth ?? 0;
    const { start, end } = timeline.getWindow();
    const inCount = densityIndex !== null && visRef.current?.items.get(event.id) === null;
    const reveal =
      densityIndex && inCount && drawing > 0
        ? windowRevealing(densityIndex, event.id, {
            currentWidthMs: end.getTime() - start.getTime(),
            width: drawing,
            boxWidth: GROUPING.boxWidth,
          })
        : null;
    if (reveal) timeline.setWindow(reveal.start, reveal.end, animation());
    // Only when out of sight (a deep link, the list): a clicked item stays where the reader saw it.
    else if (!isInWindow(timeline, event.date.start, { margin: 0 })) timeline.moveTo(event.date.start, animation());
  }, [selectedId, activeId, events, densityIndex]);

  const showStatic = staticFirstView && !drawn;

  // The zoom buttons come first, so Tab reaches them before the timeline they act on.
  return (
    <div className={dense ? 'timeline-view timeline-view-compact' : 'timeline-view'}>
      <div className="timeline-toolbar" role="toolbar" aria-label="Zoom">
        <button type="button" onClick={() => zoom('in')}>
          Zoom in
        </button>
        <button type="button" onClick={() => zoom('out')}>
          Zoom out
        </button>
        <button type="button" onClick={() => zoom('fit')}>
          Show all
        </button>
        <output className="timeline-range" aria-label="Visible period">
          {visibleRange}
        </output>
      </div>
      <section
        className="timeline"
        aria-label={label}
        aria-describedby={instructionsId}
        aria-busy={!drawn}
        tabIndex={0}
        ref={regionRef}
        onKeyDown={onKeyDown}
      >
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
        <div
          className={showStatic ? 'timeline-canvas timeline-canvas-pending' : 'timeline-canvas'}
          ref={containerRef}
        />
        {showStatic && <StaticFirstView ref={staticViewRef} events={events} tracks={tracks} />}
        <p className={wheelHint ? 'timeline-wheel-hint is-shown' : 'timeline-wheel-hint'} aria-hidden="true">
          Use {zoomModifier} + scroll to zoom the timeline
        </p>
        {/* Below the canvas, not over it: shown while the timeline has focus, it covers no event. */}
        <p id={instructionsId} className="timeline-instructions">
          Keys, with the timeline focused: ← → previous and next event, Home and End the first and last, Enter opens the
          card, Escape closes it, + and − zoom, 0 shows all.
        </p>
      </section>
    </div>
  );
}

/** The window that shows every box whole, measured from the boxes vis-timeline has drawn. */
function fitBoxes(
  container: HTMLElement | null,
  events: readonly TimelineEvent[],
): { start: number; end: number } | null {
  const canvas = container?.querySelector<HTMLElement>('.vis-panel.vis-center');
  if (!container || !canvas) return null;
  const widths = new Map<string, number>();
  for (const button of container.querySelectorAll<HTMLElement>('.vis-item.vis-box [data-event-id]')) {
    const box = button.closest<HTMLElement>('.vis-item');
    if (box && box.offsetWidth > 0) widths.set(button.dataset.eventId ?? '', box.offsetWidth);
  }
  // Boxes outside the window are not drawn: the widest drawn box stands in for them.
  const widest = Math.max(0, ...widths.values());
  return windowShowingAll(
    events.map((event) => extentOf(event, widths.get(event.id) ?? widest)),
    canvas.clientWidth,
  );
}

function extentOf(event: TimelineEvent, boxWidth: number): ItemExtent {
  const item = toTimelineItem(event);
  const from = new Date(item.start).getTime();
  if (item.type === 'box') return { from, to: from, halfWidth: boxWidth / 2 };
  // A bar's label is inside the bar: the bar's own dates are what must fit.
  return { from, to: new Date(item.end ?? item.start).getTime(), halfWidth: 0 };
}

/**
 * Bins at least about one and a third one-line boxes wide (up to twice that, as levels are powers of
 * two): a single box rarely meets the count beside it, so a track keeps to one row, now and then two,
 * while a 700 px frame still shows more than one count a track.
 */
const GROUPING = { boxWidth: 220 };

/** Half a one-line box and a little more: what "Show all" keeps free at each edge of the drawing. */
const COMPACT_EDGE_PIXELS = 112;

function edgeRoom(container: HTMLElement | null): { edgePixels: number; width: number } {
  // Before vis's first draw its panels have no size: the track labels then take about 170 px.
  const drawing = container?.querySelector<HTMLElement>('.vis-panel.vis-center')?.clientWidth || 0;
  return { edgePixels: COMPACT_EDGE_PIXELS, width: drawing || Math.max((container?.clientWidth ?? 0) - 170, 0) };
}

function isDense(events: readonly TimelineEvent[]): boolean {
  return events.length > DENSE_ABOVE;
}

/** Zooms to the events inside a count, with a margin, so they can be told apart. */
function zoomToCount(timeline: Timeline, count: HTMLElement): void {
  const start = Number(count.dataset.countStart);
  const end = Number(count.dataset.countEnd);
  const margin = Math.max((end - start) * 0.1, DAY_MS);
  timeline.setWindow(start - margin, end + margin, animation());
}

function describeDate(event: TimelineEvent): string {
  return event.end
    ? `${formatCalendarDate(event.date)} to ${formatCalendarDate(event.end)}`
    : formatCalendarDate(event.date);
}

/** Inside the window and, by default, clear of its edges, where an item's box could be cut off. */
function isInWindow(timeline: Timeline, date: Date, options = { margin: 0.15 }): boolean {
  const { start, end } = timeline.getWindow();
  const margin = (end.getTime() - start.getTime()) * options.margin;
  return date.getTime() >= start.getTime() + margin && date.getTime() <= end.getTime() - margin;
}

/** The platform never changes while the page is open. */
function noChanges(): () => void {
  return () => undefined;
}

/** From the browser only: the prerendered page says Ctrl, and hydration corrects it on Apple systems. */
function platformZoomModifier(): string {
  return zoomModifierLabel(navigator.platform);
}
