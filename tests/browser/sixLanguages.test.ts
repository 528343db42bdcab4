import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIRST_EIGHT_DATA, browserForSuite, timelineReady } from './harness.ts';

const browser = browserForSuite();

/** The year 1998, so that the axis counts its months. */
const YEAR_1998 = `data=${FIRST_EIGHT_DATA}&from=1998&to=1998`;
/** The same, with A/RES/53/70's card open (beside the timeline, which then shows fewer months). */
const AROUND_53_70 = `${YEAR_1998}#event=unga-res-53-70-1998`;

/** What a reader of each language sees: the direction, the card's date, and two months on the axis. */
const EXPECTED = {
  en: { dir: 'ltr', date: '4 December 1998', months: ['Nov', 'Dec'] },
  fr: { dir: 'ltr', date: '4 décembre 1998', months: ['nov.', 'déc.'] },
  es: { dir: 'ltr', date: '4 de diciembre de 1998', months: ['nov', 'dic'] },
  ru: { dir: 'ltr', date: '4 декабря 1998 г.', months: ['нояб.', 'дек.'] },
  zh: { dir: 'ltr', date: '1998年12月4日', months: ['11月', '12月'] },
  ar: { dir: 'rtl', date: '4 ديسمبر 1998', months: ['نوفمبر', 'ديسمبر'] },
} as const;

type Catalog = Readonly<Record<string, string>>;
const catalog = (language: string): Catalog =>
  JSON.parse(readFileSync(`src/i18n/catalogs/${language}.json`, 'utf8')) as Catalog;
const ENGLISH = catalog('en');

/** A message's text outside its ICU placeholders: "Filters ({count})" gives "Filters (" and ")". */
function literalParts(message: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const character of message) {
    if (character === '{') depth += 1;
    if (depth === 0) current += character;
    else if (current) {
      parts.push(current);
      current = '';
    }
    if (character === '}') depth -= 1;
  }
  return [...parts, current].map((part) => part.trim()).filter(Boolean);
}

/**
 * English interface text that must not appear in `language`: whole messages, and the parts of messages
 * with placeholders that are at least two words long. Words the language writes the same way ("Sources"
 * in French, "APA") are not English left behind.
 */
function englishLeftIn(language: string): { readonly whole: Set<string>; readonly parts: string[] } {
  const translated = Object.values(catalog(language)).join('\n');
  const whole = new Set<string>();
  const parts: string[] = [];
  for (const message of Object.values(ENGLISH)) {
    const literals = literalParts(message);
    if (!message.includes('{') && !translated.includes(message)) whole.add(message);
    else parts.push(...literals.filter((part) => /\p{L}{2,}\s+\p{L}{2,}/u.test(part) && !translated.includes(part)));
  }
  return { whole, parts };
}

/** Every text a reader or a screen reader meets, outside data text marked as English (a summary not translated). */
function interfaceTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const pageLanguage = document.documentElement.lang;
    const isData = (element: Element | null) =>
      (element?.closest('[lang]')?.getAttribute('lang') ?? '') !== pageLanguage;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (text && !isData(node.parentElement) && node.parentElement?.closest('script, style') === null)
        texts.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (isData(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

const minorAxisLabels = (page: Page) =>
  page.locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)').allTextContents();

describe.each(Object.entries(EXPECTED))('the app in %s', (language, expected) => {
  it('sets lang and dir, and writes the card date and the axis months in the language', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.url}?lang=${language}&${AROUND_53_70}`);
    await timelineReady(page);
    expect(
      await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir })),
    ).toEqual({ lang: language, dir: expected.dir });
    await expect
      .poll(() => page.locator('.event-card .event-card-meta time').first().textContent())
      .toBe(expected.date);

    const year = await browser.newPage();
    await year.goto(`${browser.url}?lang=${language}&${YEAR_1998}`);
    await timelineReady(year);
    await expect.poll(() => minorAxisLabels(year)).toEqual(expect.arrayContaining([...expected.months]));
  });
});

const OTHER_LANGUAGES = Object.keys(EXPECTED).filter((language) => language !== 'en');

describe.each(OTHER_LANGUAGES)('the interface in %s', (language) => {
  it('shows none of the English catalog’s interface texts, with a card open and the filters shown', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.url}?lang=${language}&${AROUND_53_70}`);
    await timelineReady(page);
    await page.locator('.event-card').waitFor();
    await page.locator('details.explore-filters > summary').click();
    await page.locator('details.explore-filters[open] fieldset').first().waitFor();
    const { whole, parts } = englishLeftIn(language);
    // The check can fail: the English page shows some of these very texts.
    expect(whole.size).toBeGreaterThan(20);
    const texts = await interfaceTexts(page);
    expect(texts.filter((text) => whole.has(text))).toEqual([]);
    expect(texts.filter((text) => parts.some((part) => text.includes(part)))).toEqual([]);
  });
});

describe('the English page', () => {
  it('shows the interface texts the other languages are checked for', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.url}?lang=en&${AROUND_53_70}`);
    await timelineReady(page);
    await page.locator('.event-card').waitFor();
    await page.locator('details.explore-filters > summary').click();
    await page.locator('details.explore-filters[open] fieldset').first().waitFor();
    const { whole } = englishLeftIn('fr');
    const found = (await interfaceTexts(page)).filter((text) => whole.has(text));
    expect(found.length).toBeGreaterThan(10);
  });
});

describe('the cost of a language', () => {
  /** The scripts a page fetches until the network is quiet, by file name. */
  async function scriptsFetched(language: string): Promise<Set<string>> {
    const page = await browser.newPage();
    const scripts = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname.split('/').pop() ?? '');
    });
    await page.goto(`${browser.url}?lang=${language}`);
    await timelineReady(page);
    await page.waitForLoadState('networkidle');
    await page.close();
    return scripts;
  }

  let english = new Set<string>();
  beforeAll(async () => {
    english = await scriptsFetched('en');
  });

  // One test per language: six page loads in one test came close to its time limit on a slow machine.
  it.each(OTHER_LANGUAGES)(
    'is one request more than English in %s: its pack, axis labels included',
    async (language) => {
      const extra = [...(await scriptsFetched(language))].filter((script) => !english.has(script));
      expect(extra).toHaveLength(1);
    },
  );
});
