import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { validateEventsBytes } from '../../src/events/validate.ts';
import { browserForSuite } from './harness.ts';

const browser = browserForSuite();
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The first eight events of the record as a spreadsheet (made with `npm run convert`), and their source texts. */
const CSV_PATH = 'tests/fixtures/editor/first-eight.csv';
const TEXTS_DIR = 'tests/fixtures/first-eight/sources';
const TEXT_PATHS = readdirSync(TEXTS_DIR).map((name) => join(TEXTS_DIR, name));

/** Waits for a condition on the page: loading the bundled record and checking it takes a moment. */
function poll<T>(read: () => Promise<T>) {
  return expect.poll(read, { timeout: 10_000 });
}

/** The kinds of the dialogs the page opened (alert, confirm, beforeunload), by page. */
const dialogsSeen = new WeakMap<Page, string[]>();

async function openEditor(query = '', heading = 'Timeline editor'): Promise<Page> {
  const page = await browser.newPage();
  const seen: string[] = [];
  dialogsSeen.set(page, seen);
  // Leaving with changes never exported asks first; the tests accept, as a user choosing to leave would.
  page.on('dialog', (dialog) => {
    seen.push(dialog.type());
    void dialog.accept();
  });
  await page.goto(`${browser.url}?edit=1${query}`);
  await page.getByRole('heading', { name: heading }).waitFor();
  return page;
}

/** The text of what a field's aria-describedby points to: its problems and its help. */
async function description(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

async function downloadedJson(page: Page): Promise<Uint8Array> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('events.json');
  return readFileSync(await download.path());
}

function readFrom(folder: string) {
  return (path: string) => {
    try {
      return readFileSync(join(folder, path), 'utf8');
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  };
}

describe('the editor (?edit=1)', () => {
  it('adds an event, shows a bad date beside its field, and previews the event once it is fixed', async () => {
    const page = await openEditor();
    await page.getByRole('button', { name: 'A blank template' }).click();
    await poll(() => page.locator('.editor-preview-status').textContent()).toContain('as readers will see it');
    await page.getByRole('button', { name: 'Add event' }).click();

    const date = page.getByLabel('Date', { exact: true });
    await date.fill('2019-02-30');
    await page.getByLabel('Title', { exact: true }).fill('Class example event');
    await page.getByLabel('Summary').fill('A summary in my own words.');
    await page.getByLabel('Track').fill('Class examples');
    await page.getByLabel('Source of quote 1').selectOption('my-source');
    await page.getByLabel('Quote 1', { exact: true }).fill('Replace with words copied exactly from the source');

    await poll(() => date.getAttribute('aria-invalid')).toBe('true');
    expect(await description(date)).toContain('expected a real calendar date; got "2019-02-30"');
    const listed = page.getByRole('list', { name: 'Events in date order' }).getByRole('button', { name: /Class/ });
    await poll(() => listed.textContent()).toContain('1 problem');
    await poll(() => page.locator('.editor-preview-status').textContent()).toContain('last valid state');

    await date.fill('2019-02-28');
    await poll(() => date.getAttribute('aria-invalid')).toBeNull();
    const preview = page.locator('.editor-preview');
    await preview.locator('.vis-item', { hasText: 'Class example event' }).waitFor();
    // The event being edited is open in the card, as a reader would see it.
    await preview.getByRole('heading', { name: 'Class example event' }).waitFor();
    expect(await listed.textContent()).not.toContain('problem');
  });

  it('undoes and redoes with the buttons and the keys, and keeps the draft over a reload', async () => {
    const page = await openEditor();
    await page.getByRole('button', { name: 'A blank template' }).click();
    const title = page.getByLabel('Title of the timeline');
    const template = 'Replace with the title of your timeline';
    await poll(() => title.inputValue()).toBe(template);
    await title.fill('My class timeline');

    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await title.inputValue()).toBe(template);
    await page.getByRole('button', { name: 'Redo' }).click();
    expect(await title.inputValue()).toBe('My class timeline');
    await title.focus();
    await page.keyboard.press('ControlOrMeta+z');
    expect(await title.inputValue()).toBe(template);
    await page.keyboard.press('ControlOrMeta+Shift+z');
    expect(await title.inputValue()).toBe('My class timeline');

    await page.reload();
    await page.getByText('Your draft was restored from this browser.').waitFor();
    expect(dialogsSeen.get(page), 'leaving with changes never exported asks first').toEqual(['beforeunload']);
    expect(await title.inputValue()).toBe('My class timeline');
    expect(await page.getByRole('list', { name: 'Events in date order' }).getByRole('button').count()).toBe(2);
  });

  it('imports a spreadsheet over a draft after asking, checks its quotes, and downloads JSON the validator accepts', async () => {
    const page = await openEditor();
    await page.getByRole('button', { name: 'A blank template' }).click();
    await page.getByLabel(/^Open a file/).setInputFiles([CSV_PATH, ...TEXT_PATHS]);

    const dialog = page.getByRole('dialog', { name: 'Replace the draft?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Replace the draft' }).click();
    const list = page.getByRole('list', { name: 'Events in date order' });
    await list.getByRole('button', { name: /Resolution 53\/70 adopted without a vote/ }).waitFor();
    expect(await list.getByRole('button').count()).toBe(8);
    await poll(() => page.locator('.editor-preview-status').textContent()).toContain('as readers will see it');

    // The quotes are checked against the texts chosen with the sheet: a changed quote is caught.
    await list.getByRole('button', { name: /Resolution 53\/70/ }).click();
    const quote = page.getByLabel('Quote 1', { exact: true });
    const original = await quote.inputValue();
    await quote.fill(`${original} (and more)`);
    await poll(() => description(quote)).toContain('not found in source');
    await quote.fill(original);
    await poll(() => quote.getAttribute('aria-invalid')).toBeNull();

    const bytes = await downloadedJson(page);
    const result = validateEventsBytes(bytes, readFrom('tests/fixtures/first-eight'));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.timeline.events.map((event) => event.id)).toHaveLength(8);
  });

  it('exports the bundled record as JSON that passes the same checks as data/events.json', async () => {
    const page = await openEditor();
    await page.getByRole('button', { name: 'The bundled record' }).click();
    await poll(() => page.locator('.editor-preview-status').textContent()).toContain('as readers will see it');
    const result = validateEventsBytes(await downloadedJson(page), readFrom('data'));
    expect(result.ok ? [] : result.problems).toEqual([]);
    const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: unknown[] };
    expect(result.ok && result.timeline.events).toHaveLength(bundled.events.length);
  });

  it('speaks French with ?lang=fr: its labels, the field help, and the bad date beside its field', async () => {
    const page = await openEditor('&lang=fr', 'Éditeur de frise chronologique');
    await page.getByRole('button', { name: 'Un modèle vierge' }).click();
    await poll(() => page.locator('.editor-preview-status').textContent()).toContain('tel que les lecteurs le verront');
    await page.getByRole('button', { name: 'Ajouter un événement' }).click();
    const date = page.getByLabel('Date', { exact: true });
    await date.fill('2019-02-30');
    // A new event's date is first "missing"; the check of the typed date follows.
    await poll(() => description(date)).toContain(
      'attendu\u00A0: une date qui existe dans le calendrier\u00A0; reçu\u00A0: «\u00A02019-02-30\u00A0»',
    );
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    const said = await description(date);
    expect(said).toContain('Quand il a eu lieu. Une date du calendrier ISO 8601');
    expect(said).not.toMatch(/expected|calendar date|When it happened/);
    const listed = page.getByRole('list', { name: 'Événements par date' }).getByRole('button', { name: '2019-02-30' });
    // The new event lacks a title, a summary and more: each is counted, in French plurals.
    await poll(() => listed.textContent()).toMatch(/\(\d+ problèmes\)$/);
    await page.getByLabel('Titre', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Télécharger le JSON' }).waitFor();
  });

  it('has no axe violations with an event open that has problems', async () => {
    const page = await openEditor();
    await page.getByRole('button', { name: 'A blank template' }).click();
    await page.getByRole('button', { name: 'Add event' }).click();
    const date = page.getByLabel('Date', { exact: true });
    await date.fill('2019-02-30');
    await poll(() => date.getAttribute('aria-invalid')).toBe('true');
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              context: Document,
              options: object,
            ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return result.violations.map(
        ({ id, help, nodes }) => `${id}: ${help} at ${nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    });
    expect(violations).toEqual([]);
  });
});
