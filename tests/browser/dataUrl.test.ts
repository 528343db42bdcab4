import { readFileSync, statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { timelineReady, browserForSuite } from './harness.ts';

const browser = browserForSuite();
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
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'A class’s own timeline'.replace('’', "'"),
    );
    expect(await page.locator('.timeline-item').allTextContents()).toEqual([
      'First meeting of the working group',
      'Final report adopted',
    ]);
    expect(await page.getByText('Resolution 53/70').count()).toBe(0);
  });

  it('works with embed mode and a deep link, and says in a neutral colour which quotes could not be checked', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.url}?data=${FIXTURE}&embed=1#event=final-report`);
    await timelineReady(page);
    const card = page.getByRole('article');
    expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe('Final report adopted');
    const note = card.getByText('Quote not checked: no source text stored');
    expect(await note.isVisible()).toBe(true);
    // Information, not an error: the same grey as the card's other secondary text, not the error red.
    const [noteColour, mutedColour] = await note.evaluate((element) => {
      const muted = getComputedStyle(document.documentElement).getPropertyValue('--muted').trim();
      const probe = document.createElement('span');
      probe.style.color = muted;
      document.body.append(probe);
      const colours = [getComputedStyle(element).color, getComputedStyle(probe).color];
      probe.remove();
      return colours;
    });
    expect(noteColour).toBe(mutedColour);
    expect(noteColour).toBe('rgb(74, 83, 96)');
    await card.getByRole('button', { name: '← Previous' }).click();
    await expect
      .poll(() => card.getByRole('heading', { level: 2 }).textContent())
      .toBe('First meeting of the working group');
    expect(await card.getByText(/Quote not checked/).count(), 'checked against sources/wire.txt').toBe(0);
  });

  it('names the address and the HTTP status when the file is not there', async () => {
    const page = await browser.newPage();
    browser.problems.length = 0;
    const text = await failurePanel(page, 'fixtures/data-url/missing.json');
    expect(text).toContain('fixtures/data-url/missing.json has a problem');
    expect(text).toContain('the server answered HTTP 404 Not Found; expected the event list (HTTP 200)');
    // A fix that fits a missing file: check the address, not "run npm run validate".
    expect(text).toContain('Check the address for typing mistakes, and that the file is published there');
    expect(text).not.toContain('npm');
    expect(await page.getByRole('button', { name: 'Retry' }).isVisible()).toBe(true);
    // Chromium logs the failed request itself; that one message is expected here.
    expect(browser.problems.splice(0)).toEqual([expect.stringContaining('404')]);
  });

  it('says the server sent a web page, or text that is not JSON', async () => {
    const page = await browser.newPage();
    const webPage = await failurePanel(page, 'fixtures/data-url/not-json.html');
    expect(webPage).toContain('the server sent a web page (HTML), not a JSON event list');
    expect(webPage).toContain('Use the address of the .json file itself, not of a page that shows it');
    expect(webPage).not.toContain('npm');
    const notJson = await failurePanel(page, 'fixtures/data-url/not-json.txt');
    expect(notJson).toMatch(/not valid JSON at line \d+, column \d+: /);
    // The data itself is wrong here: checking it with the validator is the fix.
    expect(notJson).toContain('Download the file, fix it, then check it with npm run validate <file>.');
  });

  it('lists every problem of an invalid file with its place', async () => {
    const page = await browser.newPage();
    const text = await failurePanel(page, 'fixtures/data-url/invalid.json');
    expect(text).toContain('fixtures/data-url/invalid.json has 3 problems');
    expect(text).toContain('event 1, id “x”, date: expected a real calendar date; got "2019-02-30"');
    expect(text).toContain('event 1, id “x”, citations: expected at least one citation');
  });

  it('refuses javascript: and data: addresses without running or fetching them', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    expect(await failurePanel(page, 'javascript:alert(1)')).toContain(
      'only http(s) and relative addresses are accepted for data; got a "javascript:" address',
    );
    expect(await failurePanel(page, 'data:application/json,{}')).toContain('got a "data:" address');
    expect(dialogs).toEqual([]);
  });

  it('loads the untouched template with a warning for each placeholder left in it', async () => {
    const page = await browser.newPage();
    const address = browser.hostPage('template.json', readFileSync('data/template.json', 'utf8'));
    await page.goto(`${browser.url}?data=${encodeURIComponent(address)}`);
    await timelineReady(page);
    const warnings = page.locator('details.app-warnings');
    expect(await warnings.locator('summary').textContent()).toBe(`${address} loaded with 14 warnings`);
    await warnings.locator('summary').click();
    const lines = await warnings.locator('li').allTextContents();
    expect(lines).toHaveLength(14);
    expect(lines[0]).toBe(
      `title: still the template's placeholder "Replace with the title of your timeline"; replace it with your own text`,
    );
    expect(lines).toContain(
      `event 1, id “first-event”, citation 1, quote: still the template's placeholder ` +
        '"Replace with words copied exactly from the source"; replace it with your own text',
    );
  });

  it('gives an empty ?data= its own message, with the link back', async () => {
    const page = await browser.newPage();
    const text = await failurePanel(page, '');
    expect(text).toContain(
      'The link has a problem:the link has "?data=" with no address after it; expected the address of an event list',
    );
    expect(text).toContain(
      'Put the address of an event list after "?data=" in the link, or open the bundled timeline.',
    );
    expect(text).not.toContain('npm');
  });
});

describe('a ?data= server that is slow or silent', () => {
  it('gives up after 20 seconds without data, with a message, a Retry and the link back', async () => {
    const page = await browser.newPage();
    await page.clock.install();
    const data = 'never/events.json';
    await page.goto(`${browser.url}?data=${data}`);
    const loading = page.getByRole('status').filter({ hasText: `Loading the event list from ${data}…` });
    await loading.waitFor();
    await page.clock.runFor(19_000);
    expect(await page.getByRole('alert').count(), 'still waiting after 19 s').toBe(0);
    await page.clock.runFor(1_000);
    const panel = page.getByRole('alert');
    await panel.waitFor();
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain(
      `${data} has a problem:no data arrived for 20 seconds, so loading stopped; the server may be down, very slow, or not answering`,
    );
    expect(text).toContain('Retry, or try again later.');
    expect(text).not.toContain('npm');
    expect(await panel.getByRole('link', { name: 'Open the bundled timeline instead' }).getAttribute('href')).toBe(
      browser.url,
    );
    await panel.getByRole('button', { name: 'Retry' }).click();
    await loading.waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('shows how much of a file has arrived, as bytes and a percentage of the declared size', async () => {
    const page = await browser.newPage();
    await page.clock.install();
    const data = 'stalled/fixtures/data-url/events.json';
    await page.goto(`${browser.url}?data=${data}`);
    const size = statSync('tests/fixtures/data-url/events.json').size;
    const half = Math.floor(size / 2);
    const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;
    const loading = page.getByRole('status');
    await expect
      .poll(() => loading.textContent())
      .toBe(
        `Loading the event list from ${data}… ${kilobytes(half)} of ${kilobytes(size)} (${Math.floor((half / size) * 100)}%)`,
      );
    // Data that stops arriving half-way gives up in the same way.
    await page.clock.runFor(20_000);
    await page.getByRole('alert').filter({ hasText: 'no data arrived for 20 seconds' }).waitFor();
  });
});
