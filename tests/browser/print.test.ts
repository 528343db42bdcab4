import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { benchDataset } from '../../tools/generate-events.ts';
import { FIRST_EIGHT_DATA, FIRST_EIGHT_PATH, timelineReady, browserForSuite } from './harness.ts';
import { readPdf, type PdfPageText } from './pdfText.ts';

const browser = browserForSuite();

interface EventText {
  title: string;
  summary: string;
  citations: { quote: string }[];
  documents?: { symbol: string; url: string }[];
}
const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as {
  title: string;
  sources: { url: string }[];
  events: (EventText & { track: string })[];
};
const firstEight = JSON.parse(readFileSync(FIRST_EIGHT_PATH, 'utf8')) as typeof bundled;
const PAPER = ['A4', 'Letter'] as const;
const ACCENT = 'rgb(11, 92, 173)';

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
  const visibleButtons = await page
    .locator('button')
    .evaluateAll((buttons) => buttons.filter((button) => button.getClientRects().length > 0).length);
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
    const positions = [
      'US–Soviet Incidents at Sea',
      'Russia introduces the first draft',
      'Resolution 74/247',
      'UN disarmament chief',
    ].map((title) => text.indexOf(title));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('works the same in embed mode and with ?data=', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.url}?embed=1`);
    await timelineReady(page);
    await expectHandout(page, bundled.events, bundled.sources[0]!.url);

    const own = JSON.parse(readFileSync('tests/fixtures/data-url/events.json', 'utf8')) as {
      sources: { url: string }[];
      events: EventText[];
    };
    const ownPage = await browser.newPage();
    await ownPage.goto(`${browser.url}?data=fixtures/data-url/events.json&embed=1`);
    await timelineReady(ownPage);
    await expectHandout(ownPage, own.events, own.sources[0]!.url);
  });
});

/** The handout as Chromium prints it to PDF, read back page by page. */
async function printedPages(page: Page, format: (typeof PAPER)[number]): Promise<PdfPageText[]> {
  // page.pdf does not fire beforeprint: print media renders the handout first, as the browser's dialog does.
  await page.emulateMedia({ media: 'print' });
  await page.locator('.print-handout .overview').waitFor();
  return readPdf(await page.pdf({ format }));
}

/** One page per four events, plus the title page. */
const pageBudget = (events: number) => 1 + Math.ceil(events / 4);

/** The pages between the title page (a table, short in words) and the last: each at least half as full as the fullest. */
function expectNoPageMostlyEmpty(pages: readonly PdfPageText[], label: string): void {
  const fullest = Math.max(...pages.map((page) => page.text.length));
  pages.slice(1, -1).forEach((page, index) => {
    expect(page.text.length, `${label}: page ${index + 2} of ${pages.length} is at least half full`).toBeGreaterThan(
      fullest / 2,
    );
  });
}

/** Words broken at a hyphen at the end of a printed line come back whole. */
const unbroken = (text: string) => text.replace(/-\s/g, '-');

describe('the compact handout', () => {
  it('fits the bundled record on one page per four events plus the title page, on A4 and on US Letter', async () => {
    const page = await browser.newPage();
    await page.goto(browser.url);
    await timelineReady(page);
    for (const format of PAPER) {
      const pages = await printedPages(page, format);
      expect(pages.length, format).toBeGreaterThanOrEqual(2);
      expect(pages.length, format).toBeLessThanOrEqual(pageBudget(bundled.events.length));
      expectNoPageMostlyEmpty(pages, format);
      const everything = unbroken(pages.map(({ text }) => text).join(' '));
      for (const event of bundled.events)
        expect(everything, `${format}: ${event.title}`).toContain(unbroken(event.summary));
    }
  });

  it('opens with the title and an overview of every event by year and track on the first page', async () => {
    // Eight events: the overview names each one (a longer list counts them per cell).
    const page = await browser.newPage();
    await page.goto(`${browser.url}?data=${FIRST_EIGHT_DATA}`);
    await timelineReady(page);
    const [first] = await printedPages(page, 'A4');
    const text = first?.text ?? '';
    expect(text.startsWith(firstEight.title), text.slice(0, 80)).toBe(true);
    expect(text).toContain(`Overview: ${firstEight.events.length} events by year and track`);
    for (const track of new Set(firstEight.events.map((event) => event.track))) expect(text, track).toContain(track);
    for (const year of ['1972', '1973–1997 no events', '1998', '2018', '2019', '2020'])
      expect(text, year).toContain(year);
    for (const { title } of firstEight.events) expect(text, title).toContain(title);
    const overview = page.locator('.print-handout table');
    const row1998 = await overview.getByRole('row', { name: /^1998/ }).textContent();
    expect(row1998).toContain('28 Oct');
    expect(row1998).toContain('4 Dec');
    expect(row1998).toContain('Resolution 53/70 adopted without a vote');
  });

  it('prints the same handout from a list-view link, once, with no bar in the accent colour', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.url}?view=list#event=unga-res-53-70-1998`);
    await page.locator('.event-list').first().waitFor();
    for (const format of PAPER) {
      const pages = await printedPages(page, format);
      expect(pages.length, format).toBeLessThanOrEqual(pageBudget(bundled.events.length));
      const everything = unbroken(pages.map(({ text }) => text).join(' '));
      expect(
        everything.split(unbroken(bundled.events[2]!.summary)).length - 1,
        `${format}: each event printed once`,
      ).toBe(1);
    }
    const accentBars = await page.locator('body *').evaluateAll((elements, accent) => {
      const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
      return elements
        .filter((element) => element.getClientRects().length > 0)
        .flatMap((element) => {
          const style = getComputedStyle(element);
          const bars = sides.filter(
            (side) =>
              style.getPropertyValue(`border-${side.toLowerCase()}-color`) === accent &&
              parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
          );
          if (style.backgroundColor === accent) bars.push('Top');
          return bars.map((side) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} ${side}`);
        });
    }, ACCENT);
    expect(accentBars).toEqual([]);
  });

  it('keeps forty events within eleven pages, with the overview still on one page', async () => {
    const { file, sourceTexts } = benchDataset(40);
    for (const [path, text] of sourceTexts) browser.hostPage(`forty/${path}`, text);
    const dataUrl = browser.hostPage('forty/events.json', JSON.stringify(file));
    const page = await browser.newPage();
    await page.goto(`${browser.url}?data=${encodeURIComponent(dataUrl)}`);
    await timelineReady(page);
    for (const format of PAPER) {
      const pages = await printedPages(page, format);
      expect(pages.length, format).toBeLessThanOrEqual(pageBudget(40));
      expectNoPageMostlyEmpty(pages, format);
      expect(pages[0]?.text, format).toContain('Overview: 40 events by year and track');
      // The overview ends on the first page: its last year is there, before the first event's heading.
      const lastYear = String(Math.max(...file.events.map((event) => Number(event.date.slice(0, 4)))));
      expect(pages[0]?.text.split('Overview')[1], format).toContain(lastYear);
    }
  });
});
