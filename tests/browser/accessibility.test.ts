import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { timelineReady, browserForSuite } from './harness.ts';

const EVENT_COUNT = (JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: unknown[] }).events.length;

const browser = browserForSuite();

async function openReady(query: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${browser.url}${query}`);
  return page;
}

describe('accessibility (axe-core in Chromium)', () => {
  it('has no violations in the timeline view', async () => {
    const page = await openReady('');
    await timelineReady(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has no violations with a card open, its citations shown', async () => {
    const page = await openReady('#event=unga-res-53-70-1998');
    await timelineReady(page);
    await page.getByRole('button', { name: 'Cite' }).click();
    await page.getByText('APA (7th edition)').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has no violations in the About panel', async () => {
    const page = await openReady('');
    await timelineReady(page);
    await page.locator('header').getByRole('button', { name: 'About this timeline' }).click();
    await page.getByRole('dialog', { name: 'About this timeline' }).getByText('BibTeX').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has no violations in the list view', async () => {
    const page = await openReady('?view=list');
    await page.locator('.event-list').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has no violations in embed mode, and in the embed dialog', async () => {
    const page = await openReady('?embed=1&view=timeline#event=incsea-1972', 600);
    await timelineReady(page);
    expect(await axeViolations(page)).toEqual([]);
    const full = await openReady('');
    await timelineReady(full);
    await full.getByRole('button', { name: 'Embed' }).click();
    await full.getByRole('dialog').getByLabel('Embed code').waitFor();
    expect(await axeViolations(full)).toEqual([]);
  });

  it('has no violations in the error panel', async () => {
    const page = await openReady('?data=fixtures/data-url/invalid.json');
    await page.getByRole('alert').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the list view', () => {
  it('shows every event in date order with its card content, without the timeline widget, and is remembered in the address', async () => {
    const page = await openReady('');
    await timelineReady(page);
    await page.getByRole('button', { name: 'List' }).click();
    const list = page.getByRole('list', { name: 'Events in date order' });
    await list.waitFor();
    expect(await page.locator('.vis-timeline').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('view')).toBe('list');
    const entries = list.locator(':scope > li');
    expect(await entries.count()).toBe(EVENT_COUNT);
    const first = entries.first();
    expect(await first.getByRole('heading', { level: 2 }).textContent()).toBe(
      'US–Soviet Incidents at Sea Agreement signed',
    );
    expect(await first.locator('time').textContent()).toBe('25 May 1972');
    expect(await first.locator('blockquote').first().textContent()).toContain('In his new initiative, Putin proposed');
    expect(await first.getByRole('link', { name: 'UrduPoint News / Sputnik, 30 September 2020' }).count()).toBe(1);

    await page.reload();
    await list.waitFor();
    expect(await page.getByRole('button', { name: 'List' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('is what a 320 px screen gets, with nothing wider than the screen', async () => {
    const page = await openReady('', 320);
    await page.getByRole('list', { name: 'Events in date order' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('takes keyboard users to the timeline with the skip link, changing neither view nor address', async () => {
    const page = await openReady('');
    await timelineReady(page);
    const address = page.url();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to events' });
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await expect.poll(focusedName).toMatch(/^Timeline: /);
    expect(page.url()).toBe(address);
    expect(await page.getByRole('button', { name: 'Timeline', pressed: true }).count()).toBe(1);
    // The keys work at once: the timeline, not the page, has focus.
    await page.keyboard.press('Home');
    const highlighted = await page.locator('.vis-selected .timeline-item').textContent();
    expect(highlighted).toBe('US–Soviet Incidents at Sea Agreement signed');
  });

  it('takes keyboard users to the list with the skip link in the list view', async () => {
    const page = await openReady('?view=list');
    await page.getByRole('list', { name: 'Events in date order' }).waitFor();
    const address = page.url();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('events');
    expect(page.url()).toBe(address);
  });
});

describe('zoomed to 200 %', () => {
  it('still fits the timeline page and its card in the width (a 1280 px window at 200 % is 640 CSS px)', async () => {
    const page = await openReady('?view=timeline#event=unga-res-53-70-1998', 640);
    await timelineReady(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    expect(await page.getByRole('article').getByRole('heading', { level: 2 }).isVisible()).toBe(true);
  });
});
