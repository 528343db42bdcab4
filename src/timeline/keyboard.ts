import type { TimelineEvent } from '../events/model.ts';

export type ZoomDirection = 'in' | 'out' | 'fit';

/** What a key asks of the timeline while it has focus; null for keys it leaves alone. */
export type TimelineCommand =
  | { readonly kind: 'activate'; readonly index: number }
  | { readonly kind: 'open' }
  | { readonly kind: 'zoom'; readonly direction: ZoomDirection };

export interface KeyContext {
  readonly events: readonly TimelineEvent[];
  /** Index of the event the keys act on, or -1 before the first key. */
  readonly activeIndex: number;
  /** The period in view, so the first arrow starts where the reader is looking. */
  readonly window: { readonly start: Date; readonly end: Date };
}

const ZOOM_KEYS: Readonly<Record<string, ZoomDirection>> = {
  '+': 'in',
  '=': 'in',
  '-': 'out',
  '−': 'out',
  _: 'out',
  '0': 'fit',
};

/** Maps a key to a command: arrows and Home/End walk the events in date order, Enter/Space open. */
export function commandForKey(key: string, { events, activeIndex, window }: KeyContext): TimelineCommand | null {
  const last = events.length - 1;
  if (last < 0) return null;
  switch (key) {
    case 'ArrowRight':
      return {
        kind: 'activate',
        index: activeIndex < 0 ? firstInView(events, window.start) : Math.min(activeIndex + 1, last),
      };
    case 'ArrowLeft':
      return {
        kind: 'activate',
        index: activeIndex < 0 ? lastInView(events, window.end) : Math.max(activeIndex - 1, 0),
      };
    case 'Home':
      return { kind: 'activate', index: 0 };
    case 'End':
      return { kind: 'activate', index: last };
    case 'Enter':
    case ' ':
      return activeIndex < 0 ? { kind: 'activate', index: firstInView(events, window.start) } : { kind: 'open' };
    default: {
      const direction = ZOOM_KEYS[key];
      return direction ? { kind: 'zoom', direction } : null;
    }
  }
}

function firstInView(events: readonly TimelineEvent[], start: Date): number {
  const index = events.findIndex((event) => event.date.start >= start);
  return index < 0 ? events.length - 1 : index;
}

function lastInView(events: readonly TimelineEvent[], end: Date): number {
  const index = events.findLastIndex((event) => event.date.start <= end);
  return index < 0 ? 0 : index;
}
