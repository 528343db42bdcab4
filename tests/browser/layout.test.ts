import { mkdirSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForSuite, timelineReady } from './harness.ts';

/**
 * The layout, measured on the built app with the bundled record (46 events, 7 tracks): the
 * timeline's height, its track labels, its boxes and their labels, and the card beside it.
 */
const browser = browserForSuite();
const SCREENSHOTS = 'test-results/screenshots';
const LONG_WORDS = 'fixtures/long-words/events.json';
const TRACKS = 7;

interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

interface LabelReport {
  readonly text: string;
  /** The label lies within its box (a pixel's rounding allowed). */
  readonly inBox: boolean;
  /** Its text fits, or is cut with an ellipsis (one line, or the last of three). */
  readonly fitsOrEllipsis: boolean;
}

interface LayoutReport {
  readonly viewport: Rect;
  readonly widget: Rect;
  readonly tracks: readonly Rect[];
  readonly boxes: readonly Rect[];
  readonly labels: readonly LabelReport[];
  /** The document's scroll container (the embed's own, or the page). */
  readonly scroll: { readonly height: number; readonly clientHeight: number };
}

/** Everything the layout rules speak of, measured in the page (or frame) in one go. */
function measureLayout(target: Page | Frame): Promise<LayoutReport> {
  return target.evaluate(() => {
    const rectOf = (element: Element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    const widgetElement = document.querySelector('.timeline-view');
    const drawing = document.querySelector('.timeline-canvas .vis-panel.vis-center');
    if (!widgetElement || !drawing) throw new Error('no timeline drawn');
    const drawn = rectOf(drawing);
    const items = [
      ...document.querySelectorAll('.timeline-canvas .vis-item.vis-box, .timeline-canvas .vis-item.vis-range'),
    ]
      .map((item) => ({ item, rect: rectOf(item) }))
      .filter(({ rect }) => rect.right > drawn.left && rect.left < drawn.right && rect.right - rect.left > 0);
    const labels = items.flatMap(({ item, rect }) => {
      const label = item.querySelector<HTMLElement>('.timeline-item, .timeline-count');
      if (!label) return [];
      const own = rectOf(label);
      const style = getComputedStyle(label);
      const clipped = style.overflowX === 'hidden';
      const ellipsis = clipped && (style.textOverflow === 'ellipsis' || style.webkitLineClamp !== 'none');
      return [
        {
          text: label.textContent,
          inBox:
            own.left >= rect.left - 1 &&
            own.right <= rect.right + 1 &&
            own.top >= rect.top - 1 &&
            own.bottom <= rect.bottom + 1,
          fitsOrEllipsis:
            ellipsis || (label.scrollWidth <= label.clientWidth + 1 && label.scrollHeight <= label.clientHeight + 1),
        },
      ];
    });
    const scroller = document.querySelector('.app-embed') ?? document.documentElement;
    return {
      viewport: { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight },
      widget: rectOf(widgetElement),
      tracks: [...document.querySelectorAll('.vis-labelset .vis-label')].map(rectOf),
      boxes: items.map(({ rect }) => rect),
      labels,
      scroll: { height: scroller.scrollHeight, clientHeight: scroller.clientHeight },
    };
  });
}

function inside(inner: Rect, outer: Rect, slack = 1): boolean {
  return (
    inner.left >= outer.left - slack &&
    inner.top >= outer.top - slack &&
    inner.right <= outer.right + slack &&
    inner.bottom <= outer.bottom + slack
  );
}

/** Boxes that share more than a pixel's rounding. */
function intersecting(boxes: readonly Rect[]): [Rect, Rect][] {
  const pairs: [Rect, Rect][] = [];
  boxes.forEach((a, index) => {
    for (const b of boxes.slice(index + 1)) {
      const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (overlapX > 1 && overlapY > 1) pairs.push([a, b]);
    }
  });
  return pairs;
}

/** The layout rules every reader's view must keep. */
function expectReadableLayout(report: LayoutReport): void {
  expect(report.tracks).toHaveLength(TRACKS);
  for (const track of report.tracks) expect(inside(track, report.widget), 'track label inside the widget').toBe(true);
  expect(report.boxes.length).toBeGreaterThanOrEqual(TRACKS);
  expect(intersecting(report.boxes), 'intersecting boxes').toEqual([]);
  expect(report.labels.filter((label) => !label.inBox).map((label) => label.text)).toEqual([]);
  expect(report.labels.filter((label) => !label.fitsOrEllipsis).map((label) => label.text)).toEqual([]);
}

async function screenshot(target: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await target.screenshot({ path: `${SCREENSHOTS}/layout-${name}.png` });
}

/** The whole record shown, as the "Show all" button (or the 0 key) does, and settled. */
async function showAll(page: Page): Promise<void> {
  await timelineReady(page);
  await page.getByRole('button', { name: 'Show all' }).click();
  const range = page.locator('.timeline-range');
  await expect.poll(() => range.textContent()).toMatch(/^\d{4} – \d{4}$/);
}

/** A course page with the app in a frame of this size, and no script, as an LMS leaves it. */
async function embedded(width: number, height: number, query = ''): Promise<{ page: Page; frame: Frame }> {
  const page = await browser.newPage({
    viewport: { width: width + 40, height: height + 120 },
    reducedMotion: 'reduce',
  });
  const host = browser.hostPage(
    `layout-${width}x${height}.html`,
    `<!doctype html><html lang="en"><title>Course page</title><link rel="icon" href="data:,">
<style>body{margin:0;padding:20px}iframe{display:block;border:0}</style>
<iframe title="Timeline" src="${browser.url}?embed=1&amp;view=timeline${query}" width="${width}" height="${height}"></iframe>`,
  );
  await page.goto(host);
  await page.frameLocator('iframe').locator('section.timeline[aria-busy="false"]').waitFor();
  const frame = page.frames().find((candidate) => candidate.url().includes('embed=1'));
  if (!frame) throw new Error('no embedded frame');
  return { page, frame };
}

describe('the bundled record at a glance', () => {
  it('at 1280×800 with "Show all": at most 560 px tall, every track label in it, no box over another, no label out of its box', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(browser.url);
    await showAll(page);
    const report = await measureLayout(page);
    expect(report.widget.bottom - report.widget.top).toBeLessThanOrEqual(560);
    expectReadableLayout(report);
    await screenshot(page, '1280x800');
  });

  it('at 1024×768 and at 360×740 (the timeline chosen), the same rules hold', async () => {
    for (const viewport of [
      { width: 1024, height: 768 },
      { width: 360, height: 740 },
    ]) {
      const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
      await page.goto(`${browser.url}?view=timeline`);
      await showAll(page);
      expectReadableLayout(await measureLayout(page));
      await screenshot(page, `${viewport.width}x${viewport.height}`);
    }
  });

  it('in a 900×500 frame: every track in view with no scrolling, inside the frame or of it', async () => {
    const { page, frame } = await embedded(900, 500);
    const report = await measureLayout(frame);
    expectReadableLayout(report);
    for (const track of report.tracks) expect(inside(track, report.viewport, 0), 'track in the frame').toBe(true);
    expect(report.scroll.height, 'nothing scrolls inside the frame').toBeLessThanOrEqual(report.scroll.clientHeight);
    const hostScroll = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(hostScroll, 'nor does the course page around it').toBeLessThanOrEqual(0);
    await screenshot(page, 'embed-900x500');
  });

  it('in 700×450 and 400×300 frames, what does not fit scrolls inside the frame, and boxes stay apart', async () => {
    for (const [width, height] of [
      [700, 450],
      [400, 300],
    ] as const) {
      const { page, frame } = await embedded(width, height);
      const report = await measureLayout(frame);
      expect(intersecting(report.boxes)).toEqual([]);
      expect(report.labels.filter((label) => !label.inBox || !label.fitsOrEllipsis)).toEqual([]);
      await screenshot(page, `embed-${width}x${height}`);
    }
  });
});

describe('the card beside the timeline', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1024, height: 768 },
  ]) {
    it(`at ${viewport.width}×${viewport.height}: card and timeline side by side, both in view, the chosen box whole`, async () => {
      const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
      await page.goto(browser.url);
      await timelineReady(page);
      const chosen = page.locator('.timeline-canvas .timeline-item').first();
      const title = await chosen.getAttribute('title');
      await chosen.click();
      const card = page.getByRole('article');
      expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe(title);
      const viewportRect = { left: 0, top: 0, right: viewport.width, bottom: viewport.height };
      const rectOf = async (selector: string): Promise<Rect> => {
        const box = await page.locator(selector).boundingBox();
        if (!box) throw new Error(`${selector} is not shown`);
        return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
      };
      await expect.poll(async () => inside(await rectOf('.event-card'), viewportRect, 0)).toBe(true);
      await expect.poll(async () => inside(await rectOf('.timeline-view'), viewportRect, 0)).toBe(true);
      const [cardRect, timelineRect] = [await rectOf('.event-card'), await rectOf('.timeline-view')];
      expect(cardRect.left, 'the card beside the timeline, not over it').toBeGreaterThanOrEqual(timelineRect.right);
      // The timeline gave the card its width; vis has been told, and the chosen box is not cut by the new edge.
      const selectedSelector = '.timeline-canvas .vis-item.vis-selected:is(.vis-box, .vis-range)';
      await expect
        .poll(async () => inside(await rectOf(selectedSelector), await rectOf('.timeline-canvas .vis-center')))
        .toBe(true);
      await screenshot(page, `${viewport.width}x${viewport.height}-card`);

      // Escape closes it, focus returns to the timeline, and the timeline takes the whole width again.
      await page.keyboard.press('Escape');
      await expect.poll(() => card.count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.matches('section.timeline'))).toBe(true);
      await expect.poll(async () => (await rectOf('.timeline-view')).right).toBeGreaterThan(cardRect.left);
    });
  }

  it('on a narrow screen the card opens below the timeline, as before', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(browser.url);
    await timelineReady(page);
    await page.locator('.timeline-canvas .timeline-item').first().click();
    const card = page.getByRole('article');
    await card.waitFor();
    const [cardBox, timelineBox] = [await card.boundingBox(), await page.locator('.timeline-view').boundingBox()];
    expect(cardBox && timelineBox && cardBox.y >= timelineBox.y + timelineBox.height).toBe(true);
  });
});

describe('long titles and unbroken words', () => {
  it('are cut with an ellipsis on the timeline, whole on hover and on the card, and wrap in the card, the list and the handout', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(`${browser.url}?data=${LONG_WORDS}`);
    await timelineReady(page);
    const report = await measureLayout(page);
    expect(report.labels).toHaveLength(3);
    expect(report.labels.filter((label) => !label.inBox || !label.fitsOrEllipsis)).toEqual([]);
    expect(intersecting(report.boxes)).toEqual([]);
    const longItem = page.locator('.timeline-item[data-event-id="long-title-word"]');
    const title = await longItem.textContent();
    expect(title).toMatch(/^Unbrokenx{182}$/);
    expect(await longItem.getAttribute('title')).toBe(title);
    // Cut: the box shows less than the label's whole text.
    expect(await longItem.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
    await screenshot(page, 'long-words-timeline');

    await longItem.click();
    const card = page.locator('.event-card');
    expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe(title);
    await expect.poll(() => card.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await screenshot(page, 'long-words-card');

    await page.getByRole('button', { name: 'List' }).click();
    const entries = page.locator('.event-list > li');
    await expect.poll(() => entries.count()).toBe(3);
    const overflowing = (selector: string) =>
      page.evaluate(
        (entrySelector) =>
          [...document.querySelectorAll(entrySelector)].filter((entry) => entry.scrollWidth > entry.clientWidth + 1)
            .length,
        selector,
      );
    expect(await overflowing('.app-list-view .event-list > li')).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    await page.emulateMedia({ media: 'print' });
    await page.locator('.print-handout .overview').waitFor();
    expect(await overflowing('.print-handout .event-list > li')).toBe(0);
    expect(await overflowing('.print-handout .overview td')).toBe(0);
  });
});
