import type { Browser, Page } from 'playwright-core';
import { draftFromFile, type EditorDraft } from '../src/editor/draft.ts';
import { STORAGE_KEY, type SavedDraft } from '../src/editor/storage.ts';
import { asDraftFile, benchDataset } from '../tools/generate-events.ts';
import { openBenchPage } from './benchPage.ts';
import type { Settled } from './in-page-api.ts';
import { OURS } from './targets.ts';

/** The editor (issue 13) on one load. Times in milliseconds. */
export interface EditorMetrics {
  /** An event's title changed in its form → the first painted frame whose preview card shows the new title. */
  readonly editPreview: number;
  /** Animation frames from that input to the frame showing it. */
  readonly editPreviewFrames: number;
}

/** The editor is measured on a list of this many events (issue 13). */
export const EDITOR_EVENTS = 1000;

const VIEWPORT = { width: 1280, height: 800 };
const PREVIEW_TITLE = '.editor-preview .event-card h2';

/**
 * The generated list as a draft kept in the browser, in the shape src/editor/storage.ts saves it, with
 * the source text pasted in, so the editor restores it at once and checks its quotes.
 */
export function savedBenchDraft(size: number): string {
  const { file, sourceTexts } = benchDataset(size);
  const draft: EditorDraft = draftFromFile(asDraftFile(file), (path) => sourceTexts.get(path));
  const saved: SavedDraft = { draft, unexported: false };
  return JSON.stringify({ version: 1, ...saved });
}

export async function measureEditor(
  browser: Browser,
  baseUrl: string,
  savedDraft: string,
  run: number,
  timeoutMs: number,
): Promise<EditorMetrics> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  const url = `${baseUrl}?edit=1`;
  try {
    await context.addInitScript({
      content: `if (window === window.top) localStorage.setItem(${JSON.stringify(STORAGE_KEY)}, ${JSON.stringify(savedDraft)});`,
    });
    const { page, step } = await openBenchPage(context, OURS.inPage, `editor, ${url}`);
    await step('navigation', page.goto(url, { waitUntil: 'commit', timeout: timeoutMs }));
    const title = await step('opening an event', openMiddleEvent(page, timeoutMs));
    const edited = await step('editing its title', editTitle(page, `${title} (revised, run ${run})`, timeoutMs));
    return { editPreview: edited.elapsed, editPreviewFrames: edited.frames };
  } finally {
    await context.close();
  }
}

/** Opens the event in the middle of the list in its form, and waits for the preview's card to show it. */
async function openMiddleEvent(page: Page, timeoutMs: number): Promise<string> {
  const status = page.getByText('The preview shows the draft as readers will see it.');
  await status.waitFor({ timeout: timeoutMs });
  const items = page.locator('.editor-event-list li button');
  const count = await items.count();
  if (count !== EDITOR_EVENTS) throw new Error(`the editor lists ${count} events, not ${EDITOR_EVENTS}`);
  const item = items.nth(Math.floor(count / 2));
  const title = (await item.locator('span').nth(1).textContent()) ?? '';
  await item.click();
  await page.locator(PREVIEW_TITLE, { hasText: title }).waitFor({ timeout: timeoutMs });
  const idleFrom = await page.evaluate<number>('performance.now()');
  await page.evaluate(`window.__bench.idle(${idleFrom})`);
  return title;
}

async function editTitle(page: Page, newTitle: string, timeoutMs: number): Promise<Settled> {
  const field = page.locator('.editor-form').getByLabel('Title', { exact: true });
  await field.focus();
  await page.evaluate('window.__bench.startWatch()');
  // One input event, as a paste or an autocompletion makes: the measure starts at it.
  await field.fill(newTitle);
  return page.evaluate<Settled>(
    `window.__bench.shownSinceInput("the edited title", ${JSON.stringify(PREVIEW_TITLE)}, ` +
      `${JSON.stringify(newTitle)}, ${timeoutMs})`,
  );
}
