import { periodEnd } from '../events/calendarDate.ts';
import type { TimelineEvent } from '../events/model.ts';
import { DENSE_ABOVE } from '../timeline/density.ts';

/**
 * The frame height that shows every track of a timeline at a given frame width, worked out from
 * the data the way vis-timeline lays it out: boxes centred on their dates across the fitted
 * window, stacked within a track where they overlap. The sizes mirror app.css and timeline.css,
 * as measured in Chromium; where text wrapping or stacking is guessed, the guess errs towards a
 * taller frame. Frames up to SHORT_FRAME_MAX tall get timeline.css's tighter rows (smaller type, a
 * shorter axis and zoom bar), so a height is tried with those first.
 */
export interface EmbedHeightAdvice {
  readonly height: number;
  readonly trackCount: number;
}

/** timeline.css's `@media (max-height: 40rem)`: the tighter rows. */
export const SHORT_FRAME_MAX = 640;
/** Frames narrower than this get timeline.css's small boxes and a wrapped zoom toolbar. */
const SMALL_BOXES_BELOW = 601;
/** Below this the embed's own toolbar (views, About, "Open full timeline") takes two rows. */
const TWO_ROW_TOOLBAR_BELOW = 480;

interface Layout {
  readonly boxWidth: number;
  readonly textWidth: number;
  readonly fontSize: number;
  readonly lineHeight: number;
  /** A box's padding and border, top and bottom. */
  readonly boxPadding: number;
  readonly trackColumn: number;
  readonly zoomToolbar: number;
  readonly axis: number;
  /** "Select an event on the timeline…", below it until a card opens, with its margin. */
  readonly hint: number;
  /** The kinds' Key, closed, on one line under the tracks. */
  readonly key: number;
}

const LARGE: Layout = {
  boxWidth: 268,
  textWidth: 256,
  fontSize: 14,
  lineHeight: 1.3,
  boxPadding: 15,
  trackColumn: 164,
  zoomToolbar: 51,
  axis: 60,
  hint: 56,
  key: 28,
};
const SMALL: Layout = {
  ...LARGE,
  boxWidth: 156,
  textWidth: 144,
  fontSize: 12.8,
  trackColumn: 108,
  zoomToolbar: 83,
  hint: 80,
};
const SHORT: Layout = {
  ...LARGE,
  fontSize: 12.8,
  lineHeight: 1.2,
  boxPadding: 8,
  zoomToolbar: 37,
  axis: 35,
  hint: 30,
  key: 20,
};
const SHORT_SMALL: Layout = { ...SHORT, boxWidth: 156, textWidth: 144, trackColumn: 108, hint: 50 };

/** An average character in system-ui is a little under half an em wide; half an em leaves some room. */
const CHARACTER_WIDTH = 0.5;
/** timeline.css cuts a wrapped label after this many lines, with an ellipsis. */
const MAX_LABEL_LINES = 3;
const ITEM_MARGIN = { horizontal: 4, vertical: 8 };
/** vis keeps 10 px beside the outermost boxes when it fits the window. */
const FIT_MARGIN = 10;
/** Room vis gives a track beyond its boxes (the connector dots and the label's own padding). */
const TRACK_SLACK = 16;
/** vis sets the first track a little lower than the rest. */
const FIRST_TRACK = 8;
/** The frame's padding, the embed's toolbar row (and its margin) and the timeline's border. */
const FRAME_PADDING = 8;
const APP_TOOLBAR = 42;
const APP_TOOLBAR_TWO_ROWS = 74;
const TIMELINE_BORDER = 2;
const ROUND_TO = 10;
export const MIN_EMBED_HEIGHT = 300;
/**
 * Lists longer than DENSE_ABOVE are drawn as one-line boxes and "N events" counts, so a track holds
 * one row, and where a box meets the count beside it, two: measured on the bundled record, one
 * track in seven at 900 px and two at 700 px. Room is made for a second row in one track in four.
 */
const SECOND_ROW_EVERY = 4;
/** Beyond this the frame would dwarf a course page; what is below scrolls inside the frame. */
export const MAX_EMBED_HEIGHT = 1200;

interface Box {
  readonly left: number;
  readonly right: number;
  readonly height: number;
}

interface PlacedBox extends Box {
  readonly top: number;
}

export function recommendedEmbedHeight(
  events: readonly TimelineEvent[],
  tracks: readonly string[],
  frameWidth: number,
): EmbedHeightAdvice {
  const small = frameWidth < SMALL_BOXES_BELOW;
  const short = frameHeight(events, tracks, frameWidth, small ? SHORT_SMALL : SHORT);
  const rounded = short <= SHORT_FRAME_MAX ? short : frameHeight(events, tracks, frameWidth, small ? SMALL : LARGE);
  const height = Math.min(MAX_EMBED_HEIGHT, Math.max(MIN_EMBED_HEIGHT, rounded));
  return { height, trackCount: tracks.length };
}

/** The height, in whole tens of pixels, that shows every track with the given layout. */
function frameHeight(
  events: readonly TimelineEvent[],
  tracks: readonly string[],
  frameWidth: number,
  layout: Layout,
): number {
  const canvasWidth = frameWidth - 2 * FRAME_PADDING - TIMELINE_BORDER - layout.trackColumn;
  const tracksHeight =
    events.length > DENSE_ABOVE
      ? countsTracksHeight(tracks.length, layout)
      : stackedTracksHeight(boxesByTrack(events, layout, canvasWidth), tracks);
  const appToolbar = frameWidth < TWO_ROW_TOOLBAR_BELOW ? APP_TOOLBAR_TWO_ROWS : APP_TOOLBAR;
  const chrome =
    2 * FRAME_PADDING + appToolbar + TIMELINE_BORDER + layout.zoomToolbar + layout.axis + layout.hint + layout.key;
  return Math.ceil((chrome + FIRST_TRACK + tracksHeight) / ROUND_TO) * ROUND_TO;
}

function boxesByTrack(events: readonly TimelineEvent[], layout: Layout, canvasWidth: number): Map<string, Box[]> {
  const starts = events.map((event) => event.date.start.getTime());
  const ends = events.map((event) => periodEnd(event.end ?? event.date).getTime());
  const first = Math.min(...starts);
  const span = Math.max(Math.max(...ends) - first, 1);
  const edge = layout.boxWidth / 2 + FIT_MARGIN;
  const usable = Math.max(canvasWidth - 2 * edge, 1);
  const x = (time: number) => edge + ((time - first) / span) * usable;
  const byTrack = new Map<string, Box[]>();
  events.forEach((event, index) => {
    const box: Box = {
      left: x(starts[index] ?? first) - layout.boxWidth / 2,
      right: x(ends[index] ?? first) + layout.boxWidth / 2,
      height: boxHeight(event.title, layout),
    };
    const track = byTrack.get(event.track);
    if (track) track.push(box);
    else byTrack.set(event.track, [box]);
  });
  return byTrack;
}

function stackedTracksHeight(boxes: ReadonlyMap<string, readonly Box[]>, tracks: readonly string[]): number {
  return tracks.reduce((sum, track) => sum + trackHeight(boxes.get(track) ?? []), 0);
}

/** A row of one-line boxes with vis's margin above and below, then a second row in some tracks. */
function countsTracksHeight(trackCount: number, layout: Layout): number {
  const box = layout.fontSize * layout.lineHeight + layout.boxPadding;
  const secondRows = Math.ceil(trackCount / SECOND_ROW_EVERY);
  return trackCount * (box + 2 * ITEM_MARGIN.vertical) + secondRows * (box + ITEM_MARGIN.vertical);
}

function boxHeight(title: string, layout: Layout): number {
  const perLine = Math.max(1, Math.floor(layout.textWidth / (layout.fontSize * CHARACTER_WIDTH)));
  const lines = Math.min(MAX_LABEL_LINES, Math.max(1, Math.ceil(title.length / perLine)));
  return lines * layout.fontSize * layout.lineHeight + layout.boxPadding;
}

/** Stacks boxes as vis does: each goes below the placed boxes it would overlap. */
function trackHeight(boxes: readonly Box[]): number {
  const placed: PlacedBox[] = [];
  for (const box of boxes) {
    let top = ITEM_MARGIN.vertical;
    let clash = placed.find((other) => overlaps(box, top, other));
    while (clash) {
      top = clash.top + clash.height + ITEM_MARGIN.vertical;
      clash = placed.find((other) => overlaps(box, top, other));
    }
    placed.push({ ...box, top });
  }
  const bottom = Math.max(ITEM_MARGIN.vertical, ...placed.map((box) => box.top + box.height));
  return bottom + TRACK_SLACK;
}

function overlaps(box: Box, top: number, other: PlacedBox): boolean {
  const sideBySide =
    box.right + ITEM_MARGIN.horizontal <= other.left || other.right + ITEM_MARGIN.horizontal <= box.left;
  const aboveOrBelow =
    top + box.height + ITEM_MARGIN.vertical <= other.top || other.top + other.height + ITEM_MARGIN.vertical <= top;
  return !sideBySide && !aboveOrBelow;
}
