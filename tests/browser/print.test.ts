import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { timelineReady, useBrowser } from './harness.ts';

const browser = useBrowser();

interface EventText {
  title: string;
  summary: string;
  citations: { quote: string }[];
  documents?: { symbol: string; url: string }[];
}
const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as { title: string; sources: { url: string }[]; events: EventText[] };

async function printed(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  await page.locator('.event-list').first().waitFor();
  return page.locator('body').innerText();
}

async function expectHandout(page: Page, events: readonly EventText[], sourceUrl: string): Promise<void> {
  const text = await printed(page);
  for (const event of events) {
    expect(text, event.title).toContain(event.title);
    expect(text, event.title).toContain(event.summary);
    // HTML shows a run of spaces as one: "resolution 68/243  in which" (as UNODA's page has it) prints with one.
    for (const { quote } of event.citations) expect(text, event.title).toContain(quote.replace(/ {2,}/g, ' '));
    for (const { symbol, url } of event.documents ?? []) expect(text, event.title).toContain(`${symbol} <${url}>`);
  }
  expect(text).toContain(`<${sourceUrl}>`);
  expect(await page.locator('.timeline').isVisible(), 'timeline widget').toBe(false);
  const visibleButtons = await page.locator('button').evaluateAll((buttons) => buttons.filter((button) => button.getClientRects().length > 0).length);
  expect(visibleButtons, 'buttons on paper').toBe(0);
}

describe('printing', () => {
  it('gives a handout of every event in date order with quotes, citations and document addresses', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.url}#event=unga-res-53-70-1998`);
    await timelineReady(page);
    await expectHandout(page, bundled.events, bundled.sources[0]!.url);
    const text = await printed(page);
    expect(text.startsWith(bundled.title)).toBe(true);
    const positions = ['US–Soviet Incidents at Sea', 'Russia introduces the first draft', 'Resolution 74/247', 'UN disarmament chief'].map((title) => text.indexOf(title));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('works the same in embed mode and with ?data=', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.url}?embed=1`);
    await timelineReady(page);
    await expectHandout(page, bundled.events, bundled.sources[0]!.url);

    const own = JSON.parse(readFileSync('tests/fixtures/data-url/events.json', 'utf8')) as { sources: { url: string }[]; events: EventText[] };
    const ownPage = await browser.newPage();
    await ownPage.goto(`${browser.url}?data=fixtures/data-url/events.json&embed=1`);
    await timelineReady(ownPage);
    await expectHandout(ownPage, own.events, own.sources[0]!.url);
  });
});
