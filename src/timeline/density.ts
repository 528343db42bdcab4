import type { DataItem } from 'vis-timeline/esnext';
import type { TimelineEvent } from '../events/model.ts';
import { isPeriodItem, toCompactItem, toPeriodBand, toTimelineItem, type CountItem } from './items.ts';

interface Entry {
  readonly start: number;
  readonly end: number;
  readonly event: TimelineEvent;
  /** A band over its years (a mandate, negotiations), drawn whole and never inside a count. */
  readonly period: boolean;
}

/** Each track's events in date order, with their times in milliseconds, built once per event list. */
export type DensityIndex = ReadonlyMap<string, readonly Entry[]>;

export interface View {
  /** The window shown, in milliseconds. */
  readonly start: number;
  readonly end: number;
  /** Its width on screen, in pixels. */
  readonly width: number;
}

export interface Marks {
  /** What vis-timeline gets: single events and counts, around the window only. */
  readonly items: readonly DataItem[];
  /** The scale they were grouped at: the same level in a nearby window gives the same groups. */
  readonly level: number;
  /** The stretch of time they cover: the window and one window's width on either side, in whole bins. */
  readonly from: number;
  readonly to: number;
}

/**
 * Above this many events, the timeline gets only what the window can show, with dense stretches
 * of a track drawn as one "N events" button that zooms in (see density.ts), and each label on one
 * line: stacked boxes of a few dozen events already grow a track taller than a laptop screen, and
 * thousands are slow to lay out. Shorter lists are drawn event by event, their titles in full.
 */
export const DENSE_ABOVE = 24;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The window that shows every event, with a margin on each side so boxes at the edges are not cut
 * off: a share of the span, or, given the drawing's width, room for half a box (`edgePixels`),
 * whichever is more. vis-timeline holds only what is around the current window, so its own fit()
 * cannot find all the events. The index is not empty (a valid list has at least one event).
 */
export function fullWindow(
  index: DensityIndex,
  { margin = 0.08, edgePixels = 0, width = 0 } = {},
): { start: number; end: number } {
  const entries = [...index.values()].flat();
  const start = Math.min(...entries.map((entry) => entry.start));
  const end = Math.max(...entries.map((entry) => entry.end));
  const span = end - start;
  // With p px kept free at each edge of w px, the window is span / (1 - 2p/w) long.
  const edgeShare = width > 2 * edgePixels ? edgePixels / width : 0;
  const edgePadding = edgeShare > 0 ? (span / (1 - 2 * edgeShare)) * edgeShare : 0;
  const padding = Math.max(span * margin, edgePadding, DAY_MS);
  return { start: start - padding, end: end + padding };
}

/**
 * A window around one event, narrow enough that its bin holds no other event of its track: the
 * event is then drawn as its own box, not inside a count. Null when it already would be at
 * `currentWidthMs`, or when another event of the track shares its date (no zoom parts them).
 */
export function windowRevealing(
  index: DensityIndex,
  eventId: string,
  { currentWidthMs, width, boxWidth }: { currentWidthMs: number; width: number; boxWidth: number },
): { start: number; end: number } | null {
  const found = withNeighbours(index, eventId);
  if (!found) return null;
  const { entry, neighbours } = found;
  if (neighbours.length === 0) return null;
  const gap = Math.min(...neighbours.map((other) => Math.abs(other.start - entry.start)));
  if (gap === 0) return null;
  // Bins are 2^level ms with level rounded up, so up to twice msPerPixel × boxWidth; a bin no wider than
  // the gap puts a boundary between the two events.
  const widthMs = (gap * width) / (2 * boxWidth);
  if (widthMs >= currentWidthMs) return null;
  return { start: entry.start - widthMs / 2, end: entry.start + widthMs / 2 };
}

/** An event's entry and those just before and after it on its track: if its bin holds another event, it holds one of these. */
function withNeighbours(index: DensityIndex, eventId: string): { entry: Entry; neighbours: Entry[] } | null {
  for (const entries of index.values()) {
    const at = entries.findIndex((entry) => entry.event.id === eventId);
    const entry = entries[at];
    if (entry) return { entry, neighbours: [entries[at - 1], entries[at + 1]].filter((other) => other !== undefined) };
  }
  return null;
}

export function indexByTrack(events: readonly TimelineEvent[]): DensityIndex {
  const index = new Map<string, Entry[]>();
  for (const event of events) {
    const item = toTimelineItem(event);
    const [start, end] = [new Date(item.start).getTime(), new Date(item.end ?? item.start).getTime()];
    const entry = { start, end, event, period: isPeriodItem(item) };
    const entries = index.get(event.track);
    if (entries) entries.push(entry);
    else index.set(event.track, [entry]);
  }
  for (const entries of index.values()) entries.sort((a, b) => a.start - b.start);
  return index;
}

/**
 * The scale at which events are grouped: bins of 2^level ms, about a box wide on screen. Levels
 * are powers of two so that panning (same zoom) keeps the groups as they are.
 */
export function groupingLevel(view: View, { boxWidth = 170 } = {}): number {
  const msPerPixel = (view.end - view.start) / Math.max(view.width, 1);
  return Math.ceil(Math.log2(Math.max(msPerPixel * boxWidth, 1)));
}

/**
 * Whether the event has a box of its own in this view, as marksFor draws it: no other event of its
 * track starts in its bin. False for an event not in the index.
 */
export function drawnAlone(index: DensityIndex, eventId: string, view: View, options?: { boxWidth?: number }): boolean {
  const found = withNeighbours(index, eventId);
  if (!found) return false;
  const bin = 2 ** groupingLevel(view, options);
  const binOf = (entry: Entry) => Math.floor(entry.start / bin);
  return found.neighbours.every((other) => binOf(other) !== binOf(found.entry));
}

/**
 * Only what the view can show, grouped where it is dense: vis-timeline draws and measures every
 * item it is given, and its own clustering regroups all of them on every zoom. Time is cut into
 * bins a box wide (2^level ms, counted from 1970, so panning keeps them); a bin holding more than
 * one event of a track becomes one count ("12 events"), a bin with one event shows that event.
 */
export function marksFor(index: DensityIndex, view: View, options?: { boxWidth?: number }): Marks {
  const level = groupingLevel(view, options);
  const bin = 2 ** level;
  const width = view.end - view.start;
  // Whole bins, so a count is the same whichever window found it.
  const from = Math.floor((view.start - width) / bin) * bin;
  const to = Math.ceil((view.end + width) / bin) * bin;
  const items: DataItem[] = [];
  for (const [track, entries] of index) {
    items.push(
      ...bandsOf(entries).flatMap((band) =>
        band.start < to && band.end > from ? [toPeriodBand(band.first, band.start, band.end)] : [],
      ),
    );
    let i = firstStartingFrom(entries, from);
    for (let entry = entries[i]; entry && entry.start < to; entry = entries[i]) {
      const binEnd = (Math.floor(entry.start / bin) + 1) * bin;
      const j = firstStartingFrom(entries, binEnd);
      const run = entries.slice(i, j);
      if (run.length === 1 && run[0]) items.push(toCompactItem(run[0].event));
      else if (run.length > 1) items.push(countItem(track, level, run));
      i = j;
    }
  }
  return { items, level, from, to };
}

/** A stretch of a track covered by periods that overlap, drawn as one band, named by its first period. */
interface Band {
  readonly first: TimelineEvent;
  readonly start: number;
  readonly end: number;
}

const bandsByTrack = new WeakMap<readonly Entry[], readonly Band[]>();

/**
 * A track's bands, found once per index: a band may start long before the window it crosses. Overlapping
 * periods make one band: vis-timeline lays out each item it is given on its own (a forced layout each),
 * and a generated list of 5,000 events has hundreds of periods, which a band each made 600 items.
 */
function bandsOf(entries: readonly Entry[]): readonly Band[] {
  let bands = bandsByTrack.get(entries);
  if (!bands) {
    bands = mergedBands(entries.filter((entry) => entry.period));
    bandsByTrack.set(entries, bands);
  }
  return bands;
}

/** Periods (in order of start) as bands: one for each run that overlaps; periods that only meet stay apart. */
function mergedBands(periods: readonly Entry[]): Band[] {
  const bands: Band[] = [];
  for (const period of periods) {
    const last = bands.at(-1);
    if (last && period.start < last.end) bands[bands.length - 1] = { ...last, end: Math.max(last.end, period.end) };
    else bands.push({ first: period.event, start: period.start, end: period.end });
  }
  return bands;
}

/**
 * A count is a box near the middle of its events, kept to the middle fifth of its bin (and to its
 * events' own stretch) so that counts in neighbouring bins stay apart (a bin is at least a box wide and up to twice that).
 * Zooming in on it shows from its first event to the end of its last.
 */
function countItem(track: string, level: number, run: readonly Entry[]): CountItem {
  const bin = 2 ** level;
  const starts = run.map((entry) => entry.start);
  const [first, lastStart] = [Math.min(...starts), Math.max(...starts)];
  const binStart = Math.floor(first / bin) * bin;
  const spread = Math.min(Math.max((first + lastStart) / 2, binStart + 0.4 * bin), binStart + 0.6 * bin);
  // Never beyond its own events: a count at the end of the list stays inside the window that shows them.
  const middle = Math.min(Math.max(spread, first), lastStart);
  return {
    id: `count:${level}:${run[0]?.event.id}:${run.length}`,
    group: track,
    type: 'box',
    className: 'is-count',
    start: new Date(middle),
    content: `${run.length} events`,
    count: { size: run.length, first, last: Math.max(...run.map((entry) => entry.end)) },
  };
}

/** Binary search: the index of the first entry starting at or after `time`. */
function firstStartingFrom(entries: readonly Entry[], time: number): number {
  let [low, high] = [0, entries.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((entries[middle]?.start ?? time) < time) low = middle + 1;
    else high = middle;
  }
  return low;
}
