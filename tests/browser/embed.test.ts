import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { timelineReady, useBrowser } from './harness.ts';

const browser = useBrowser();
const RESOLUTION = 'Resolution 53/70 adopted without a vote';
const EVENT_COUNT = (JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: unknown[] }).events.length;

/** A course page that embeds the app with the given code, and records the height messages it gets. */
function coursePage(name: string, embedCode: string): string {
  return browser.hostPage(
    name,
    `<!doctype html><html lang="en"><title>Course page</title><link rel="icon" href="data:,"><body style="margin:0">
${embedCode}
<script>
  window.heights = [];
  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'un-ict-timeline:height') window.heights.push(event.data.height);
  });
</script></body></html>`,
  );
}

async function frameIsScrollFree(page: Page): Promise<boolean> {
  const frame = page.frames().find((candidate) => candidate.url().includes('embed=1'));
  if (!frame) throw new Error('no embedded frame');
  return frame.evaluate(() => {
    const root = document.documentElement;
    return root.scrollHeight <= root.clientHeight && root.scrollWidth <= root.clientWidth;
  });
}

async function openAndCloseCard(frame: FrameLocator, tap: boolean): Promise<void> {
  const item = frame.locator('.timeline-item', { hasText: RESOLUTION });
  await (tap ? item.tap() : item.click());
  const card = frame.getByRole('article');
  await card.waitFor();
  expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe(RESOLUTION);
  expect(await card.getByRole('heading', { level: 2 }).isVisible()).toBe(true);
  expect(await card.locator('blockquote').first().isVisible()).toBe(true);
  await card.getByRole('button', { name: 'Close event card' }).click();
  expect(await card.count()).toBe(0);
}

describe('embedded in a course page', () => {
  for (const { width, height, touch } of [
    { width: 400, height: 300, touch: true },
    { width: 1000, height: 700, touch: false },
  ]) {
    it(`works in a ${width}×${height} frame${touch ? ' by touch' : ''}: timeline, card, no page scrollbars, height messages`, async () => {
      const page = await browser.newPage({ hasTouch: touch, viewport: { width: width + 40, height: height + 40 } });
      await page.goto(coursePage(`embed-${width}.html`, `<iframe src="${browser.url}?embed=1" title="Timeline" width="${width}" height="${height}" style="border:0"></iframe>`));
      const frame = page.frameLocator('iframe');
      await frame.locator('section.timeline[aria-busy="false"]').waitFor();
      expect(await frame.locator('.timeline-item').count()).toBe(EVENT_COUNT);
      expect(await frame.getByRole('banner').count(), 'no page header').toBe(0);
      expect(await frame.getByRole('contentinfo').count(), 'no page footer').toBe(0);
      const fullTimeline = frame.getByRole('link', { name: /Open full timeline/ });
      expect(await fullTimeline.getAttribute('target')).toBe('_blank');
      expect(await fullTimeline.getAttribute('href')).toBe(browser.url);
      expect(await frameIsScrollFree(page)).toBe(true);

      await openAndCloseCard(frame, touch);
      expect(await frameIsScrollFree(page)).toBe(true);

      await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length)).toBeGreaterThan(0);
      const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
      expect(heights.every((value) => Number.isInteger(value) && value > 100)).toBe(true);
    });
  }

  it('builds embed code with title, lazy loading, clipboard permission, chosen height and event, and the code works', async () => {
    const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${browser.url}#event=unga-res-53-70-1998`);
    await timelineReady(page);
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
    await dialog.getByLabel('Height').selectOption('600');
    expect(await dialog.getByText('Frame: full width of its column × 600 px').isVisible()).toBe(true);
    const code = await dialog.getByLabel('Embed code').inputValue();
    expect(code).toBe(
      `<iframe src="${browser.url}?embed=1#event=unga-res-53-70-1998" title="UN ICT-security diplomacy, 1972–2025" ` +
        'width="100%" height="600" style="border:0" loading="lazy" allow="clipboard-write"></iframe>',
    );
    await dialog.getByRole('button', { name: 'Copy embed code' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await dialog.isVisible()).toBe(false);

    const host = await browser.newPage();
    await host.goto(coursePage('pasted.html', code));
    const frame = host.frameLocator('iframe[title="UN ICT-security diplomacy, 1972–2025"]');
    await frame.getByRole('article').waitFor();
    expect(await frame.getByRole('article').getByRole('heading', { level: 2 }).textContent()).toBe(RESOLUTION);
  });
});
