import type { TimelineEvent } from '../events/model.ts';
import { toTimelineItem } from './items.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

/**
 * The window that shows every event, found from the dates alone, with a margin on each side so
 * boxes at the edges are not cut off. For a dense list vis-timeline holds only what is around the
 * current window (density.ts), so its own fit() cannot find all the events. `events` is not empty
 * (a valid list has at least one).
 */
export function fullWindow(events: readonly TimelineEvent[], { margin = 0.08 } = {}): TimeWindow {
  let start = Infinity;
  let end = -Infinity;
  for (const event of events) {
    const item = toTimelineItem(event);
    start = Math.min(start, timeOf(item.start));
    end = Math.max(end, timeOf(item.end ?? item.start));
  }
  const padding = Math.max((end - start) * margin, DAY_MS);
  return { start: start - padding, end: end + padding };
}

function timeOf(date: Date | number | string): number {
  return new Date(date).getTime();
}
