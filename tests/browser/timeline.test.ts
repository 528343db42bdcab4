import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/chromium.ts';
import { BUILD_DIR } from './globalSetup.ts';
import { FIRST_EIGHT_DATA, FIRST_EIGHT_PATH } from './harness.ts';
import { serveFolder, type StaticServer } from '../../tools/server.ts';

// Every event drawn as its own box: the first eight events (the whole record is drawn compactly).
const data = JSON.parse(readFileSync(FIRST_EIGHT_PATH, 'utf8')) as {
  sources: { id: string; url: string }[];
  events: { id: string; date: string; title: string; track: string }[];
};
const sourceUrl = (id: string) => data.sources.find((source) => source.id === id)?.url;
const titlesInDateOrder = [...data.events].sort((a, b) => a.date.localeCompare(b.date)).map((event) => event.title);
const RESOLUTION = 'Resolution 53/70 adopted without a vote';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  server = await serveFolder(resolve(BUILD_DIR), { '/fixtures/': resolve('tests/fixtures') });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  // West of UTC: a date-only string misread as a UTC instant would show the day before.
  context = await browser.newContext({ timezoneId: 'America/New_York', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.goto(`${server.url}?data=${FIRST_EIGHT_DATA}`);
  await page.locator('section[aria-busy="false"]').waitFor();
});

afterEach(async () => {
  await context.close();
  expect(errors, 'console errors and warnings').toEqual([]);
});

const item = (title: string) => page.locator('.timeline-item', { hasText: title });
const card = () => page.getByRole('article');
const visiblePeriod = () => page.getByRole('status', { name: 'Visible period' });
const selectedItem = () => page.locator('.vis-selected .timeline-item');
const canStep = async (button: ReturnType<Page['locator']>) => (await button.getAttribute('aria-disabled')) !== 'true';

/** Clicks a zoom button and waits until the view has settled on its new period. */
async function zoom(button: 'Zoom in' | 'Zoom out' | 'Show all'): Promise<string> {
  const before = await visiblePeriod().textContent();
  await page.getByRole('button', { name: button }).click();
  await expect.poll(() => visiblePeriod().textContent()).not.toBe(before);
  return (await visiblePeriod().textContent()) ?? '';
}

/** Whether the element is drawn inside the timeline's visible area, not scrolled or clipped away. */
async function isInsideTimeline(element: ReturnType<Page['locator']>): Promise<boolean> {
  const [box, area] = await Promise.all([element.boundingBox(), page.locator('.vis-panel.vis-center').boundingBox()]);
  return !!box && !!area && box.x >= area.x - 1 && box.x + box.width <= area.x + area.width + 1;
}

describe('the timeline in Chromium', () => {
  it('shows one item per event, labelled with its title, on labelled tracks', async () => {
    await expect.poll(() => page.locator('.vis-item.vis-box, .vis-item.vis-range').count()).toBe(data.events.length);
    for (const { title } of data.events) expect(await item(title).isVisible(), title).toBe(true);
    for (const track of new Set(data.events.map((event) => event.track))) {
      expect(await page.locator('.timeline-track', { hasText: track }).isVisible(), track).toBe(true);
    }
    expect(await page.locator('.vis-timeline').count()).toBe(1);
  });

  it('opens the card of the 1998 resolution with its quotes from two kinds of source, their links and the document', async () => {
    expect(await card().count()).toBe(0);
    await item(RESOLUTION).click();
    await card().waitFor();
    expect(await card().getByRole('heading', { level: 2 }).textContent()).toBe(RESOLUTION);
    expect(await card().locator('time').textContent()).toBe('4 December 1998');
    const quotes = await card().locator('blockquote').allTextContents();
    expect(quotes[0]).toBe('It was adopted without a vote by the General Assembly as resolution 53/70');
    expect(quotes).toContainEqual(
      expect.stringContaining('It was then adopted without a vote by the General Assembly as resolution 53/70.'),
    );
    // A news article and an official page: each quote names its own source and links to it.
    const article = card().getByRole('link', { name: 'UrduPoint News / Sputnik, 30 September 2020' });
    expect(await article.getAttribute('href')).toBe(sourceUrl('urdupoint-2020-09-30'));
    const unoda = card().getByRole('link', { name: 'United Nations Office for Disarmament Affairs (UNODA)' });
    expect(await unoda.getAttribute('href')).toBe(sourceUrl('unoda-ict-security'));
    expect(await card().getByRole('link', { name: 'A/RES/53/70' }).getAttribute('href')).toBe(
      'https://undocs.org/A/RES/53/70',
    );
    expect(await selectedItem().textContent()).toBe(RESOLUTION);
  });

  it('walks every event in date order with Next and back with Previous', async () => {
    await item(titlesInDateOrder[0]!).click();
    const heading = card().getByRole('heading', { level: 2 });
    const seen = [await heading.textContent()];
    const next = card().getByRole('button', { name: 'Next →' });
    while (await canStep(next)) {
      await next.click();
      seen.push(await heading.textContent());
    }
    // At the end, Next stays put instead of wrapping around (force: it is aria-disabled).
    await next.click({ force: true });
    expect(await heading.textContent()).toBe(titlesInDateOrder.at(-1));
    expect(seen).toEqual(titlesInDateOrder);
    expect(await card().textContent()).toContain(`${titlesInDateOrder.length} of ${titlesInDateOrder.length}`);
    await card().getByRole('button', { name: '← Previous' }).click();
    expect(await heading.textContent()).toBe(titlesInDateOrder.at(-2));
    expect(await selectedItem().textContent()).toBe(titlesInDateOrder.at(-2));
  });

  it('closes the card with Escape and with its close button', async () => {
    await item(RESOLUTION).click();
    await card().waitFor();
    await page.keyboard.press('Escape');
    await card().waitFor({ state: 'detached' });
    // Focus goes back to the timeline on the event, so the keyboard user is where they were.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('timeline'))).toBe(true);
    expect(await selectedItem().textContent()).toBe(RESOLUTION);
    await item(RESOLUTION).click();
    await card().getByRole('button', { name: 'Close event card' }).click();
    await card().waitFor({ state: 'detached' });
  });

  it('still closes with Escape after walking to the last event', async () => {
    await item(titlesInDateOrder.at(-2)!).click();
    await card().getByRole('button', { name: 'Next →' }).click();
    // Next is now unavailable, yet keeps the focus that Escape needs.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Next →');
    await page.keyboard.press('Escape');
    await card().waitFor({ state: 'detached' });
  });

  it('zooms in and out with its buttons and shows everything again with Show all', async () => {
    const all = await visiblePeriod().textContent();
    expect(all).toMatch(/^19\d\d – 20\d\d$/);
    const zoomedIn = yearsShown(await zoom('Zoom in'));
    expect(zoomedIn).toBeLessThan(yearsShown(all));
    expect(yearsShown(await zoom('Zoom out'))).toBeGreaterThan(zoomedIn);
    await zoom('Zoom in');
    expect(await zoom('Show all')).toBe(all);
  });

  it('moves the view to an event selected outside it', async () => {
    await item(titlesInDateOrder[0]!).click();
    for (let step = 0; step < 3; step += 1) await zoom('Zoom in');
    const last = item(titlesInDateOrder.at(-1)!);
    expect((await last.count()) === 0 || !(await isInsideTimeline(last))).toBe(true);
    const next = card().getByRole('button', { name: 'Next →' });
    while (await canStep(next)) await next.click();
    await expect.poll(() => selectedItem().textContent()).toBe(titlesInDateOrder.at(-1));
    await expect.poll(() => isInsideTimeline(selectedItem())).toBe(true);
  });

  it('opens a card from the keyboard: Tab to the timeline, an arrow to an event, then Enter', async () => {
    await page.getByRole('button', { name: 'Show all' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('timeline'))).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    expect(await card().getByRole('heading', { level: 2 }).textContent()).toBe(titlesInDateOrder[0]);
  });
});

/** "1963 – 2029" → 66; "Mar 1998 – Jan 1999" → under one; "1 Dec 1998 – 9 Dec 1998" → 0. */
function yearsShown(range: string | null): number {
  const years = [...(range ?? '').matchAll(/\d{4}/g)].map(([year]) => Number(year));
  const months = (range ?? '').match(/[A-Z][a-z]{2}/g) ?? [];
  if (years.length !== 2) throw new Error(`unexpected visible period: ${range}`);
  // Month-level labels mean the view spans less than a few years; weight them below whole years.
  return years[1]! - years[0]! + (months.length > 0 ? 0.5 : 0);
}
