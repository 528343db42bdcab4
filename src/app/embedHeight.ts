import { periodEnd } from '../events/calendarDate.ts';
import type { TimelineEvent } from '../events/model.ts';
import { DENSE_ABOVE } from '../timeline/density.ts';

/**
 * The frame height that shows every track of a timeline at a given frame width, worked out from
 * the data the way vis-timeline lays it out: boxes centred on their dates across the fitted
 * window, stacked within a track where they overlap. The sizes mirror app.css and timeline.css;
 * where text wrapping is guessed, the guess errs towards a taller frame.
 */
export interface EmbedHeightAdvice {
  readonly height: number;
  readonly trackCount: number;
}

/** Frames narrower than this get timeline.css's small boxes and a wrapped zoom toolbar. */
const SMALL_BOXES_BELOW = 601;

interface BoxLayout {
  readonly boxWidth: number;
  readonly textWidth: number;
  readonly fontSize: number;
  readonly trackColumn: number;
  readonly zoomToolbar: number;
}

const LARGE: BoxLayout = { boxWidth: 268, textWidth: 256, fontSize: 14, trackColumn: 164, zoomToolbar: 51 };
const SMALL: BoxLayout = { boxWidth: 156, textWidth: 144, fontSize: 12.8, trackColumn: 108, zoomToolbar: 83 };

const LINE_HEIGHT = 1.3;
/** An average character in system-ui is a little under half an em wide; half an em leaves some room. */
const CHARACTER_WIDTH = 0.5;
const BOX_PADDING = 15;
const ITEM_MARGIN = { horizontal: 4, vertical: 8 };
/** vis keeps 10 px beside the outermost boxes when it fits the window. */
const FIT_MARGIN = 10;
/** Room vis gives a track beyond its boxes (the connector dots and the label's own padding). */
const TRACK_SLACK = 16;
/** The frame's padding, the view toggle row, the timeline's border, its axis and the hint below it. */
const FRAME_PADDING = 8;
const APP_TOOLBAR = 42;
const TIMELINE_BORDER = 2;
const AXIS = 60;
/** "Select an event on the timeline…", below it until a card opens. */
const HINT = 56;
const ROUND_TO = 10;
export const MIN_EMBED_HEIGHT = 300;
/**
 * Lists longer than DENSE_ABOVE are drawn as one-line boxes and "N events" counts, so a track holds
 * one row, now and then two, however many events it has; the track's slack covers the second.
 */
const COUNT_ROWS = 1;
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
  const layout = frameWidth < SMALL_BOXES_BELOW ? SMALL : LARGE;
  const canvasWidth = frameWidth - 2 * FRAME_PADDING - TIMELINE_BORDER - layout.trackColumn;
  const tracksHeight =
    events.length > DENSE_ABOVE
      ? tracks.length * countsTrackHeight(layout)
      : stackedTracksHeight(boxesByTrack(events, layout, canvasWidth), tracks);
  const chrome = 2 * FRAME_PADDING + APP_TOOLBAR + TIMELINE_BORDER + layout.zoomToolbar + AXIS + HINT;
  const rounded = Math.ceil((chrome + tracksHeight) / ROUND_TO) * ROUND_TO;
  const height = Math.min(MAX_EMBED_HEIGHT, Math.max(MIN_EMBED_HEIGHT, rounded));
  return { height, trackCount: tracks.length };
}

function boxesByTrack(events: readonly TimelineEvent[], layout: BoxLayout, canvasWidth: number): Map<string, Box[]> {
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

function countsTrackHeight(layout: BoxLayout): number {
  const oneLineBox = layout.fontSize * LINE_HEIGHT + BOX_PADDING;
  return ITEM_MARGIN.vertical + COUNT_ROWS * (oneLineBox + ITEM_MARGIN.vertical) + TRACK_SLACK;
}

function boxHeight(title: string, layout: BoxLayout): number {
  const perLine = Math.max(1, Math.floor(layout.textWidth / (layout.fontSize * CHARACTER_WIDTH)));
  const lines = Math.max(1, Math.ceil(title.length / perLine));
  return lines * layout.fontSize * LINE_HEIGHT + BOX_PADDING;
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
