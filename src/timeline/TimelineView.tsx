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
import type { ContentLanguage } from '../events/contentLanguages.ts';
import { localizedTrack } from '../events/localized.ts';
import type { TimelineEvent } from '../events/model.ts';
import type { TrackNames } from '../events/schema.ts';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import { directionOf } from '../i18n/languages.ts';
import { DENSE_ABOVE, drawnAlone, windowRevealing } from './density.ts';
import { announcementFor } from './caption.ts';
import { useWheelHint, zoomModifierLabel } from './gestures.ts';
import { labelledIn, type TrackLabel } from './items.ts';
import { commandForKey, type ZoomDirection } from './keyboard.ts';
import { useVisTimeline, GROUPING } from './useVisTimeline.ts';
import {
  animation,
  drawingWidth,
  edgeRoom,
  fitBoxes,
  isInWindow,
  laidOutDrawingWidth,
  panToShow,
  windowAroundCount,
} from './viewWindow.ts';
import { StaticFirstView } from './StaticFirstView.tsx';
import { formatVisibleRange } from './visibleRange.ts';
import { ZoomToolbar } from './ZoomToolbar.tsx';
import './timeline.css';

export interface TimelineViewProps {
  /** The events shown (all, or those a search or filter keeps): changing it updates vis by diff. */
  readonly events: readonly TimelineEvent[];
  /** Every track of the timeline, shown or not. */
  readonly tracks: readonly string[];
  /** The tracks' names in other languages, for their labels (the file's `trackNames`). */
  readonly trackNames?: TrackNames | undefined;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  /** Accessible name of the timeline region. */
  readonly label: string;
  /** The window shown first, instead of one showing every event; read once, when vis is created. */
  readonly initialWindow?: { readonly start: Date; readonly end: Date } | undefined;
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
  /** Redraws for a new width (vis-timeline watches only the window's size), keeping the selected event in view. */
  resized(): void;
}

const ZOOM_STEP = 0.5;

/** A thin adapter: React state and keys here; vis's lifecycle and items in useVisTimeline and itemFeed. */
export function TimelineView(props: TimelineViewProps) {
  const pageLanguage = useTranslator().language;
  const events = useMemo(
    () => props.events.map((event) => labelledIn(event, pageLanguage)),
    [props.events, pageLanguage],
  );
  const trackLabels = useMemo(
    () => trackLabelsIn(props.tracks, props.trackNames, pageLanguage),
    [props.tracks, props.trackNames, pageLanguage],
  );
  return <LabelledTimelineView {...props} events={events} trackLabels={trackLabels} />;
}

/** Labels for the tracks the data names in the page's language, and English ones marked as such. */
function trackLabelsIn(
  tracks: readonly string[],
  trackNames: TrackNames | undefined,
  language: ContentLanguage,
): ReadonlyMap<string, TrackLabel> {
  if (language === 'en') return new Map();
  return new Map(
    tracks.map((track) => {
      const { text, lang } = localizedTrack(trackNames, track, language);
      return [track, { text, ...(lang !== language && { lang }) }];
    }),
  );
}

function LabelledTimelineView({
  events,
  tracks,
  trackLabels,
  selectedId,
  onSelect,
  label,
  initialWindow,
  staticFirstView = false,
  ref,
}: TimelineViewProps & { readonly trackLabels: ReadonlyMap<string, TrackLabel> }) {
  // The page's language: the axis, the dates, and the arrow keys' reading order.
  const { t, language } = useTranslator();
  const regionRef = useRef<HTMLElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const staticViewRef = useRef<HTMLDivElement>(null);
  const instructionsId = useId();
  const [visibleWindow, setVisibleWindow] = useState<{ readonly start: Date; readonly end: Date } | null>(null);
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

  const showWindow = (start: Date, end: Date) => setVisibleWindow({ start, end });
  const visibleRange = visibleWindow ? formatVisibleRange(visibleWindow.start, visibleWindow.end, language) : '';
  const keepSelection = () => visRef.current?.timeline.setSelection(activeId ? [activeId] : []);
  // Counts are selectable in vis too; only shown events open a card.
  const select = (id: string) => {
    if (events.some((event) => event.id === id)) onSelect(id);
  };

  const visRef = useVisTimeline(
    containerRef,
    // As tall as the static view it replaces, at least, so that nothing below the timeline moves.
    { events, tracks, trackLabels, initialWindow, minHeight: () => staticViewRef.current?.offsetHeight },
    {
      // A click on empty space would clear vis's highlight while the card stays open.
      onSelect: (id) => (id ? select(id) : keepSelection()),
      onActivate: select,
      onCount: (count) => {
        const { start, end } = windowAroundCount(count);
        visRef.current?.timeline.setWindow(start, end, animation());
      },
      onWindowSettled: showWindow,
      onItemsChanged: keepSelection,
      onFirstDraw: (fitted) => {
        setDrawn(true);
        // vis fitted a short list to its items before they had widths: fit again to the drawn boxes.
        if (fitted) showAll({ animation: false });
        const timeline = visRef.current?.timeline;
        if (timeline) showWindow(timeline.getWindow().start, timeline.getWindow().end);
      },
    },
  );

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
    resized() {
      const vis = visRef.current;
      if (!vis) return;
      const { timeline, feed } = vis;
      // The same dates at a new width: a window a millisecond longer regroups the counts, as a zoom does.
      const { start, end } = timeline.getWindow();
      const view = { start: start.getTime(), end: end.getTime() + 1, width: containerRef.current?.clientWidth ?? 0 };
      // An open event that the narrower timeline would put inside a count is zoomed to in the same step,
      // rather than merged into the count first and zoomed to after (a second regroup and redraw).
      const selected = events.find((event) => event.id === selectedId);
      const index = feed.densityIndex;
      const reveal =
        index && selected && !drawnAlone(index, selected.id, view, GROUPING)
          ? windowRevealing(index, selected.id, {
              currentWidthMs: view.end - view.start,
              // vis has not yet read the new width: the one laid out now, not its drawing's.
              width: laidOutDrawingWidth(containerRef.current),
              boxWidth: GROUPING.boxWidth,
            })
          : null;
      timeline.setWindow(reveal?.start ?? view.start, reveal?.end ?? view.end, { animation: false });
      // Checked once vis has drawn the new window: a box cut by the narrower edge is brought to the middle.
      requestAnimationFrame(() => {
        if (!selected || visRef.current?.timeline !== timeline) return;
        const shift = panToShow(containerRef.current, selected.id);
        if (shift === null) timeline.moveTo(selected.date.start, animation());
        else if (shift !== 0) {
          const { start: from, end: to } = timeline.getWindow();
          const width = containerRef.current?.querySelector('.vis-panel.vis-center')?.clientWidth ?? 1;
          const by = (shift * (to.getTime() - from.getTime())) / width;
          timeline.setWindow(from.getTime() + by, to.getTime() + by, animation());
        }
      });
    },
  }));

  const activate = (index: number) => {
    const event = events[index];
    const timeline = visRef.current?.timeline;
    if (!event || !timeline) return;
    setActiveId(event.id);
    setAnnouncement(announcementFor(t, event, index, events.length, language));
    // With a card open, the card follows; otherwise only the highlight moves until Enter.
    if (selectedId) onSelect(event.id);
    else timeline.setSelection([event.id]);
    if (!isInWindow(timeline, event.date.start)) timeline.moveTo(event.date.start, animation());
  };

  const zoom = (direction: ZoomDirection) => {
    const timeline = visRef.current?.timeline;
    if (!timeline) return;
    const move = animation();
    if (direction === 'in') timeline.zoomIn(ZOOM_STEP, move);
    else if (direction === 'out') timeline.zoomOut(ZOOM_STEP, move);
    else showAll(move);
    // Without animation the window is final now, but vis sends 'rangechanged' only 200 ms later.
    if (!move.animation) showWindow(timeline.getWindow().start, timeline.getWindow().end);
  };

  const showAll = (move: { animation: boolean }) => {
    const vis = visRef.current;
    if (!vis) return;
    const shown = vis.feed.overview(edgeRoom(containerRef.current)) ?? fitBoxes(containerRef.current, events);
    if (shown) vis.timeline.setWindow(shown.start, shown.end, move);
    else vis.timeline.fit(move);
  };

  // Keys are the timeline's only while it has focus (the toolbar's buttons keep theirs).
  const onKeyDown = (keyEvent: KeyboardEvent<HTMLElement>) => {
    const timeline = visRef.current?.timeline;
    if (keyEvent.target !== regionRef.current || !timeline || keyEvent.altKey || keyEvent.ctrlKey || keyEvent.metaKey)
      return;
    const activeIndex = events.findIndex((event) => event.id === activeId);
    const command = commandForKey(keyEvent.key, {
      events,
      activeIndex,
      window: timeline.getWindow(),
      direction: directionOf(language),
    });
    if (!command) return;
    keyEvent.preventDefault();
    if (command.kind === 'activate') activate(command.index);
    else if (command.kind === 'zoom') zoom(command.direction);
    else if (activeId) onSelect(activeId);
  };

  const revealSelected = useEffectEvent(() => {
    const vis = visRef.current;
    if (!vis) return;
    const { timeline, feed } = vis;
    timeline.setSelection(activeId ? [activeId] : []);
    const event = selectedId ? events.find((candidate) => candidate.id === selectedId) : undefined;
    if (!event) return;
    // An event inside a count (a deep link, Next, the list) is zoomed to until it has a box of its own.
    const drawing = drawingWidth(containerRef.current);
    const { start, end } = timeline.getWindow();
    const index = feed.densityIndex;
    const reveal =
      index && !feed.draws(event.id) && drawing > 0
        ? windowRevealing(index, event.id, {
            currentWidthMs: end.getTime() - start.getTime(),
            width: drawing,
            boxWidth: GROUPING.boxWidth,
          })
        : null;
    if (reveal) timeline.setWindow(reveal.start, reveal.end, animation());
    // Only when out of sight (a deep link, the list): a clicked item stays where the reader saw it.
    else if (!isInWindow(timeline, event.date.start, { margin: 0 })) timeline.moveTo(event.date.start, animation());
  });
  useEffect(() => revealSelected(), [selectedId, activeId, events]);

  const showStatic = staticFirstView && !drawn;

  return (
    <div className={events.length > DENSE_ABOVE ? 'timeline-view timeline-view-compact' : 'timeline-view'}>
      <ZoomToolbar onZoom={zoom} visibleRange={visibleRange} />
      {/* An application: the arrow keys, Home, End, Enter and + − 0 are the timeline's own while it has focus.
          jsx-a11y counts role="application" as non-interactive, and its handler options name only elements. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- see above */}
      <section
        className="timeline"
        role="application"
        aria-roledescription={t('timeline.role')}
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
          {t('timeline.wheel', { key: zoomModifier })}
        </p>
        {/* Below the canvas, not over it: shown while the timeline has focus, it covers no event. */}
        <p id={instructionsId} className="timeline-instructions">
          {t('timeline.keys')}
        </p>
      </section>
    </div>
  );
}

/** The platform never changes while the page is open. */
function noChanges(): () => void {
  return () => undefined;
}

/** From the browser only: the prerendered page says Ctrl, and hydration corrects it on Apple systems. */
function platformZoomModifier(): string {
  return zoomModifierLabel(navigator.platform);
}
