import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForSuite, FIRST_EIGHT_DATA, timelineReady } from './harness.ts';

const browser = browserForSuite();
const BUNDLED_TITLE = (JSON.parse(readFileSync('data/events.json', 'utf8')) as { title: string }).title;

/**
 * Watches every frame from the start of the page: whether the prerendered static view (or the
 * bundled timeline's title) was ever about to be painted, and the layout shifts seen once the page
 * was parsed, when the app's script runs. (On a busy machine Chromium also paints a page part-parsed,
 * e.g. a <details> before its <summary>, and what follows then moves by up to 0.015: that is the
 * browser's parsing, before any script of the app, and not what these tests are about.)
 */
const WATCH_FRAMES = `
  window.__firstScreen = { staticShown: false, bundledTitleShown: false, headerAlone: false, shifts: [] };
  new PerformanceObserver((list) => {
    const parsedAt = performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart || Infinity;
    for (const entry of list.getEntries())
      if (entry.startTime >= parsedAt) window.__firstScreen.shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
  const shown = (element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  const watch = () => {
    const seen = window.__firstScreen;
    if ([...document.querySelectorAll('.timeline-static-item')].some(shown)) seen.staticShown = true;
    const title = document.querySelector('h1');
    if (title && shown(title) && title.textContent === ${JSON.stringify(BUNDLED_TITLE)}) {
      seen.bundledTitleShown = true;
      const main = document.querySelector('main');
      if (!main || !shown(main)) seen.headerAlone = true;
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
`;

interface FramesSeen {
  readonly staticShown: boolean;
  readonly bundledTitleShown: boolean;
  /** The bundled title was painted in a frame that showed no page content under it yet. */
  readonly headerAlone: boolean;
  readonly shifts: readonly number[];
}

async function watchedPage(options: Parameters<typeof browser.newPage>[0] = {}): Promise<Page> {
  const page = await browser.newPage(options);
  await page.addInitScript(WATCH_FRAMES);
  return page;
}

async function framesSeen(page: Page): Promise<FramesSeen> {
  // Two more frames, so that whatever the last change was has been painted and observed.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate<FramesSeen>('window.__firstScreen');
}

/**
 * Opens the address with the app's script held back, checks that the prerendered header alone is shown
 * (nothing of the prerendered view under it), then lets the script run.
 */
async function headerBeforeTheApp(page: Page, address: string): Promise<void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(address, { waitUntil: 'commit' });
  await page.getByRole('heading', { level: 1, name: BUNDLED_TITLE }).waitFor();
  expect(await page.locator('main').isVisible()).toBe(false);
  expect(await page.locator('.timeline-static-item').first().isVisible()).toBe(false);
  release();
}

describe('the prerendered first screen', () => {
  it('is readable with JavaScript turned off: the header, the toolbar and the events by track', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(browser.url);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(BUNDLED_TITLE);
    expect(await page.getByRole('button', { name: 'Zoom in' }).isVisible()).toBe(true);
    const firstTrack = page.locator('.timeline-static-track').first();
    expect(await firstTrack.locator('.timeline-static-label').textContent()).toBe('US–USSR/Russia');
    const firstEvent = firstTrack.locator('.timeline-static-item').first();
    expect(await firstEvent.isVisible()).toBe(true);
    expect(await firstEvent.textContent()).toBe('US–Soviet Incidents at Sea Agreement signed');
  });

  it('is shown from the first frame and gives way to the drawn timeline without any layout shift', async () => {
    const page = await watchedPage();
    await page.goto(browser.url);
    await timelineReady(page);
    await page.locator('.timeline-static').waitFor({ state: 'detached' });
    expect(await page.locator('.vis-item .timeline-item, .vis-item .timeline-count').count()).toBeGreaterThan(0);
    const seen = await framesSeen(page);
    expect(seen.staticShown).toBe(true);
    expect(seen.shifts.reduce((sum, shift) => sum + shift, 0)).toBe(0);
  });

  it('is hydrated with its controls working: the About panel opens with its text, and again after closing', async () => {
    const page = await watchedPage();
    await page.goto(browser.url);
    await timelineReady(page);
    // The page kept and hydrated its prerendered HTML, rather than rendering afresh.
    expect(await framesSeen(page)).toMatchObject({ staticShown: true });
    const about = page.getByRole('dialog', { name: 'About this timeline' });
    // The panel's text and its citations load on opening: BibTeX comes last.
    const bibtex = about.getByText('BibTeX');
    await page.locator('header').getByRole('button', { name: 'About this timeline' }).click();
    await bibtex.waitFor();
    expect(await about.getByRole('heading', { name: 'How to cite this timeline' }).isVisible()).toBe(true);
    await about.getByRole('button', { name: 'Close' }).click();
    await about.waitFor({ state: 'hidden' });
    await page.locator('footer').getByRole('button', { name: 'About this timeline' }).click();
    await bibtex.waitFor();
  });

  it('never shows the bundled timeline to a page opened with ?data=', async () => {
    const page = await watchedPage();
    await page.goto(`${browser.url}?data=${FIRST_EIGHT_DATA}`);
    await timelineReady(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('UN ICT-security diplomacy, 1972–2020');
    expect(await framesSeen(page)).toMatchObject({ staticShown: false, bundledTitleShown: false });
  });

  it('shows only its header where the list is the view (?view=list, a narrow screen), with no layout shift', async () => {
    for (const [address, viewport] of [
      ['?view=list', { width: 1280, height: 900 }],
      ['', { width: 500, height: 800 }],
    ] as const) {
      const page = await watchedPage({ viewport });
      await headerBeforeTheApp(page, `${browser.url}${address}`);
      await page.getByRole('button', { name: 'List', pressed: true }).waitFor();
      expect(await page.locator('.timeline-view').count()).toBe(0);
      const seen = await framesSeen(page);
      expect(seen, `${address} at ${viewport.width} px`).toMatchObject({ staticShown: false, headerAlone: true });
      expect(seen.shifts.reduce((sum, shift) => sum + shift, 0)).toBe(0);
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    }
  });

  it('shows only its header for a link to an event, whose card opens as the timeline is drawn', async () => {
    const page = await watchedPage();
    await headerBeforeTheApp(page, `${browser.url}#event=incsea-1972`);
    await timelineReady(page);
    expect(await page.getByRole('article').getByRole('heading', { level: 2 }).textContent()).toBe(
      'US–Soviet Incidents at Sea Agreement signed',
    );
    expect(await framesSeen(page)).toMatchObject({ staticShown: false, headerAlone: true });
  });
});
