import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_DIR, SINGLE_FILE_DIR } from './globalSetup.ts';
import { browserForSuite, timelineReady } from './harness.ts';

const browser = browserForSuite();

/** The first eight events of the record as a spreadsheet, with their source texts, imported as a teacher would. */
const CSV_PATH = 'tests/fixtures/editor/first-eight.csv';
const TEXTS_DIR = 'tests/fixtures/first-eight/sources';
const TEXT_PATHS = readdirSync(TEXTS_DIR).map((name) => join(TEXTS_DIR, name));
const FIRST_EIGHT = JSON.parse(readFileSync('tests/fixtures/first-eight/events.json', 'utf8')) as {
  events: { id: string; title: string; citations: { quote: string }[] }[];
};
const EVENT = FIRST_EIGHT.events.find((event) => event.id === 'unga-res-53-70-1998')!;
const HOSTILE_TITLE = '</script><script>alert(1)</script>';

const SCREENSHOTS = 'test-results/screenshots';
const downloads = mkdtempSync(join(tmpdir(), 'single-file-export-'));
afterAll(() => rmSync(downloads, { recursive: true, force: true }));

/** Opens the editor at `address` and imports the spreadsheet with its texts (the draft is empty: nothing to confirm). */
async function editorWithSheet(address: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(address);
  await page.getByRole('heading', { name: 'Timeline editor' }).waitFor();
  await page.getByLabel(/^Open a file/).setInputFiles([CSV_PATH, ...TEXT_PATHS]);
  const list = page.getByRole('list', { name: 'Events in date order' });
  await list.getByRole('button', { name: /Resolution 53\/70 adopted without a vote/ }).waitFor();
  return page;
}

/** Exports the single file, and saves the download where a teacher would keep it. */
async function exportSingleFile(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download single HTML file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('timeline.html');
  const path = join(downloads, name);
  writeFileSync(path, readFileSync(await download.path()));
  return path;
}

/** Opens a file from disk with every request that is not for a file refused, and records the refused ones. */
async function openFromDisk(path: string): Promise<{ page: Page; refused: string[]; dialogs: string[] }> {
  const page = await browser.newPage();
  const refused: string[] = [];
  const dialogs: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    refused.push(url);
    return route.abort();
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(path).href);
  return { page, refused, dialogs };
}

async function openCard(page: Page, id: string) {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `event=${id}`);
  const card = page.getByRole('article');
  await card.getByRole('heading', { level: 2 }).waitFor();
  return card;
}

describe('the editor’s single-file export', () => {
  it('makes one HTML file that shows the teacher’s events from disk, with no network', async () => {
    const editor = await editorWithSheet(`${browser.url}?edit=1`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await editor.getByRole('region', { name: 'Export' }).screenshot({ path: `${SCREENSHOTS}/editor-export.png` });
    const path = await exportSingleFile(editor, 'timeline.html');

    const { page, refused } = await openFromDisk(path);
    await timelineReady(page);
    expect(await page.locator('.timeline-item').count()).toBe(FIRST_EIGHT.events.length);
    const card = await openCard(page, EVENT.id);
    expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe(EVENT.title);
    expect(await card.textContent()).toContain(EVENT.citations[0]!.quote);
    expect(refused).toEqual([]);
  });

  it('shows a title with </script><script> in it as text, and runs nothing it contains', async () => {
    const editor = await editorWithSheet(`${browser.url}?edit=1`);
    await editor
      .getByRole('list', { name: 'Events in date order' })
      .getByRole('button', { name: /53\/70/ })
      .click();
    await editor.getByLabel('Title', { exact: true }).fill(HOSTILE_TITLE);
    await expect.poll(() => editor.locator('.editor-preview-status').textContent()).toContain('as readers will see it');
    const path = await exportSingleFile(editor, 'hostile.html');

    const { page, refused, dialogs } = await openFromDisk(path);
    await timelineReady(page);
    const card = await openCard(page, EVENT.id);
    expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe(HOSTILE_TITLE);
    const runnable = page.locator('script:not([type="application/json"])');
    expect(await runnable.count()).toBeGreaterThan(0);
    expect(
      await runnable.evaluateAll((scripts) => scripts.filter((s) => s.textContent.includes('alert(1)')).length),
    ).toBe(0);
    expect(dialogs).toEqual([]);
    expect(refused).toEqual([]);
  });

  it('works from the single-file build opened from disk too: the editor copies its own page', async () => {
    const editor = await editorWithSheet(`${pathToFileURL(resolve(SINGLE_FILE_DIR, 'index.html')).href}?edit=1`);
    const path = await exportSingleFile(editor, 'from-disk.html');

    const { page, refused } = await openFromDisk(path);
    await timelineReady(page);
    expect(await page.locator('.timeline-item').count()).toBe(FIRST_EIGHT.events.length);
    const card = await openCard(page, EVENT.id);
    expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe(EVENT.title);
    expect(refused).toEqual([]);
  });

  it('shows the usual error panel, naming the block, when the list in the file is broken', async () => {
    const template = readFileSync(join(BUILD_DIR, 'timeline-single.html'), 'utf8');
    // The page's own </body> is the last one: the app's code has the text too.
    const bodyEnd = template.lastIndexOf('</body>');
    const block = '<script type="application/json" id="timeline-data">{"events": [</script>';
    const broken = `${template.slice(0, bodyEnd)}${block}${template.slice(bodyEnd)}`;
    const path = join(downloads, 'broken.html');
    writeFileSync(path, broken);

    const { page, refused } = await openFromDisk(path);
    const panel = page.getByRole('alert');
    await panel.getByRole('heading', { name: 'The timeline cannot be shown' }).waitFor();
    expect(await panel.textContent()).toContain('<script id="timeline-data"> has a problem');
    expect(await panel.textContent()).toContain('exported from the timeline editor');
    expect(refused).toEqual([]);
  });
});
