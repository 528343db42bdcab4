import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIRST_EIGHT_DATA, FIRST_EIGHT_PATH, timelineReady, browserForSuite } from './harness.ts';

const browser = browserForSuite();
/** Every event drawn as its own box (the whole record is drawn compactly, with counts). */
const home = () => `${browser.url}?data=${FIRST_EIGHT_DATA}`;
const RESOLUTION = { id: 'unga-res-53-70-1998', title: 'Resolution 53/70 adopted without a vote' };
const OEWG = { id: 'unga-res-73-27-oewg-2018', title: 'Resolution 73/27 establishes an Open-ended Working Group' };

/** The eight events of the first release: links to them were shared before the record grew. */
const FIRST_RELEASE_IDS = [
  'incsea-1972',
  'unga-53-70-draft-introduced-1998',
  'unga-res-53-70-1998',
  'unga-res-73-27-oewg-2018',
  'unga-res-73-266-gge-2018',
  'unga-res-74-247-cybercrime-2019',
  'putin-iis-statement-2020',
  'nakamitsu-comment-2020',
];
const EVENTS = (JSON.parse(readFileSync(FIRST_EIGHT_PATH, 'utf8')) as { events: { id: string; title: string }[] })
  .events;
const titles = new Map(EVENTS.map((event) => [event.id, event.title]));
/** The event after the 1998 resolution in date order (the file is in date order), where Next → goes. */
const AFTER_RESOLUTION = EVENTS[EVENTS.findIndex((event) => event.id === RESOLUTION.id) + 1]!;

const cardHeading = (page: Page) => page.getByRole('article').getByRole('heading', { level: 2 });
const hashOf = (page: Page) => page.evaluate(() => window.location.hash);

describe('deep links to events', () => {
  it('opens the card of the event in the address, selected and in view', async () => {
    const page = await browser.newPage();
    await page.goto(`${home()}#event=${RESOLUTION.id}`);
    await timelineReady(page);
    expect(await cardHeading(page).textContent()).toBe(RESOLUTION.title);
    const selected = page.locator('.vis-selected .timeline-item');
    expect(await selected.textContent()).toBe(RESOLUTION.title);
    expect(await selected.isVisible()).toBe(true);
  });

  it.each(FIRST_RELEASE_IDS)('still opens %s, an event of the first release, from its old link', async (id) => {
    const page = await browser.newPage();
    await page.goto(`${home()}#event=${id}`);
    await timelineReady(page);
    expect(await cardHeading(page).textContent()).toBe(titles.get(id));
    await page.close();
  });

  it('puts each opened event in the address, and back and forward revisit them', async () => {
    const page = await browser.newPage();
    await page.goto(home());
    await timelineReady(page);
    await page.locator('.timeline-item', { hasText: RESOLUTION.title }).click();
    expect(await hashOf(page)).toBe(`#event=${RESOLUTION.id}`);
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => hashOf(page)).toBe(`#event=${AFTER_RESOLUTION.id}`);
    expect(await cardHeading(page).textContent()).toBe(AFTER_RESOLUTION.title);

    await page.goBack();
    await expect.poll(() => cardHeading(page).textContent()).toBe(RESOLUTION.title);
    await page.goBack();
    await expect.poll(() => page.getByRole('article').count()).toBe(0);
    await page.goForward();
    await expect.poll(() => cardHeading(page).textContent()).toBe(RESOLUTION.title);
    await page.goForward();
    await expect.poll(() => cardHeading(page).textContent()).toBe(AFTER_RESOLUTION.title);
  });

  it('says so, briefly, when the address names an event the timeline does not have', async () => {
    const page = await browser.newPage();
    await page.goto(`${home()}#event=no-such-event`);
    await timelineReady(page);
    const notice = page.getByRole('status').filter({ hasText: 'no event' });
    expect(await notice.textContent()).toContain('This timeline has no event “no-such-event”');
    expect(await page.getByRole('article').count()).toBe(0);
    expect(await page.locator('.timeline-item').count()).toBe(EVENTS.length);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    expect(await notice.count()).toBe(0);
  });

  it('opens the event of an iframe’s address inside a host page', async () => {
    const page = await browser.newPage();
    const src = `${home()}&embed=1#event=${RESOLUTION.id}`;
    await page.goto(
      browser.hostPage(
        'deep-link.html',
        `<!doctype html><title>Course</title><link rel="icon" href="data:,"><iframe src="${src}" title="Timeline" width="900" height="600"></iframe>`,
      ),
    );
    const frame = page.frameLocator('iframe');
    await frame.locator('section.timeline[aria-busy="false"]').waitFor();
    expect(await frame.getByRole('article').getByRole('heading', { level: 2 }).textContent()).toBe(RESOLUTION.title);
    await frame.locator('.timeline-item', { hasText: OEWG.title }).click();
    await expect
      .poll(() => frame.getByRole('article').getByRole('heading', { level: 2 }).textContent())
      .toBe(OEWG.title);
    expect(await page.evaluate(() => window.location.hash), 'the host page keeps its own address').toBe('');
  });

  it('copies a link to the open event that opens the full page on it', async () => {
    const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${home()}&embed=1#event=${RESOLUTION.id}`);
    await timelineReady(page);
    await page.getByRole('button', { name: 'Copy link to this event' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const full = new URL(browser.url);
    full.searchParams.set('data', FIRST_EIGHT_DATA);
    expect(link).toBe(`${full.href}#event=${RESOLUTION.id}`);

    const reader = await browser.newPage();
    await reader.goto(link);
    await timelineReady(reader);
    expect(await cardHeading(reader).textContent()).toBe(RESOLUTION.title);
    expect(await reader.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
  });
});
