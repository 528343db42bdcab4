import type { DataItem, IdType } from 'vis-timeline/esnext';
import type { TimelineEvent } from '../events/model.ts';
import {
  DENSE_ABOVE,
  fullWindow,
  groupingLevel,
  indexByTrack,
  marksFor,
  type DensityIndex,
  type Marks,
  type View,
} from './density.ts';
import { isCountItem, toTimelineItem, type EventCount } from './items.ts';

/** The part of a vis-data DataSet the feed writes to: it never clears the set, it only adds, updates and removes. */
export interface ItemSink<T> {
  add(items: T[]): unknown;
  update(items: T[]): unknown;
  remove(ids: IdType[]): unknown;
}

export interface Keyed {
  readonly id?: IdType;
}

export interface Diff<T> {
  readonly added: T[];
  readonly updated: T[];
  readonly removed: IdType[];
}

/** What turns `current` into `wanted`: entries are matched by id, and `same` tells which need no update. */
export function diffById<T extends Keyed>(
  current: ReadonlyMap<IdType, T>,
  wanted: readonly T[],
  same: (a: T, b: T) => boolean,
): Diff<T> {
  const wantedIds = new Set<IdType>();
  const added: T[] = [];
  const updated: T[] = [];
  for (const item of wanted) {
    if (item.id === undefined) continue;
    wantedIds.add(item.id);
    const present = current.get(item.id);
    if (!present) added.push(item);
    else if (!same(present, item)) updated.push(item);
  }
  const removed = [...current.keys()].filter((id) => !wantedIds.has(id));
  return { added, updated, removed };
}

/**
 * Keeps a DataSet equal to a list by id, remembering what it holds so that nothing is read back
 * from vis. Returns whether anything changed.
 */
export class KeyedSync<T extends Keyed> {
  private readonly held = new Map<IdType, T>();

  constructor(
    private readonly sink: ItemSink<T>,
    private readonly same: (a: T, b: T) => boolean,
  ) {}

  apply(wanted: readonly T[]): boolean {
    const { added, updated, removed } = diffById(this.held, wanted, this.same);
    // Removed first: a count and the events it stood for never overlap on screen.
    if (removed.length > 0) this.sink.remove(removed);
    if (updated.length > 0) this.sink.update(updated);
    if (added.length > 0) this.sink.add(added);
    for (const id of removed) this.held.delete(id);
    for (const item of [...updated, ...added]) if (item.id !== undefined) this.held.set(item.id, item);
    return added.length + updated.length + removed.length > 0;
  }

  get(id: IdType): T | undefined {
    return this.held.get(id);
  }
}

/** Whether vis would draw the two items the same: same place, text, shape and, for counts, the same stretch. */
export function sameItem(a: DataItem, b: DataItem): boolean {
  return (
    a.group === b.group &&
    a.content === b.content &&
    a.type === b.type &&
    a.className === b.className &&
    timeOf(a.start) === timeOf(b.start) &&
    timeOf(a.end) === timeOf(b.end) &&
    countKey(a) === countKey(b)
  );
}

function timeOf(date: DataItem['start'] | undefined): number | undefined {
  return date === undefined ? undefined : new Date(date).getTime();
}

function countKey(item: DataItem): string {
  return isCountItem(item) ? `${item.count.size}:${item.count.first}:${item.count.last}` : '';
}

/**
 * What the timeline is fed: the shown events, as items, by diff. A short list is drawn event by
 * event; a long one (more than DENSE_ABOVE) only around the window, with dense stretches as counts
 * (density.ts), regrouped as the window moves. A new list (a filter, a search) changes only the
 * items that differ: vis is never cleared nor rebuilt, and the window stays where the reader left it.
 */
export class ItemFeed {
  private readonly items: KeyedSync<DataItem>;
  private events: readonly TimelineEvent[] = [];
  private index: DensityIndex | null = null;
  private marks: Marks | undefined;
  private readonly grouping: { readonly boxWidth: number };

  constructor(sink: ItemSink<DataItem>, grouping: { readonly boxWidth: number }) {
    this.items = new KeyedSync(sink, sameItem);
    this.grouping = grouping;
  }

  /** Takes a new list of shown events and draws it for the view; returns whether any item changed. */
  show(events: readonly TimelineEvent[], view: View): boolean {
    this.take(events);
    return this.index ? this.regroup(view) : this.items.apply(events.map(toTimelineItem));
  }

  /** Takes a new list of shown events without drawing it yet (the window may depend on it: `overview`). */
  take(events: readonly TimelineEvent[]): void {
    if (events === this.events) return;
    this.events = events;
    this.index = events.length > DENSE_ABOVE ? indexByTrack(events) : null;
    this.marks = undefined;
  }

  /** The window moved: a long list is regrouped for it; a short one is drawn whole already. */
  follow(view: View): boolean {
    return this.index ? this.regroup(view) : false;
  }

  private regroup(view: View): boolean {
    if (!this.index) return false;
    const { marks } = this;
    // Panning at the same zoom inside the grouped stretch changes nothing.
    const level = groupingLevel(view, this.grouping);
    if (level === marks?.level && view.start >= marks.from && view.end <= marks.to) return false;
    this.marks = marksFor(this.index, view, this.grouping);
    return this.items.apply(this.marks.items);
  }

  /** The density index of a long list, or null for a short one. */
  get densityIndex(): DensityIndex | null {
    return this.index;
  }

  /** Whether the event has a box (or bar) of its own now, rather than being inside a count or out of range. */
  draws(id: string): boolean {
    return this.items.get(id) !== undefined;
  }

  /** The count drawn under this id, as data: how many events, and the stretch they cover. */
  countOf(id: IdType): EventCount | undefined {
    const item = this.items.get(id);
    return item && isCountItem(item) ? item.count : undefined;
  }

  /** The window showing every event of a long list, keeping `edgePixels` free at both edges; null for a short one. */
  overview(room: { edgePixels: number; width: number }): { start: number; end: number } | null {
    return this.index ? fullWindow(this.index, room) : null;
  }
}
