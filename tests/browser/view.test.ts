import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIRST_EIGHT_DATA, timelineReady, browserForSuite } from './harness.ts';

const browser = browserForSuite();
/** Every event drawn as its own box (the whole record is drawn compactly, with counts). */
const FIRST_EIGHT = `?view=timeline&data=${FIRST_EIGHT_DATA}`;
const FIRST = 'US–Soviet Incidents at Sea Agreement signed';
const RESOLUTION = 'Resolution 53/70 adopted without a vote';
const CYBERCRIME = 'Resolution 74/247 on countering ICT crime';

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 360, height: 740 },
] as const;

async function openTimeline(viewport: { width: number; height: number }, address = FIRST_EIGHT): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${browser.url}${address}`);
  await timelineReady(page);
  return page;
}

async function tabToTimeline(page: Page): Promise<void> {
  const focused = () => page.evaluate(() => document.activeElement?.classList.contains('timeline') ?? false);
  for (let step = 0; step < 16 && !(await focused()); step += 1) await page.keyboard.press('Tab');
  expect(await focused(), 'Tab reaches the timeline').toBe(true);
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The event boxes that reach past the left or right edge of the timeline's drawing area. */
function boxesCutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const area = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.vis-item.vis-box')]
      .filter((box) => {
        const { left, right } = box.getBoundingClientRect();
        return left < area.left - 0.5 || right > area.right + 0.5;
      })
      .map((box) => box.textContent ?? '');
  });
}

/** Where a box's connector line is painted over another box: "line of A over B". */
function linesOverBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const crossings: string[] = [];
    const boxes = [...document.querySelectorAll<HTMLElement>('.vis-item.vis-box')];
    for (const line of document.querySelectorAll<HTMLElement>('.vis-item.vis-line')) {
      const drawn = line.getBoundingClientRect();
      if (drawn.height === 0) continue;
      for (const box of boxes) {
        const area = box.getBoundingClientRect();
        const x = drawn.left + drawn.width / 2;
        if (x <= area.left || x >= area.right || drawn.bottom <= area.top || drawn.top >= area.bottom) continue;
        const y = Math.max(area.top, drawn.top) + Math.min(area.height, drawn.height) / 2;
        const stack = document.elementsFromPoint(x, y);
        const lineAt = stack.indexOf(line);
        const boxAt = stack.findIndex((element) => box.contains(element));
        if (lineAt >= 0 && boxAt >= 0 && lineAt < boxAt) crossings.push(`a line over ${box.textContent}`);
      }
    }
    return crossings;
  });
}

describe('the key legend', () => {
  for (const viewport of SIZES) {
    it(`covers nothing on the timeline while it is shown, at ${viewport.width}×${viewport.height}`, async () => {
      const page = await openTimeline(viewport);
      await tabToTimeline(page);
      const legend = page.locator('.timeline-instructions');
      expect(await legend.isVisible()).toBe(true);
      const legendBox = await legend.evaluate((element) => element.getBoundingClientRect().toJSON() as Box);
      const canvas = page.locator('.timeline-canvas');
      const canvasBox = await canvas.evaluate((element) => element.getBoundingClientRect().toJSON() as Box);
      expect(overlaps(legendBox, canvasBox), 'the legend overlaps the drawing').toBe(false);
      const size = `${viewport.width}x${viewport.height}`;
      await page.screenshot({ path: `test-results/screenshots/timeline-focused-${size}.png` });
    });
  }
});

const SHORT_TIMELINE = '?view=timeline&data=fixtures/data-url/events.json';

describe('Show all', () => {
  const cases = SIZES.flatMap((viewport) => [
    { viewport, address: FIRST_EIGHT, name: 'the first eight events', count: 8 },
    { viewport, address: SHORT_TIMELINE, name: 'a timeline of two events', count: 2 },
  ]);
  for (const { viewport, address, name, count } of cases) {
    const size = `${viewport.width}×${viewport.height}`;
    it(`shows every box of ${name} whole, first view and after zooming, at ${size}`, async () => {
      const page = await openTimeline(viewport, address);
      expect(await boxesCutOff(page), 'first view').toEqual([]);
      const period = page.getByRole('status', { name: 'Visible period' });
      const all = await period.textContent();
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await expect.poll(() => period.textContent()).not.toBe(all);
      await page.getByRole('button', { name: 'Show all' }).click();
      await expect.poll(() => period.textContent()).toBe(all);
      await expect.poll(() => boxesCutOff(page)).toEqual([]);
      expect(await page.locator('.vis-item.vis-box').count()).toBe(count);
    });
  }
});

describe('connector lines', () => {
  for (const viewport of SIZES) {
    const size = `${viewport.width}×${viewport.height}`;
    it(`never cross another box, the selected event's line included, at ${size}`, async () => {
      const page = await openTimeline(viewport);
      expect(await linesOverBoxes(page)).toEqual([]);
      // Its line runs down past three boxes of the 2018–2020 cluster.
      await page.locator('.timeline-item', { hasText: CYBERCRIME }).click();
      await page.locator('.vis-selected .timeline-item', { hasText: CYBERCRIME }).waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('article').waitFor({ state: 'detached' });
      expect(await linesOverBoxes(page)).toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/lines-${viewport.width}x${viewport.height}.png` });
    });
  }
});

describe('opening a card', () => {
  const selectedInView = (page: Page) =>
    page.locator('.vis-selected.vis-box').evaluate((box) => {
      const { top, bottom } = box.getBoundingClientRect();
      return top >= 0 && bottom <= window.innerHeight;
    });

  it('keeps the chosen event in view when it opens from the keyboard, at 1280×800', async () => {
    const page = await openTimeline({ width: 1280, height: 800 });
    await tabToTimeline(page);
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.getByRole('article').waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('article') !== null)).toBe(true);
    await expect.poll(() => page.locator('.vis-selected .timeline-item').textContent()).toBe(FIRST);
    expect(await selectedInView(page)).toBe(true);
    // And some of the card shows: its heading is on screen.
    const heading = await page.getByRole('article').getByRole('heading', { level: 2 }).boundingBox();
    expect(heading && heading.y + heading.height <= 800).toBe(true);
  });

  it('keeps the clicked event in view, at 1280×800', async () => {
    const page = await openTimeline({ width: 1280, height: 800 });
    // The top track: scrolling the whole card into view would take it off the screen.
    await page.locator('.timeline-item', { hasText: FIRST }).click();
    await page.getByRole('article').waitFor();
    expect(await selectedInView(page)).toBe(true);
  });
});

describe('an address with an unknown event while a card is open', () => {
  it('closes the card and clears the highlight', async () => {
    const page = await openTimeline({ width: 1280, height: 800 });
    await page.locator('.timeline-item', { hasText: RESOLUTION }).click();
    await page.locator('.vis-selected .timeline-item', { hasText: RESOLUTION }).waitFor();
    await page.evaluate(() => {
      window.location.hash = '#event=nope';
    });
    await page.getByRole('status').filter({ hasText: 'no event “nope”' }).waitFor();
    expect(await page.getByRole('article').count()).toBe(0);
    expect(await page.locator('.vis-selected').count()).toBe(0);
  });
});
