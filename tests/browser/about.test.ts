import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { timelineReady, browserForSuite } from './harness.ts';

const browser = browserForSuite();
const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as {
  title: string;
  description: string;
  updated: string;
  events: unknown[];
};
const [year, month, day] = bundled.updated.split('-').map(Number) as [number, number, number];
const updatedInWords = new Date(year, month - 1, day).toLocaleDateString('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

describe('About this timeline', () => {
  it('says what the timeline covers, how it was made and when, and how to cite it', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.url}?view=timeline#event=unga-res-53-70-1998`);
    await timelineReady(page);
    await page.locator('header').getByRole('button', { name: 'About this timeline' }).click();
    const about = page.getByRole('dialog', { name: 'About this timeline' });
    await about.getByText('APA (7th edition)').waitFor();
    const text = await about.innerText();
    expect(text).toContain(bundled.title);
    expect(text).toContain(bundled.description);
    expect(text).toContain(`${bundled.events.length} events, from 25 May 1972 to 25 October 2025, on 7 tracks`);
    expect(text).toMatch(/Verbatim check: (\d+) of \1 quotes were found word for word/);
    expect(text).toContain('Only A and B facts are on the cards.');
    expect(text).toContain(`The data was last updated on ${updatedInWords}.`);

    // The address cited is the page's own, without the open card.
    const address = `${browser.url}?view=timeline`;
    const entries = await about.locator('.cite-panel-entry').allInnerTexts();
    const [y, m, d] = [year, new Date(year, month - 1).toLocaleString('en-US', { month: 'long' }), day];
    expect(entries).toEqual([
      `${bundled.title}. (${y}, ${m} ${d}). ${address}`,
      expect.stringContaining(`${m} ${d}, ${y}. ${address}.`),
      expect.stringMatching(/^@misc\{\w+,\n {2}title = \{\{UN ICT-security diplomacy, 1972--2025\}\},/),
    ]);
    expect(entries[2]).toContain(`url = {${address}}`);
    // The bundled data states no licence, so none is claimed.
    expect(text).not.toMatch(/licen[cs]e/i);

    // Escape closes the panel only: the card behind it stays open.
    await page.keyboard.press('Escape');
    await expect.poll(() => about.isVisible()).toBe(false);
    expect(await page.getByRole('article', { name: 'Resolution 53/70 adopted without a vote' }).isVisible()).toBe(true);
    expect(page.url()).toContain('#event=unga-res-53-70-1998');

    await page.locator('footer').getByRole('button', { name: 'About this timeline' }).click();
    await expect.poll(() => about.isVisible()).toBe(true);
    await about.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => about.isVisible()).toBe(false);
  });

  it('opens from a small embed at its top, and shows a licence the data states', async () => {
    const file = JSON.parse(readFileSync('tests/fixtures/data-url/events.json', 'utf8')) as Record<string, unknown>;
    browser.hostPage('licensed/sources/wire.txt', readFileSync('tests/fixtures/data-url/sources/wire.txt', 'utf8'));
    const dataUrl = browser.hostPage('licensed/events.json', JSON.stringify({ ...file, license: 'CC BY 4.0' }));
    const page = await browser.newPage({ viewport: { width: 400, height: 300 } });
    await page.goto(`${browser.url}?embed=1&data=${encodeURIComponent(dataUrl)}`);
    // A frame this narrow starts in the list; About is there all the same.
    await page.locator('.event-list').waitFor();
    await page.getByRole('button', { name: 'About' }).click();
    const about = page.getByRole('dialog', { name: 'About this timeline' });
    const heading = about.getByRole('heading', { name: 'About this timeline' });
    // The panel's content loads when it opens; the heading stays in view while and after it does.
    await about.getByText('APA (7th edition)').waitFor();
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    const box = await heading.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 300, 'heading in view').toBe(true);
    expect(await about.innerText()).toContain('The data: CC BY 4.0');
    // Someone else's file: the project's grading is not claimed for it.
    expect(await about.innerText()).not.toContain('Only A and B facts');
    // The embed's address is cited without the frame layout.
    const apa = await about.locator('.cite-panel-entry').first().innerText();
    expect(apa).toContain(`?data=${encodeURIComponent(dataUrl)}`);
    expect(apa).not.toContain('embed=1');
  });
});
