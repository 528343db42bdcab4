import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { benchDataset } from '../../tools/generate-events.ts';
import { timelineReady, browserForSuite } from './harness.ts';

const browser = browserForSuite();
const SIZE = 1000;
const { file, sourceTexts } = benchDataset(SIZE);
const inDateOrder = [...file.events].sort((a, b) => a.date.localeCompare(b.date));

/** Serves the generated list with its source texts, as a teacher would host it, and opens the app on it. */
async function openDense(): Promise<Page> {
  for (const [path, text] of sourceTexts) browser.hostPage(path, text);
  const dataUrl = browser.hostPage('dense.json', JSON.stringify(file));
  const page = await browser.newPage();
  await page.goto(`${browser.url}?data=${encodeURIComponent(dataUrl)}`);
  return page;
}

/** An event's box whose centre lies inside the drawing, or null when every item in view is a count. */
async function boxInView(page: Page): Promise<Locator | null> {
  const index = await page.evaluate(() => {
    const drawing = document.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
    const boxes = [...document.querySelectorAll('.vis-item .timeline-item')];
    return boxes.findIndex((box) => {
      const { left, right, top, bottom } = box.getBoundingClientRect();
      const [x, y] = [(left + right) / 2, (top + bottom) / 2];
      return !!drawing && x > drawing.left && x < drawing.right && y > drawing.top && y < drawing.bottom;
    });
  });
  return index < 0 ? null : page.locator('.vis-item .timeline-item').nth(index);
}

describe(`a dense timeline (${SIZE} generated events)`, () => {
  it('groups crowded stretches into counts that zoom in when clicked', async () => {
    const page = await openDense();
    await timelineReady(page);
    const clusters = page.locator('.timeline-count');
    await expect.poll(() => clusters.count()).toBeGreaterThan(0);
    const counted = (await clusters.allTextContents()).map((text) => Number(/^(\d+) events$/.exec(text)?.[1]));
    expect(counted.every((count) => count >= 2)).toBe(true);
    expect(
      await page.locator('.vis-item.vis-box, .vis-item.vis-range').count(),
      'far fewer boxes than events',
    ).toBeLessThan(SIZE / 4);

    const period = page.getByRole('status', { name: 'Visible period' });
    const before = await period.textContent();
    const [fromYear, toYear] = (before?.match(/\d{4}/g) ?? []).map(Number);
    expect(fromYear, 'the first view shows every event').toBeLessThanOrEqual(Number(inDateOrder[0]!.date.slice(0, 4)));
    expect(toYear).toBeGreaterThanOrEqual(Number(inDateOrder.at(-1)!.date.slice(0, 4)));
    await clusters.first().click();
    await expect.poll(() => period.textContent()).not.toBe(before);
  });

  it('keeps one vis timeline, and its window, while the items drawn change', async () => {
    const page = await openDense();
    await timelineReady(page);
    const root = await page.locator('.vis-timeline').elementHandle();
    const period = page.getByRole('status', { name: 'Visible period' });
    const overview = await period.textContent();
    const shownLabels = () => page.locator('.vis-item').allTextContents();
    const before = await shownLabels();

    // Into a count, and into the counts inside it, until an event has a box of its own in view.
    let item = await boxInView(page);
    for (let zoom = 0; !item && zoom < 8; zoom++) {
      const shown = await period.textContent();
      await page.locator('.vis-panel.vis-center .timeline-count').first().click();
      await expect.poll(() => period.textContent()).not.toBe(shown);
      item = await boxInView(page);
    }
    expect(item, 'an event box in view after zooming into counts').not.toBeNull();
    const zoomed = await period.textContent();
    expect(zoomed).not.toBe(overview);
    expect(await shownLabels(), 'the counts were regrouped into other items').not.toEqual(before);

    const title = await item!.textContent();
    await item!.click();
    expect(await page.getByRole('article').getByRole('heading', { level: 2 }).textContent()).toBe(title);
    expect(await period.textContent(), 'opening a card from a box in view keeps the window').toBe(zoomed);
    expect(
      await root.evaluate((element) => element === document.querySelector('.vis-timeline')),
      'the same vis root element throughout: vis was never rebuilt',
    ).toBe(true);
  });

  it('still reaches every event from the keyboard and in the list', async () => {
    const page = await openDense();
    await timelineReady(page);
    await page.locator('section.timeline').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const lastTitle = inDateOrder.at(-1)!.title;
    expect(await page.getByRole('article').getByRole('heading', { level: 2 }).textContent()).toBe(lastTitle);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'List' }).click();
    const entries = page.getByRole('list', { name: 'Events in date order' }).locator(':scope > li');
    await expect.poll(() => entries.count()).toBe(SIZE);
    expect(await entries.last().getByRole('heading', { level: 2 }).textContent()).toBe(lastTitle);
  });
});
