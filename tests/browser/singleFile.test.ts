import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SINGLE_FILE_DIR } from './globalSetup.ts';
import { timelineReady, browserForSuite } from './harness.ts';

const browser = browserForSuite();
const EVENT_COUNT = (JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: unknown[] }).events.length;

describe('the single-file build', () => {
  it('opens from disk with no network and shows every event, cards and citations', async () => {
    const page = await browser.newPage({ offline: true });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) requests.push(request.url());
    });
    await page.goto(pathToFileURL(resolve(SINGLE_FILE_DIR, 'index.html')).href);
    await timelineReady(page);
    // Every event is on the timeline: as its own box, or inside an "N events" count where a track is dense.
    const boxes = await page.locator('.timeline-item').count();
    const counted = await page.locator('.timeline-count').allTextContents();
    expect(boxes + counted.reduce((sum, text) => sum + Number.parseInt(text, 10), 0)).toBe(EVENT_COUNT);
    // A link to one event opens its card (and zooms to it, out of its count).
    await page.evaluate(() => {
      window.location.hash = 'event=unga-res-53-70-1998';
    });
    const card = page.getByRole('article');
    await expect
      .poll(() => card.getByRole('heading', { level: 2 }).textContent())
      .toBe('Resolution 53/70 adopted without a vote');
    await card.getByRole('button', { name: 'Cite' }).click();
    expect(await card.locator('.cite-panel-entry').first().textContent()).toContain('UrduPoint News / Sputnik');
    expect(requests).toEqual([]);
  });
});
