import { readFileSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatCalendarDate, parseCalendarDate } from '../../src/events/calendarDate.ts';
import { FIRST_EIGHT_DATA, FIRST_EIGHT_PATH, timelineReady, browserForSuite } from './harness.ts';

const browser = browserForSuite();
/** Every event drawn as its own box (the whole record is drawn compactly, with counts). */
const home = () => `${browser.url}?data=${FIRST_EIGHT_DATA}`;
const EVENTS = (
  JSON.parse(readFileSync(FIRST_EIGHT_PATH, 'utf8')) as { events: { date: string; end?: string; title: string }[] }
).events
  .slice()
  .sort((a, b) => a.date.localeCompare(b.date));
const FIRST = 'US–Soviet Incidents at Sea Agreement signed';
const SECOND = 'Russia introduces the first draft on information security';
const LAST = EVENTS.at(-1)!;
/** How the live region words an event's date: "25 May 1972", "2025", "25 October 2025 to 26 October 2025". */
const spokenDate = ({ date, end }: { date: string; end?: string }) =>
  [date, end].flatMap((iso) => (iso ? [formatCalendarDate(parseCalendarDate(iso)!)] : [])).join(' to ');

const announced = (page: Page) => page.locator('.timeline [aria-live="polite"]').textContent();
const highlighted = (page: Page) => page.locator('.vis-selected .timeline-item').textContent();
const visiblePeriod = (page: Page) => page.getByRole('status', { name: 'Visible period' }).textContent();
const timelineHasFocus = (page: Page) =>
  page.evaluate(() => document.activeElement?.classList.contains('timeline') ?? false);

async function focusedTimeline(options: BrowserContextOptions = {}): Promise<Page> {
  const page = await browser.newPage(options);
  await page.goto(home());
  await timelineReady(page);
  for (let step = 0; step < 15 && !(await timelineHasFocus(page)); step += 1) await page.keyboard.press('Tab');
  expect(await timelineHasFocus(page), 'Tab reaches the timeline').toBe(true);
  return page;
}

async function isInsideTimeline(page: Page, title: string): Promise<boolean> {
  const item = page.locator('.timeline-item', { hasText: title });
  // vis-timeline takes an item far outside the window out of the page.
  if ((await item.count()) === 0) return false;
  const [box, area] = await Promise.all([item.boundingBox(), page.locator('.vis-panel.vis-center').boundingBox()]);
  return !!box && !!area && box.x >= area.x - 1 && box.x + box.width <= area.x + area.width + 1;
}

describe('the timeline from the keyboard', () => {
  it('is named and explains its keys', async () => {
    const page = await focusedTimeline();
    const region = page.getByRole('application', { name: /^Timeline: UN ICT-security diplomacy/ });
    expect(await region.getAttribute('aria-describedby')).toBeTruthy();
    const description = await page.locator(`#${await region.getAttribute('aria-describedby')}`).textContent();
    expect(description).toContain('← → previous and next event');
    expect(await page.locator('.timeline-instructions').isVisible()).toBe(true);
  });

  it('walks the events in date order with the arrows, Home and End, and announces each politely', async () => {
    const page = await focusedTimeline();
    await page.keyboard.press('Home');
    expect(await highlighted(page)).toBe(FIRST);
    expect(await announced(page)).toBe(`${FIRST}, 25 May 1972. Event 1 of ${EVENTS.length}.`);
    await page.keyboard.press('ArrowRight');
    expect(await highlighted(page)).toBe(SECOND);
    expect(await announced(page)).toBe(`${SECOND}, 28 October 1998. Event 2 of ${EVENTS.length}.`);
    await page.keyboard.press('ArrowLeft');
    expect(await highlighted(page)).toBe(FIRST);
    await page.keyboard.press('End');
    expect(await highlighted(page)).toBe(LAST.title);
    expect(await announced(page)).toBe(
      `${LAST.title}, ${spokenDate(LAST)}. Event ${EVENTS.length} of ${EVENTS.length}.`,
    );
    expect(await page.getByRole('article').count(), 'arrows alone open no card').toBe(0);
  });

  it('brings the chosen event into view when it is outside the zoomed window', async () => {
    // Without animation each zoom is final at once, so nothing is still moving when End is pressed.
    const page = await focusedTimeline({ reducedMotion: 'reduce' });
    await page.keyboard.press('Home');
    const all = await visiblePeriod(page);
    for (let step = 0; step < 6; step += 1) await page.keyboard.press('+');
    await expect.poll(() => visiblePeriod(page)).not.toBe(all);
    expect(await isInsideTimeline(page, LAST.title)).toBe(false);
    await page.keyboard.press('End');
    await expect.poll(() => isInsideTimeline(page, LAST.title), { timeout: 5000 }).toBe(true);
  });

  it('opens the card with Enter or Space, and Escape returns focus to the timeline on that event', async () => {
    const page = await focusedTimeline();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    const card = page.getByRole('article');
    expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe(FIRST);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    expect(await timelineHasFocus(page)).toBe(true);
    expect(await highlighted(page)).toBe(FIRST);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe(SECOND);
  });

  it('comes after its own zoom buttons in Tab order', async () => {
    const page = await browser.newPage();
    await page.goto(home());
    await timelineReady(page);
    // The language list is the toolbar's last control.
    await page.getByRole('combobox', { name: 'Language' }).focus();
    const order: string[] = [];
    for (let step = 0; step < 4; step += 1) {
      await page.keyboard.press('Tab');
      const focused = page.evaluate(() => {
        const element = document.activeElement;
        return element?.getAttribute('aria-label') ?? element?.textContent ?? '';
      });
      order.push(await focused);
    }
    expect(order).toEqual(['Zoom in', 'Zoom out', 'Show all', expect.stringMatching(/^Timeline: /)]);
  });

  it('zooms with + and −, and shows all with 0', async () => {
    const page = await focusedTimeline();
    const all = await visiblePeriod(page);
    await page.keyboard.press('+');
    await expect.poll(() => visiblePeriod(page)).not.toBe(all);
    const zoomed = await visiblePeriod(page);
    await page.keyboard.press('-');
    await expect.poll(() => visiblePeriod(page)).not.toBe(zoomed);
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect.poll(() => visiblePeriod(page)).not.toBe(all);
    await page.keyboard.press('0');
    await expect.poll(() => visiblePeriod(page)).toBe(all);
  });

  it('walks the events with ← and → on the open card, focus staying in the card', async () => {
    const page = await focusedTimeline();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    const card = page.getByRole('article');
    const heading = card.getByRole('heading', { level: 2 });
    const focusInCard = () => page.evaluate(() => document.activeElement?.closest('article.event-card') !== null);
    expect(await heading.textContent()).toBe(FIRST);
    expect(await focusInCard()).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading.textContent()).toBe(SECOND);
    expect(await focusInCard()).toBe(true);
    expect(await highlighted(page)).toBe(SECOND);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => heading.textContent()).toBe(FIRST);
    // At the first event ← stays put; from a button in the card the arrows work as well.
    await page.keyboard.press('ArrowLeft');
    expect(await heading.textContent()).toBe(FIRST);
    await card.getByRole('button', { name: 'Next →' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading.textContent()).toBe(SECOND);
    expect(await focusInCard()).toBe(true);
  });

  it('leaves the arrows to a text field inside the card', async () => {
    const page = await focusedTimeline();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    const card = page.getByRole('article');
    await card.evaluate((article) => {
      const input = document.createElement('input');
      input.setAttribute('aria-label', 'Note on this event');
      article.append(input);
    });
    const note = card.getByRole('textbox', { name: 'Note on this event' });
    await note.fill('ab');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe(FIRST);
    expect(await note.evaluate((input: HTMLInputElement) => input.selectionStart)).toBe(2);
  });

  it('leaves keys alone elsewhere on the page, e.g. in a text field', async () => {
    const page = await focusedTimeline();
    const before = await visiblePeriod(page);
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.setAttribute('aria-label', 'Notes');
      document.body.prepend(input);
    });
    const notes = page.getByRole('textbox', { name: 'Notes' });
    await notes.focus();
    await page.keyboard.type('+0-');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    expect(await notes.inputValue()).toBe('+0-');
    expect(await page.locator('.vis-selected').count()).toBe(0);
    expect(await page.getByRole('article').count()).toBe(0);
    expect(await visiblePeriod(page)).toBe(before);
  });
});
