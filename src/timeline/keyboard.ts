import type { TimelineEvent } from '../events/model.ts';
import type { Direction } from '../i18n/languages.ts';

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
  /** Reading order: right to left (Arabic) puts earlier events on the right, so → goes back in time. */
  readonly direction?: Direction;
}

const ZOOM_KEYS: Readonly<Record<string, ZoomDirection>> = {
  '+': 'in',
  '=': 'in',
  '-': 'out',
  '−': 'out',
  _: 'out',
  '0': 'fit',
};

/** Which way each arrow walks the events, in each reading order. */
const STEP_OF_ARROW: Readonly<Record<Direction, Readonly<Record<string, 'next' | 'previous'>>>> = {
  ltr: { ArrowRight: 'next', ArrowLeft: 'previous' },
  rtl: { ArrowRight: 'previous', ArrowLeft: 'next' },
};

/**
 * Maps a key to a command: the arrows (in reading order) and Home/End walk the events in date order,
 * Enter/Space open.
 */
export function commandForKey(key: string, context: KeyContext): TimelineCommand | null {
  const { events, activeIndex, window, direction = 'ltr' } = context;
  const last = events.length - 1;
  if (last < 0) return null;
  const step = STEP_OF_ARROW[direction][key];
  if (step === 'next')
    return {
      kind: 'activate',
      index: activeIndex < 0 ? firstInView(events, window.start) : Math.min(activeIndex + 1, last),
    };
  if (step === 'previous')
    return { kind: 'activate', index: activeIndex < 0 ? lastInView(events, window.end) : Math.max(activeIndex - 1, 0) };
  switch (key) {
    case 'Home':
      return { kind: 'activate', index: 0 };
    case 'End':
      return { kind: 'activate', index: last };
    case 'Enter':
    case ' ':
      return activeIndex < 0 ? { kind: 'activate', index: firstInView(events, window.start) } : { kind: 'open' };
    default: {
      const zoom = ZOOM_KEYS[key];
      return zoom ? { kind: 'zoom', direction: zoom } : null;
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
