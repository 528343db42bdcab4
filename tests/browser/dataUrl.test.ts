import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { timelineReady, useBrowser } from './harness.ts';

const browser = useBrowser();
const FIXTURE = 'fixtures/data-url/events.json';

async function failurePanel(page: Page, data: string): Promise<string> {
  await page.goto(`${browser.url}?data=${encodeURIComponent(data)}`);
  const panel = page.getByRole('alert');
  await panel.waitFor();
  const back = panel.getByRole('link', { name: 'Open the bundled timeline instead' });
  expect(await back.getAttribute('href')).toBe(browser.url);
  return (await panel.textContent()) ?? '';
}

describe('an event list loaded with ?data=', () => {
  it('shows that file’s events instead of the bundled ones, after a loading state', async () => {
    const page = await browser.newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/${FIXTURE}`, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${browser.url}?data=${FIXTURE}`);
    const loading = page.getByRole('status').filter({ hasText: 'Loading the event list from' });
    expect(await loading.textContent()).toBe(`Loading the event list from ${FIXTURE}…`);
    release();
    await timelineReady(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('A class’s own timeline'.replace('’', "'"));
    expect(await page.locator('.timeline-item').allTextContents()).toEqual(['First meeting of the working group', 'Final report adopted']);
    expect(await page.getByText('Resolution 53/70').count()).toBe(0);
  });

  it('works with embed mode and a deep link, and says which quotes could not be checked', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.url}?data=${FIXTURE}&embed=1#event=final-report`);
    await timelineReady(page);
    const card = page.getByRole('article');
    expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe('Final report adopted');
    expect(await card.getByText('(quote not checked against source)').isVisible()).toBe(true);
    await card.getByRole('button', { name: '← Previous' }).click();
    await expect.poll(() => card.getByRole('heading', { level: 2 }).textContent()).toBe('First meeting of the working group');
    expect(await card.getByText('(quote not checked against source)').count(), 'checked against sources/wire.txt').toBe(0);
  });

  it('names the address and the HTTP status when the file is not there', async () => {
    const page = await browser.newPage();
    browser.problems.length = 0;
    const text = await failurePanel(page, 'fixtures/data-url/missing.json');
    expect(text).toContain('fixtures/data-url/missing.json has a problem');
    expect(text).toContain('the server answered HTTP 404 Not Found; expected the event list (HTTP 200)');
    // Chromium logs the failed request itself; that one message is expected here.
    expect(browser.problems.splice(0)).toEqual([expect.stringContaining('404')]);
  });

  it('says the server sent a web page, or text that is not JSON', async () => {
    const page = await browser.newPage();
    expect(await failurePanel(page, 'fixtures/data-url/not-json.html')).toContain('the server sent a web page (HTML), not a JSON event list');
    expect(await failurePanel(page, 'fixtures/data-url/not-json.txt')).toContain('not valid JSON');
  });

  it('lists every problem of an invalid file with its place', async () => {
    const page = await browser.newPage();
    const text = await failurePanel(page, 'fixtures/data-url/invalid.json');
    expect(text).toContain('fixtures/data-url/invalid.json has 3 problems');
    expect(text).toContain('events[0].date: expected a real calendar date; got "2019-02-30"');
    expect(text).toContain('events[0].citations: expected at least one citation');
  });

  it('refuses javascript: and data: addresses without running or fetching them', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    expect(await failurePanel(page, 'javascript:alert(1)')).toContain('only http(s) and relative addresses are accepted for data; got a "javascript:" address');
    expect(await failurePanel(page, 'data:application/json,{}')).toContain('got a "data:" address');
    expect(dialogs).toEqual([]);
  });
});
