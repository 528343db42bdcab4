import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { browserForSuite, timelineReady } from './harness.ts';

interface RecordEvent {
  id: string;
  date: string;
  end?: string;
  title: string;
  summary: string;
  track: string;
  actors: string[];
  citations: { quote: string }[];
  documents?: { symbol: string }[];
}

const EVENTS = (JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: RecordEvent[] }).events;
const TOTAL = EVENTS.length;

/** What a reader would search by hand: every field the search box covers, in lower case. */
const textOf = (event: RecordEvent) =>
  [
    event.title,
    event.summary,
    event.track,
    ...event.actors,
    ...event.citations.map((citation) => citation.quote),
    ...(event.documents ?? []).map((document) => document.symbol),
  ]
    .join('\n')
    .toLowerCase();
const mentions = (word: string) => (event: RecordEvent) => textOf(event).includes(word.toLowerCase());
/** Years as written: an event counts when its years reach into [from, to]. */
const inYears = (from: number, to: number) => (event: RecordEvent) =>
  Number(event.date.slice(0, 4)) <= to && Number((event.end ?? event.date).slice(0, 4)) >= from;
const idsWhere = (keep: (event: RecordEvent) => boolean) => EVENTS.filter(keep).map((event) => event.id);

const browser = browserForSuite();

async function open(query: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${browser.url}${query}`);
  await page.locator('.explore-bar').waitFor();
  return page;
}

const count = (page: Page) => page.locator('.explore-count').textContent();
const listedIds = (page: Page) =>
  page.locator('.event-list li[data-event-id]').evaluateAll((items) => items.map((item) => item.dataset.eventId));
const trackBox = (page: Page, track: string) =>
  page.getByRole('group', { name: 'Tracks' }).getByRole('checkbox', { name: track, exact: true });
const param = (page: Page, name: string) =>
  page.evaluate((key) => new URL(window.location.href).searchParams.getAll(key), name);

describe('search and filters in the address', () => {
  it('?q= shows only the events that mention it, a document symbol included', async () => {
    const expected = idsWhere(mentions('A/RES/53/70'));
    expect(expected.length).toBeGreaterThan(0);
    const page = await open('?view=list&q=A%2FRES%2F53%2F70');
    expect(await count(page)).toBe(`${expected.length} of ${TOTAL} events`);
    await expect.poll(() => listedIds(page)).toEqual(expected);
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('A/RES/53/70');
  });

  it('?track= and ?actor= (repeated) keep any of the chosen ones', async () => {
    const tracks = ['Cybercrime', 'Other forums'];
    const byTrack = idsWhere((event) => tracks.includes(event.track));
    let page = await open(`?view=list&track=Cybercrime&track=Other+forums`);
    expect(await count(page)).toBe(`${byTrack.length} of ${TOTAL} events`);
    await expect.poll(() => listedIds(page)).toEqual(byTrack);

    const actors = ['China', 'UNODC'];
    const byActor = idsWhere((event) => event.actors.some((actor) => actors.includes(actor)));
    page = await open(`?view=list&actor=China&actor=UNODC`);
    await expect.poll(() => listedIds(page)).toEqual(byActor);
    await page.getByText(/^Filters/).click();
    expect(await page.getByRole('checkbox', { name: 'China' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'United States' }).isChecked()).toBe(false);
  });

  it('?from= and ?to= keep the events in those years and open the timeline on them', async () => {
    const expected = idsWhere(inYears(2010, 2015));
    const page = await open('?from=2010&to=2015');
    await timelineReady(page);
    expect(await count(page)).toBe(`${expected.length} of ${TOTAL} events`);
    await expect.poll(() => page.locator('.timeline-range').textContent()).toBe('2010 – 2015');
    await page.getByRole('button', { name: 'List' }).click();
    await expect.poll(() => listedIds(page)).toEqual(expected);
  });

  it('combines the search, a track and years', async () => {
    const expected = idsWhere(
      (event) => mentions('resolution')(event) && event.track === 'UN General Assembly' && inYears(2015, 2030)(event),
    );
    expect(expected.length).toBeGreaterThan(0);
    const page = await open('?view=list&q=resolution&track=UN+General+Assembly&from=2015');
    await expect.poll(() => listedIds(page)).toEqual(expected);
    expect(await page.getByText('Filters (2)').count()).toBe(1);
  });

  it('updates the count and the address as one types; Back and Forward restore the search', async () => {
    const page = await open('');
    await timelineReady(page);
    expect(await count(page)).toBe('');
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.pressSequentially('cybercrime');
    const expected = idsWhere(mentions('cybercrime'));
    await expect.poll(() => count(page)).toBe(`${expected.length} of ${TOTAL} events`);
    expect(await param(page, 'q')).toEqual(['cybercrime']);

    await page.getByText(/^Filters/).click();
    await trackBox(page, 'Cybercrime').check();
    await expect.poll(() => param(page, 'track')).toEqual(['Cybercrime']);

    await page.goBack();
    await expect.poll(() => param(page, 'track')).toEqual([]);
    expect(await search.inputValue()).toBe('cybercrime');
    expect(await trackBox(page, 'Cybercrime').isChecked()).toBe(false);
    await page.goBack();
    await expect.poll(() => search.inputValue()).toBe('');
    expect(await count(page)).toBe('');
    await page.goForward();
    await expect.poll(() => search.inputValue()).toBe('cybercrime');
    expect(await count(page)).toBe(`${expected.length} of ${TOTAL} events`);
  });

  it('Clear shows every event again and empties the address', async () => {
    const page = await open('?view=list&track=Cybercrime&q=convention');
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await expect.poll(() => listedIds(page)).toEqual(EVENTS.map((event) => event.id));
    expect(await count(page)).toBe('');
    expect(await page.evaluate(() => window.location.search)).toBe('?view=list');
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('');
  });

  it('says when nothing matches, and offers the way back', async () => {
    const page = await open('?q=zzqx');
    expect(await page.getByText('No events match “zzqx”.').count()).toBe(1);
    expect(await count(page)).toBe(`0 of ${TOTAL} events`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await timelineReady(page);
    expect(await page.getByText(/^No events match/).count()).toBe(0);
  });

  it('passes axe with a filter active and its panel open', async () => {
    const page = await open('?track=Cybercrime');
    await timelineReady(page);
    await page.getByText(/^Filters/).click();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps the search and filters in the embed code', async () => {
    const page = await open('?q=cyber&track=Cybercrime&from=2019');
    await timelineReady(page);
    await page.getByRole('button', { name: 'Embed' }).click();
    const code = await page.getByRole('dialog', { name: 'Embed this timeline' }).getByLabel('Embed code').inputValue();
    expect(code).toContain('?q=cyber&amp;track=Cybercrime&amp;from=2019&amp;embed=1');
  });
});
