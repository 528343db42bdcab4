import type { Timeline } from 'vis-timeline/esnext';
import type { TimelineEvent } from '../events/model.ts';
import type { View } from './density.ts';
import { windowShowingAll, type ItemExtent } from './fitWindow.ts';
import { toTimelineItem, type EventCount } from './items.ts';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A period of time shown, in milliseconds or as dates. */
export interface TimeWindow {
  readonly start: number | Date;
  readonly end: number | Date;
}

/** Moves animate unless the user asked the system for reduced motion. */
export function animation(): { animation: boolean } {
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return { animation: !reduced };
}

/** The width of vis's drawing (the canvas without the track labels), 0 before its first draw. */
export function drawingWidth(container: HTMLElement | null): number {
  return container?.querySelector<HTMLElement>('.vis-panel.vis-center')?.clientWidth ?? 0;
}

/**
 * The drawing's width as the page is laid out now, which vis only reads when it next redraws: its
 * whole width less the track labels. After a resize, before that redraw, drawingWidth is the old one.
 */
export function laidOutDrawingWidth(container: HTMLElement | null): number {
  const whole = container?.querySelector<HTMLElement>('.vis-timeline')?.clientWidth ?? 0;
  const labels = container?.querySelector<HTMLElement>('.vis-panel.vis-left')?.offsetWidth ?? 0;
  return Math.max(whole - labels, 0);
}

/** Half a one-line box and a little more: what "Show all" keeps free at each edge of the drawing. */
const COMPACT_EDGE_PIXELS = 112;

/** Before vis's first draw its panels have no size: the track labels then take about 170 px. */
const TRACK_LABELS_PIXELS = 170;

export function edgeRoom(container: HTMLElement | null): { edgePixels: number; width: number } {
  const drawing = drawingWidth(container);
  const width = drawing > 0 ? drawing : Math.max((container?.clientWidth ?? 0) - TRACK_LABELS_PIXELS, 0);
  return { edgePixels: COMPACT_EDGE_PIXELS, width };
}

/** The window shown now and its width on screen, as the item feed groups for it. */
export function currentView(timeline: Timeline, container: HTMLElement | null): View {
  const { start, end } = timeline.getWindow();
  return { start: start.getTime(), end: end.getTime(), width: container?.clientWidth ?? 0 };
}

/** Inside the window and, by default, clear of its edges, where an item's box could be cut off. */
export function isInWindow(timeline: Timeline, date: Date, options = { margin: 0.15 }): boolean {
  const { start, end } = timeline.getWindow();
  const margin = (end.getTime() - start.getTime()) * options.margin;
  return date.getTime() >= start.getTime() + margin && date.getTime() <= end.getTime() - margin;
}

/** The window around the events inside a count, with a margin, so they can be told apart. */
export function windowAroundCount({ first, last }: EventCount): { start: number; end: number } {
  const margin = Math.max((last - first) * 0.1, DAY_MS);
  return { start: first - margin, end: last + margin };
}

/** The window that shows every box whole, measured from the boxes vis-timeline has drawn. */
export function fitBoxes(
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
 * How many pixels the drawing must pan for the event's box to be whole, with a little room (negative:
 * towards earlier dates); 0 when it is whole, null when it is not drawn at all.
 */
export function panToShow(container: HTMLElement | null, id: string): number | null {
  const drawing = container?.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
  const box = container?.querySelector(`[data-event-id="${CSS.escape(id)}"]`)?.closest('.vis-item');
  if (!drawing || !box) return null;
  const { left, right } = box.getBoundingClientRect();
  const room = 8;
  if (left < drawing.left) return left - drawing.left - room;
  if (right > drawing.right) return right - drawing.right + room;
  return 0;
}
