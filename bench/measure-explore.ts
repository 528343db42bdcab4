import type { Browser, Page } from 'playwright-core';
import type { Timeline } from '../src/events/model.ts';
import { filterEvents, type EventFilter } from '../src/events/search.ts';
import { openBenchPage } from './benchPage.ts';
import type { Settled } from './in-page-api.ts';
import { OURS } from './targets.ts';

/** Search and filters (issue 10) on one load of our app. Times in milliseconds. */
export interface ExploreMetrics {
  /** The last keystroke of a query → the count and the timeline showing its results, settled. */
  readonly search: number;
  /** Animation frames from that keystroke to the last one that changed the page. */
  readonly searchFrames: number;
  /** A click on a track in "Filters" → the timeline redrawn with that track only, settled. */
  readonly filter: number;
  readonly filterFrames: number;
}

/** Typed as a reader would: every key but the last is left to settle, then the last one is measured. */
export const BENCH_QUERY = 'ransomware';

const VIEWPORT = { width: 1280, height: 800 };
const NO_FILTERS: EventFilter = { q: '', track: [], actor: [], kind: [], from: null, to: null };
const COUNT = '.explore-count';

export async function measureExplore(
  browser: Browser,
  url: string,
  timeline: Timeline,
  timeoutMs: number,
): Promise<ExploreMetrics> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  try {
    const { page, step } = await openBenchPage(context, OURS.inPage, `search and filters, ${url}`);
    await step('navigation', page.goto(url, { waitUntil: 'commit', timeout: timeoutMs }));
    const firstItem = await step('first item', page.evaluate<number>(`window.__bench.firstItemPainted(${timeoutMs})`));
    await step('idle', page.evaluate(`window.__bench.idle(${firstItem})`));
    const search = await step('search', typeQuery(page, timeline, timeoutMs));
    await step('clearing the search', clearQuery(page, timeoutMs));
    const filter = await step('track filter', toggleTrack(page, timeline, timeoutMs));
    return {
      search: search.elapsed,
      searchFrames: search.frames,
      filter: filter.elapsed,
      filterFrames: filter.frames,
    };
  } finally {
    await context.close();
  }
}

/** What the count says once the filter applies: worked out here with the app's own search, not read from the page. */
function countText(timeline: Timeline, matches: number): string {
  const count = new Intl.NumberFormat('en');
  return `${count.format(matches)} of ${count.format(timeline.events.length)} events`;
}

async function typeQuery(page: Page, timeline: Timeline, timeoutMs: number): Promise<Settled> {
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.click();
  for (let length = 1; length <= BENCH_QUERY.length; length++) {
    const typed = BENCH_QUERY.slice(0, length);
    const key = BENCH_QUERY.charAt(length - 1);
    const matches = filterEvents(timeline.events, { ...NO_FILTERS, q: typed }).length;
    await page.evaluate('window.__bench.startWatch()');
    await page.keyboard.press(key);
    // Every keystroke waits for its results, so the last one starts from a page at rest.
    const settled = await page.evaluate<Settled>(
      `window.__bench.settledShowing(${JSON.stringify(`typing "${typed}"`)}, ${JSON.stringify(COUNT)}, ` +
        `${JSON.stringify(countText(timeline, matches))}, ${timeoutMs})`,
    );
    if (typed === BENCH_QUERY) return settled;
  }
  throw new Error('no query to type');
}

async function clearQuery(page: Page, timeoutMs: number): Promise<void> {
  await page.evaluate('window.__bench.startWatch()');
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page.evaluate(
    `window.__bench.settledShowing("clearing the search", ${JSON.stringify(COUNT)}, "", ${timeoutMs})`,
  );
}

async function toggleTrack(page: Page, timeline: Timeline, timeoutMs: number): Promise<Settled> {
  const track = timeline.tracks[0]!;
  const matches = filterEvents(timeline.events, { ...NO_FILTERS, track: [track] }).length;
  await page.locator('.explore-filters summary').click();
  const checkbox = page.locator('.explore-choices-track').getByRole('checkbox', { name: track, exact: true });
  await checkbox.waitFor({ state: 'visible', timeout: timeoutMs });
  const box = await checkbox.boundingBox();
  if (!box) throw new Error(`the checkbox for "${track}" is not drawn`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate('window.__bench.startWatch()');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return page.evaluate<Settled>(
    `window.__bench.settledShowing(${JSON.stringify(`the "${track}" filter`)}, ${JSON.stringify(COUNT)}, ` +
      `${JSON.stringify(countText(timeline, matches))}, ${timeoutMs})`,
  );
}
