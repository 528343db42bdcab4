import type { Page } from 'playwright-core';
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
    expect(await entries.count()).toBe(SIZE);
    expect(await entries.last().getByRole('heading', { level: 2 }).textContent()).toBe(lastTitle);
  });
});
