import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForSuite, timelineReady } from './harness.ts';

const browser = browserForSuite();
const SCREENSHOTS = 'test-results/screenshots';
const KIND_NAMES = ['Resolution', 'Report', 'Treaty or convention', 'Statement', 'Meeting', 'Proposal'];
/** The second working group's mandate in the bundled record: 1 June 2021 to 11 July 2025. */
const PERIOD_ID = 'oewg-2021-2025';
const PERIOD_YEARS = (Date.UTC(2025, 6, 12) - Date.UTC(2021, 5, 1)) / (365.2425 * 24 * 60 * 60 * 1000);

async function openBundled(size = { width: 1280, height: 800 }, query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: size });
  await page.goto(`${browser.url}${query}`);
  await timelineReady(page);
  return page;
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/** Pixels per year on the drawn axis, from the first and last year labels vis-timeline writes. */
async function pixelsPerYear(page: Page): Promise<number> {
  const labels = await page
    .locator('.vis-time-axis .vis-text')
    .evaluateAll((nodes) =>
      nodes
        .filter((node) => /^\d{4}$/.test(node.textContent.trim()))
        .map((node) => ({ year: Number(node.textContent), x: node.getBoundingClientRect().left })),
    );
  const [first, last] = [labels[0], labels.at(-1)];
  if (!first || !last || last.year === first.year) throw new Error('no two year labels on the axis');
  return (last.x - first.x) / (last.year - first.year);
}

describe('kinds of event, periods and related events (bundled record)', () => {
  it('names every kind, with its shape, in the Key under the timeline', async () => {
    const page = await openBundled();
    const key = page.locator('details.kind-legend');
    await key.getByText('Key', { exact: true }).click();
    const kinds = key.getByRole('list', { name: 'Kinds of event' }).getByRole('listitem');
    const names = (await kinds.allTextContents()).map((text) => text.trim());
    expect(names.slice(0, KIND_NAMES.length)).toEqual(KIND_NAMES);
    expect(await kinds.locator('svg.kind-shape path').count()).toBe(KIND_NAMES.length);
    await screenshot(page, 'kinds-1280x800-key');
  });

  it('shows each item’s kind as a shape with an accessible name beside its label', async () => {
    const page = await openBundled();
    // The 1972 agreement stands alone on its track, so it is drawn as itself, not in a count.
    const item = page.locator('.timeline-item[data-event-id="incsea-1972"]');
    const shape = item.locator('svg.kind-shape');
    expect(await shape.getAttribute('aria-label')).toBe('Treaty or convention');
    expect(await shape.getAttribute('role')).toBe('img');
    const [shapeBox, itemBox_] = [await shape.boundingBox(), await item.boundingBox()];
    expect(shapeBox!.width).toBeGreaterThan(5);
    expect(shapeBox!.x - itemBox_!.x, 'the shape leads the label').toBeLessThan(4);
    // Every item drawn for an event carries a shape: the whole record has kinds.
    const [items, shapes] = await Promise.all([
      page.locator('.timeline-item').count(),
      page.locator('.timeline-item svg.kind-shape[aria-label]').count(),
    ]);
    expect(items).toBeGreaterThan(5);
    expect(shapes).toBe(items);
    await page.getByRole('button', { name: 'List' }).click();
    const entry = page.locator(`li[data-event-id="${PERIOD_ID}"]`);
    expect((await entry.locator('.event-card-meta').textContent())?.trim()).toMatch(
      /^Meeting · 1 June 2021 – 11 July 2025 · /,
    );
  });

  it('draws a period as a band behind its track over its years, labelled at its start, in the compact layout', async () => {
    const page = await openBundled();
    const band = page.locator(`.vis-item.vis-background.is-period-band:has([data-period-of="${PERIOD_ID}"])`);
    const box = await band.boundingBox();
    const expected = (await pixelsPerYear(page)) * PERIOD_YEARS;
    expect(Math.abs(box!.width - expected) / expected, `band ${box!.width} px for ${expected} px`).toBeLessThan(0.05);

    // Opened by its link, the timeline zooms until the period's own box is drawn: it labels the band.
    const opened = await openBundled(undefined, `#event=${PERIOD_ID}`);
    const text = opened.locator(`.timeline-item[data-event-id="${PERIOD_ID}"]`);
    await text.waitFor();
    expect(await text.getAttribute('title'), 'the whole title on hover').toBe(
      'Second Open-ended Working Group (2021–2025)',
    );
    const zoomedBand = opened.locator(`.vis-item.vis-background.is-period-band:has([data-period-of="${PERIOD_ID}"])`);
    const [label, bandBox] = [await text.boundingBox(), await zoomedBand.boundingBox()];
    expect(Math.abs(label!.x - bandBox!.x), 'label at the start of the band').toBeLessThan(label!.width);
    await screenshot(opened, 'kinds-1280x800-period-zoomed');
  });

  it('opens a related event’s card from "See also"', async () => {
    const page = await openBundled(undefined, '#event=unga-res-73-27-oewg-2018');
    const card = page.locator('article.event-card');
    await expect.poll(() => card.getByRole('heading', { level: 2 }).textContent()).toMatch(/^Resolution 73\/27/);
    const seeAlso = card.locator('.event-card-related');
    expect(await seeAlso.getByRole('heading').textContent()).toBe('See also');
    await seeAlso.getByRole('link', { name: /73\/266/ }).click();
    await expect.poll(() => card.getByRole('heading', { level: 2 }).textContent()).toMatch(/^Resolution 73\/266/);
    expect(new URL(page.url()).hash).toBe('#event=unga-res-73-266-gge-2018');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('article.event-card') !== null))
      .toBe(true);
    await screenshot(page, 'kinds-1280x800-see-also');
  });

  it('keeps the Key to one line under the tracks of a 900 × 500 embed', async () => {
    const page = await openBundled({ width: 900, height: 500 }, '?embed=1');
    const key = page.locator('details.kind-legend');
    const summary = await key.locator('summary').boundingBox();
    expect(summary!.height).toBeLessThan(30);
    const tracks = await page
      .locator('.vis-labelset .vis-label')
      .evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().bottom));
    expect(Math.max(...tracks), 'every track above the Key').toBeLessThanOrEqual(summary!.y + 1);
    await screenshot(page, 'kinds-900x500-embed');
  });
});
