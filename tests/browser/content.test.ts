import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserForSuite, timelineReady } from './harness.ts';

const browser = browserForSuite();

interface Translated {
  readonly id: string;
  readonly title: string;
  readonly track: string;
  readonly translations: Record<string, { title: string }>;
}
const RECORD = JSON.parse(readFileSync('data/events.json', 'utf8')) as {
  events: Translated[];
  trackNames: Record<string, Record<string, string>>;
};
const resolution = RECORD.events.find((event) => event.id === 'unga-res-53-70-1998')!;
const frenchTitles = new Set(RECORD.events.map((event) => event.translations.fr!.title));

describe('the record in the reader’s language', () => {
  it('in French: titles on the timeline and the card, an English summary marked and noted, quotes in English', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.url}?lang=fr#event=unga-res-53-70-1998`);
    await timelineReady(page);
    const card = page.getByRole('article');
    const heading = card.getByRole('heading', { level: 2 });
    expect(await heading.textContent()).toBe(resolution.translations.fr!.title);
    // The title is French, as the page is: it needs no lang of its own.
    expect(await heading.getAttribute('lang')).toBeNull();
    // Every label the timeline draws for an event is a French title from the data.
    const labels = await page.locator('.timeline-item').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(frenchTitles, label).toContain(label);
    // The summary is given only in English: marked so, with a note in French.
    expect(await card.locator('.event-card-summary').getAttribute('lang')).toBe('en');
    expect(await card.getByText('Résumé en anglais').isVisible()).toBe(true);
    // Quotes stay in the language of their source.
    const quotes = card.locator('blockquote');
    expect(await quotes.count()).toBeGreaterThan(0);
    expect(await quotes.first().getAttribute('lang')).toBe('en');
    expect(await card.getByText(RECORD.trackNames['UN General Assembly']!.fr!).count()).toBe(1);
    await page.screenshot({ path: 'test-results/screenshots/content-fr.png' });
  });

  it('in Chinese: track labels in Chinese', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.url}?lang=zh`);
    await timelineReady(page);
    const tracks = await page.locator('.timeline-track').allTextContents();
    expect(tracks).toContain('联合国大会');
    expect(tracks).toEqual(expect.arrayContaining(Object.values(RECORD.trackNames).map((names) => names.zh)));
    await page.screenshot({ path: 'test-results/screenshots/content-zh.png' });
  });
});
