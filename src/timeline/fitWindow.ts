/**
 * What one item needs room for: its dates (a box has from = to) and, for a box, half its width in
 * pixels, since vis-timeline centres a box on its date and its label reaches past it both ways.
 */
export interface ItemExtent {
  readonly from: number;
  readonly to: number;
  readonly halfWidth: number;
}

/**
 * The narrowest window in which every item is drawn whole, `padding` pixels clear of both edges,
 * on a canvas `width` pixels wide. vis-timeline's fit() measures with the zoom of the moment and
 * before its boxes have widths, so it cuts the first and last labels. Null when no zoom can help:
 * one date only, or boxes wider than the canvas.
 */
export function windowShowingAll(
  items: readonly ItemExtent[],
  width: number,
  padding = 8,
): { start: number; end: number } | null {
  const room = width - 2 * padding;
  // Milliseconds per pixel: each pair of items must fit side by side, the later one's right side
  // and the earlier one's left side inside the room, so the pair that needs most sets the scale.
  let scale = 0;
  for (const late of items) {
    for (const early of items) {
      const pixels = room - late.halfWidth - early.halfWidth;
      if (late.to > early.from && pixels > 0) scale = Math.max(scale, (late.to - early.from) / pixels);
    }
  }
  if (scale === 0) return null;
  const start = Math.min(...items.map((item) => item.from - (item.halfWidth + padding) * scale));
  const end = Math.max(...items.map((item) => item.to + (item.halfWidth + padding) * scale));
  const spare = (width * scale - (end - start)) / 2;
  return { start: start - spare, end: end + spare };
}
