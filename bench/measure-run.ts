import type { Browser, Page } from 'playwright-core';
import type { ClickableItem, IdleResult, Settled } from './in-page-api.ts';
import { openBenchPage } from './benchPage.ts';
import type { Target } from './targets.ts';

/** One load of one timeline on one event list. Times in milliseconds, heap in bytes. */
export interface RunMetrics {
  /** Navigation start → the first frame showing an item painted. */
  readonly firstItem: number;
  /** Navigation start → the end of the last long task before 500 ms without one. */
  readonly idle: number;
  readonly longTaskTotal: number;
  /** JS heap in use after load and a forced garbage collection. */
  readonly heapBytes: number;
  /** 5 × "Zoom in" then 5 × "Zoom out", each until the view settled, summed. */
  readonly zoom10: number;
  /** Frames per button step (mean of the 10): animation frames from the click to the last one that changed the view. */
  readonly zoomFrames: number;
  /** 5 wheel notches in, then 5 out, with Ctrl held (the timeline's zoom key), over the middle of the drawing. */
  readonly wheel10?: number;
  /** Frames per wheel step, as for the buttons. */
  readonly wheelFrames?: number;
  /** 10 drags of 200 px in one move, alternating direction, each from pointerdown until settled, summed. */
  readonly pan10: number;
  /** Pointerdown on an item → the card showing it settled. */
  readonly cardOpen: number;
}

const VIEWPORT = { width: 1280, height: 800 };
const PAN_PX = 200;

export async function measureRun(
  browser: Browser,
  target: Target,
  url: string,
  timeoutMs: number,
): Promise<RunMetrics> {
  // Reduced motion: our app then zooms without animation (TimelineJS ignores the setting).
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  try {
    const { page, step } = await openBenchPage(context, target.inPage, `${target.label}, ${url}`);

    await step('navigation', page.goto(url, { waitUntil: 'commit', timeout: timeoutMs }));
    const firstItem = await step('first item', page.evaluate<number>(`window.__bench.firstItemPainted(${timeoutMs})`));
    const idle = await step('idle', page.evaluate<IdleResult>(`window.__bench.idle(${firstItem})`));
    const heapBytes = await step('heap', usedHeap(page));
    const zoom = await step('zoom', zoomSteps(page, timeoutMs));
    const wheel = target.wheelArea ? await step('wheel', wheelSteps(page, target.wheelArea, timeoutMs)) : undefined;
    const pan10 = await step('pan', panSteps(page, target, timeoutMs));
    const cardOpen = await step('card', openCard(page, timeoutMs));
    return {
      firstItem,
      idle: idle.idleAt,
      longTaskTotal: idle.longTaskTotal,
      heapBytes,
      zoom10: zoom.elapsed,
      zoomFrames: zoom.framesPerStep,
      ...(wheel && { wheel10: wheel.elapsed, wheelFrames: wheel.framesPerStep }),
      pan10,
      cardOpen,
    };
  } finally {
    await context.close();
  }
}

async function usedHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize');
  if (!heap) throw new Error('Chromium reported no JSHeapUsedSize');
  return heap.value;
}

/** `timeoutMs` bounds each step, so a slow machine (or TimelineJS on 5,000 events) ends with a message, not a hang. */
async function zoomSteps(page: Page, timeoutMs: number): Promise<Steps> {
  const labels = [...Array<string>(5).fill('Zoom in'), ...Array<string>(5).fill('Zoom out')];
  const steps: Settled[] = [];
  for (const label of labels)
    steps.push(await page.evaluate<Settled>(`window.__bench.clickButton(${JSON.stringify(label)}, ${timeoutMs})`));
  return sumSteps(steps);
}

/** One notch of a mouse wheel is 100 px in Chromium; up zooms in. */
const WHEEL_NOTCH = 100;

/** Ctrl + wheel, as a reader zooms (the timeline's zoomKey; a trackpad pinch arrives the same way). */
async function wheelSteps(page: Page, area: string, timeoutMs: number): Promise<Steps> {
  const box = await page.locator(area).first().boundingBox();
  if (!box) throw new Error(`no "${area}" to zoom over`);
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 60));
  const steps: Settled[] = [];
  await page.keyboard.down('Control');
  try {
    for (let step = 0; step < 10; step++) {
      await page.evaluate('window.__bench.startWatch()');
      await page.mouse.wheel(0, step < 5 ? -WHEEL_NOTCH : WHEEL_NOTCH);
      steps.push(await page.evaluate<Settled>(`window.__bench.settledSinceInput("wheel ${step + 1}", ${timeoutMs})`));
    }
  } finally {
    await page.keyboard.up('Control');
  }
  return sumSteps(steps);
}

interface Steps {
  readonly elapsed: number;
  readonly framesPerStep: number;
}

function sumSteps(steps: readonly Settled[]): Steps {
  const elapsed = steps.reduce((sum, step) => sum + step.elapsed, 0);
  return { elapsed, framesPerStep: steps.reduce((sum, step) => sum + step.frames, 0) / steps.length };
}

async function panSteps(page: Page, target: Target, timeoutMs: number): Promise<number> {
  const area = await page.locator(target.panArea).first().boundingBox();
  if (!area) throw new Error(`no "${target.panArea}" to drag`);
  const [x, y] = [area.x + area.width / 2, area.y + Math.min(area.height / 2, 60)];
  let total = 0;
  for (let step = 0; step < 10; step++) {
    const to = x + (step % 2 === 0 ? -PAN_PX : PAN_PX);
    await page.mouse.move(x, y);
    await page.evaluate('window.__bench.startWatch()');
    await page.mouse.down();
    await page.mouse.move(to, y);
    await page.mouse.up();
    const settled = await page.evaluate<Settled>(`window.__bench.settledSinceInput("drag ${step + 1}", ${timeoutMs})`);
    total += settled.elapsed;
  }
  return total;
}

/**
 * Where every item in view is grouped into a count (our app above 24 events), a reader first zooms
 * in; that zoom is not part of the measured click. "Zoom in" halves the window around its middle,
 * where a count's own zoom may not part a count that holds a month- or year-long event.
 */
async function itemToClick(page: Page, timeoutMs: number): Promise<ClickableItem> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await page.evaluate<ClickableItem>('window.__bench.clickableItem()');
    } catch (error) {
      if (attempt >= 12 || (await page.locator('.timeline-count').count()) === 0) throw error;
      await page.evaluate(`window.__bench.clickButton("Zoom in", ${timeoutMs})`);
    }
  }
}

async function openCard(page: Page, timeoutMs: number): Promise<number> {
  const item = await itemToClick(page, timeoutMs);
  await page.mouse.move(item.x, item.y);
  await page.evaluate('window.__bench.startWatch()');
  await page.mouse.click(item.x, item.y);
  const { elapsed } = await page.evaluate<Settled>(
    `window.__bench.settledWithCard(${JSON.stringify(`the click on "${item.text}"`)}, ${JSON.stringify(item.text)}, ${timeoutMs})`,
  );
  return elapsed;
}
