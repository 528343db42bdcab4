import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataGroup, type DataItem, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import type { TimelineEvent } from '../events/model.ts';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import type { AxisLabeler } from '../i18n/perLanguage/axisLabels.ts';
import { directionOf, type Language } from '../i18n/languages.ts';
import { batchItemLayout } from './batchedItemLayout.ts';
import { ItemFeed, KeyedSync } from './itemFeed.ts';
import { itemIdAt, itemRenderer, renderGroup, toTimelineGroup, type EventCount, type TrackLabel } from './items.ts';
import { currentView, DAY_MS, edgeRoom, type TimeWindow } from './viewWindow.ts';

/**
 * Bins at least about one and a third one-line boxes wide (up to twice that, as levels are powers of
 * two): a single box rarely meets the count beside it, so a track keeps to one row, now and then two,
 * while a 700 px frame still shows more than one count a track.
 */
export const GROUPING = { boxWidth: 220 };

const BASE_OPTIONS: TimelineOptions = {
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
  // pinch, which browsers send as Ctrl + wheel) zooms. ⌘ + wheel is turned into Ctrl + wheel (gestures.ts).
  zoomKey: 'ctrlKey',
  horizontalScroll: false,
  verticalScroll: false,
};

/** One vis-timeline instance and what feeds it. */
export interface Vis {
  readonly timeline: Timeline;
  readonly feed: ItemFeed;
}

export interface VisInput {
  /** The events shown: fed to vis by diff whenever the list changes. */
  readonly events: readonly TimelineEvent[];
  /** Every track, shown or not, so rows stay put when a filter empties one. */
  readonly tracks: readonly string[];
  /** Labels of the tracks in the page's language, where they differ from the track's name in the file. */
  readonly trackLabels?: ReadonlyMap<string, TrackLabel>;
  /** The window at creation; without it, a short list is fitted once drawn and a long one shown whole. */
  readonly initialWindow?: { readonly start: Date; readonly end: Date } | undefined;
  /** At least this tall from creation (the static first view's height), so nothing below moves. */
  readonly minHeight?: () => number | undefined;
}

export interface VisListeners {
  /** vis selected an item by pointer, or (undefined) a click on empty space cleared its selection. */
  readonly onSelect: (id: string | undefined) => void;
  /** A count was clicked (or activated by key): its events, as data. */
  readonly onCount: (count: EventCount) => void;
  /** An item button was activated without a pointer (Enter or Space on it, a screen reader), which vis does not see. */
  readonly onActivate: (id: string) => void;
  /** The window has settled after a move (vis's 'rangechanged'). */
  readonly onWindowSettled: (start: Date, end: Date) => void;
  /** vis has drawn for the first time: only now do boxes have widths. */
  readonly onFirstDraw: (fitted: boolean) => void;
  /** The items changed (a new list, or a long list regrouped for a new window). */
  readonly onItemsChanged: () => void;
}

/**
 * vis-timeline's `format` option for a language's axis labels (from its language pack); none in English,
 * where vis keeps its own.
 */
function axisFormat(axisLabel: AxisLabeler | undefined): Pick<TimelineOptions, 'format'> {
  if (!axisLabel) return {};
  return {
    format: {
      minorLabels: (date, scale) => axisLabel('minor', date, scale),
      majorLabels: (date, scale) => axisLabel('major', date, scale),
    },
  };
}

/**
 * The vis instance's lifecycle: created once on mount, destroyed on unmount. Between the two, only
 * the data changes, by diff (itemFeed.ts): a new `events` list never clears nor rebuilds vis, and
 * never moves the window. A new language (a new direction, or new axis labels) rebuilds vis, keeping the
 * window, as vis reads `rtl` only when it is created and merges a new `format` into the old one.
 */
export function useVisTimeline(
  containerRef: RefObject<HTMLDivElement | null>,
  input: VisInput,
  listeners: VisListeners,
): RefObject<Vis | null> {
  // The page's language: its axis labels, and in Arabic vis drawn right to left.
  const { t, axisLabel, language } = useTranslator();
  const visRef = useRef<Vis | null>(null);
  const groupsRef = useRef<KeyedSync<DataGroup> | null>(null);
  // The last vis's window and language: one rebuilt for a new language opens where the reader was.
  // (A remount in the same language, as StrictMode does, starts afresh.)
  const lastRef = useRef<{ readonly window: TimeWindow; readonly language: Language } | null>(null);
  const { events, tracks, trackLabels } = input;
  const rtl = directionOf(language) === 'rtl';
  const onSelect = useEffectEvent(listeners.onSelect);
  const onCount = useEffectEvent(listeners.onCount);
  const onActivate = useEffectEvent(listeners.onActivate);
  const onWindowSettled = useEffectEvent(listeners.onWindowSettled);
  const onFirstDraw = useEffectEvent(listeners.onFirstDraw);
  const onItemsChanged = useEffectEvent(listeners.onItemsChanged);
  // The language is the page's, fixed while it lives (a new language is a new page load).
  const initial = useEffectEvent(() => ({ ...input, t }));

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const {
      events: firstEvents,
      tracks: firstTracks,
      trackLabels: firstLabels,
      initialWindow,
      minHeight,
      t: translate,
    } = initial();
    const items = new DataSet<DataItem>();
    const groups = new DataSet<DataGroup>();
    const feed = new ItemFeed(items, GROUPING);
    feed.take(firstEvents);
    const kept = lastRef.current && lastRef.current.language !== language ? lastRef.current.window : null;
    const window: TimeWindow | null = kept ?? initialWindow ?? feed.overview(edgeRoom(container));
    const groupSync = new KeyedSync<DataGroup>(groups, (a, b) => a.content === b.content);
    groupSync.apply(firstTracks.map((track) => toTimelineGroup(track, firstLabels?.get(track))));
    // The tracks, and a long list's items for its window, are in their DataSets before vis is created. vis lays
    // out each item added to a drawn timeline on its own (a forced layout each: 170 ms for the overview of
    // 1,000 events), but is created on a window around today, outside these items, and draws them in one
    // pass when it is moved to theirs below.
    if (window) feed.show(firstEvents, { start: +window.start, end: +window.end, width: container.clientWidth });
    const timeline: Timeline = new Timeline(container, items, groups, {
      ...BASE_OPTIONS,
      rtl,
      ...axisFormat(axisLabel),
      template: itemRenderer(translate),
      ...(minHeight?.() && { minHeight: minHeight() }),
      // A known window (a long list's overview, or the one asked for) is set below, not fitted by vis
      // on its first draw: fit() sizes the window to the items of the moment. A rolling mode that does
      // not follow the clock is vis's one switch for "keep my window", and only matters at creation.
      ...(window && { rollingMode: { follow: false } }),
      onInitialDrawComplete: () => {
        if (visRef.current?.timeline === timeline) onFirstDraw(window === null);
      },
    });
    batchItemLayout(timeline);
    if (window) timeline.setWindow(window.start, window.end, { animation: false });
    feed.show(firstEvents, currentView(timeline, container));
    // A short list is fitted to its items now, and to its drawn boxes' widths after the first draw.
    if (!window) timeline.fit({ animation: false });

    timeline.on('select', (properties?: { items: string[] }) => onSelect(properties?.items[0]));
    // 'rangechange' comes with every frame of a move, before vis redraws it: a long list is regrouped then.
    timeline.on('rangechange', () => {
      if (feed.follow(currentView(timeline, container))) onItemsChanged();
    });
    // 'rangechanged' comes once a move has settled, so the live caption is not read out mid-drag.
    timeline.on('rangechanged', (properties?: { start: Date; end: Date }) => {
      if (properties) onWindowSettled(properties.start, properties.end);
    });
    const onClick = (event: MouseEvent) => {
      const id = itemIdAt(event.target);
      if (id === undefined) return;
      const count = feed.countOf(id);
      if (count) onCount(count);
      // No pointer (detail 0): Enter or Space on the item's button, or a screen reader's click.
      else if (event.detail === 0) onActivate(String(id));
    };
    container.addEventListener('click', onClick);
    visRef.current = { timeline, feed };
    groupsRef.current = groupSync;
    return () => {
      lastRef.current = { window: timeline.getWindow(), language };
      container.removeEventListener('click', onClick);
      timeline.destroy();
      // destroy() leaves the loading screen behind when the timeline never drew (no layout yet).
      container.replaceChildren();
      visRef.current = null;
      groupsRef.current = null;
    };
  }, [containerRef, language, rtl, axisLabel]);

  useEffect(() => {
    groupsRef.current?.apply(tracks.map((track) => toTimelineGroup(track, trackLabels?.get(track))));
  }, [tracks, trackLabels]);

  useEffect(() => {
    const vis = visRef.current;
    if (vis?.feed.show(events, currentView(vis.timeline, containerRef.current))) onItemsChanged();
  }, [events, containerRef]);

  return visRef;
}
