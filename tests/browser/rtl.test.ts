import { mkdirSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { FIRST_EIGHT_DATA, timelineReady, browserForSuite } from './harness.ts';

const browser = browserForSuite();
const SCREENSHOTS = 'test-results/screenshots';

const FIRST = 'US–Soviet Incidents at Sea Agreement signed';
const SECOND = 'Russia introduces the first draft on information security';
/** The year 1998: the axis counts its months. */
const AROUND_53_70 = 'from=1998&to=1998';

async function open(query: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await browser.newPage(options);
  await page.goto(`${browser.url}?data=${FIRST_EIGHT_DATA}&${query}`);
  await timelineReady(page);
  return page;
}

// vis measures its characters with a hidden "0" among the labels.
const minorAxisLabels = (page: Page) =>
  page.locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)').allTextContents();
const cardDate = (page: Page) => page.locator('.event-card .event-card-meta time').first().textContent();
const highlighted = (page: Page) => page.locator('.vis-selected .timeline-item').textContent();
const documentLanguage = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

/** The timeline's area and its track labels, as drawn. */
async function labelsAndItems(page: Page) {
  const [labels, items] = await Promise.all([
    page
      .locator('.vis-panel.vis-left, .vis-panel.vis-right')
      .filter({ has: page.locator('.vis-label') })
      .boundingBox(),
    page.locator('.vis-panel.vis-center').boundingBox(),
  ]);
  if (!labels || !items) throw new Error('the timeline has no track labels or no items panel');
  return { labels, items };
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

async function focusTimeline(page: Page): Promise<void> {
  await page.locator('section.timeline').focus();
}

describe('Arabic, right to left', () => {
  it('sets the document language and direction from ?lang=', async () => {
    const page = await open('lang=ar');
    expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  it('draws the track labels on the right of the timeline', async () => {
    const page = await open('lang=ar');
    const { labels, items } = await labelsAndItems(page);
    expect(labels.x).toBeGreaterThanOrEqual(items.x + items.width - 1);
    // And later events to the left of earlier ones.
    const [first, second] = await Promise.all(
      [FIRST, SECOND].map((title) => page.locator('.timeline-item', { hasText: title }).boundingBox()),
    );
    expect(first!.x).toBeGreaterThan(second!.x);
  });

  it('moves to the earlier event with → and to the later one with ←', async () => {
    const page = await open('lang=ar');
    await focusTimeline(page);
    await page.keyboard.press('Home');
    expect(await highlighted(page)).toBe(FIRST);
    await page.keyboard.press('ArrowLeft');
    expect(await highlighted(page)).toBe(SECOND);
    await page.keyboard.press('ArrowRight');
    expect(await highlighted(page)).toBe(FIRST);
  });

  it('names the months on the axis in Arabic', async () => {
    const page = await open(`lang=ar&${AROUND_53_70}`);
    await expect.poll(() => minorAxisLabels(page)).toEqual(expect.arrayContaining(['نوفمبر', 'ديسمبر']));
  });

  it("writes a card's date in Arabic, with Western digits", async () => {
    const page = await open('lang=ar#event=unga-res-53-70-1998');
    expect(await cardDate(page)).toBe('4 ديسمبر 1998');
  });

  it('keeps a symbol such as A/RES/53/70 isolated from the Arabic around it', async () => {
    const page = await open('lang=ar#event=unga-res-53-70-1998');
    const symbol = page.locator('.event-card-documents a bdi').first();
    expect(await symbol.textContent()).toMatch(/^A\/RES\/53\/70/);
    expect(await symbol.evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe('isolate');
  });

  it('has no axe violations, with a card open', async () => {
    const page = await open('lang=ar#event=unga-res-53-70-1998');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('mirrors the page at 1280×800 (screenshot)', async () => {
    const page = await open('lang=ar#event=unga-res-53-70-1998', { viewport: { width: 1280, height: 800 } });
    const card = await page.locator('.event-card').boundingBox();
    // The card sits at the end of the line: beside the timeline, on its left.
    const timeline = await page.locator('.timeline-view').boundingBox();
    expect(card!.x + card!.width).toBeLessThanOrEqual(timeline!.x + 1);
    await screenshot(page, 'rtl-ar-1280x800');
  });

  it('mirrors the page at 360×740, in the list and on the timeline (screenshots)', async () => {
    const list = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await list.goto(`${browser.url}?data=${FIRST_EIGHT_DATA}&lang=ar`);
    await list.locator('.event-list').waitFor();
    await screenshot(list, 'rtl-ar-360x740-list');
    const timeline = await open('lang=ar&view=timeline#event=unga-res-53-70-1998', {
      viewport: { width: 360, height: 740 },
    });
    await timeline.locator('.event-card').waitFor();
    await screenshot(timeline, 'rtl-ar-360x740-timeline');
  });
});

describe('French', () => {
  it('names the months on the axis and on the card in French', async () => {
    const page = await open(`lang=fr&${AROUND_53_70}`);
    expect(await documentLanguage(page)).toEqual({ lang: 'fr', dir: 'ltr' });
    await expect.poll(() => minorAxisLabels(page)).toEqual(expect.arrayContaining(['nov.', 'déc.']));
    const card = await open('lang=fr#event=unga-res-53-70-1998');
    expect(await cardDate(card)).toBe('4 décembre 1998');
  });

  it("takes the browser's language when the address does not choose", async () => {
    const page = await open(AROUND_53_70, { locale: 'fr-CA' });
    expect(await documentLanguage(page)).toEqual({ lang: 'fr', dir: 'ltr' });
    await expect.poll(() => minorAxisLabels(page)).toEqual(expect.arrayContaining(['déc.']));
  });
});
