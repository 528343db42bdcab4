import { describe, expect, it } from 'vitest';
import { windowShowingAll, type ItemExtent } from '../../src/timeline/fitWindow.ts';

const box = (at: number, halfWidth: number): ItemExtent => ({ from: at, to: at, halfWidth });

/** Where an item's left and right edges fall on a canvas `width` pixels wide showing the window. */
function pixelsOf(item: ItemExtent, window: { start: number; end: number }, width: number) {
  const perPixel = (window.end - window.start) / width;
  return {
    left: (item.from - window.start) / perPixel - item.halfWidth,
    right: (item.to - window.start) / perPixel + item.halfWidth,
  };
}

describe('windowShowingAll', () => {
  it('leaves room for the half of the first and last boxes that reach past their dates', () => {
    const items = [box(0, 100), box(1000, 100)];
    const window = windowShowingAll(items, 1000, 10)!;
    expect(pixelsOf(items[0]!, window, 1000).left).toBeCloseTo(10);
    expect(pixelsOf(items[1]!, window, 1000).right).toBeCloseTo(990);
  });

  it('lets a wide box next to the first one set the scale when it needs more room', () => {
    const items = [box(0, 10), box(10, 300), box(1000, 10)];
    const window = windowShowingAll(items, 1000, 0)!;
    for (const item of items) {
      const { left, right } = pixelsOf(item, window, 1000);
      expect(left).toBeGreaterThanOrEqual(-1e-6);
      expect(right).toBeLessThanOrEqual(1000 + 1e-6);
    }
    expect(pixelsOf(items[1]!, window, 1000).left).toBeCloseTo(0);
  });

  it('fits a bar by its own dates', () => {
    const window = windowShowingAll([{ from: 100, to: 500, halfWidth: 0 }], 400, 0)!;
    expect(window).toEqual({ start: 100, end: 500 });
  });

  it('gives up when every item is on one date', () => {
    expect(windowShowingAll([box(5, 50), box(5, 80)], 800)).toBeNull();
  });
});
