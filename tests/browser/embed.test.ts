import { mkdirSync } from 'node:fs';
import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIRST_EIGHT_DATA, timelineReady, browserForSuite } from './harness.ts';

const browser = browserForSuite();
/** The first eight events, each drawn as its own box (the whole record is drawn compactly, with counts). */
const timelinePage = () => `${browser.url}?data=${FIRST_EIGHT_DATA}`;
const RESOLUTION = 'Resolution 53/70 adopted without a vote';
const TITLE = 'UN ICT-security diplomacy, 1972–2020';
const SCREENSHOTS = 'test-results/screenshots';

/** The code the Embed dialog gives for a column width, read from its textarea as a teacher would copy it. */
async function dialogCode(column: string, hash = '', address = timelinePage()): Promise<string> {
  const page = await browser.newPage();
  await page.goto(`${address}${hash}`);
  await timelineReady(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
  await dialog.getByLabel('Column width').selectOption({ label: column });
  return dialog.getByLabel('Embed code').inputValue();
}

/**
 * A course page with no script at all, as Moodle or Canvas leave it: a heading, the pasted code in a
 * column of the given width, and enough text below that the page itself scrolls. `frameHeight`
 * stands for a theme that sizes frames itself; without it the code's own height applies.
 */
function coursePage(name: string, code: string, column: number, frameHeight?: number): string {
  const sized = frameHeight ? `iframe{height:${frameHeight}px}` : '';
  return browser.hostPage(
    name,
    `<!doctype html><html lang="en"><title>Course page</title><link rel="icon" href="data:,">
<style>body{margin:0}main{width:${column}px;padding:0 20px}${sized}.reading{height:2000px}</style>
<main><h1>Week 3: cyber norms</h1>${code}<p class="reading">Read the resolutions before the seminar.</p></main></html>`,
  );
}

function embeddedFrame(page: Page): Frame {
  const frame = page.frames().find((candidate) => candidate.url().includes('embed=1'));
  if (!frame) throw new Error('no embedded frame');
  return frame;
}

/** The middle of an element, in the host page's coordinates (the mouse and touch act there). */
async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 60) };
}

async function wheelAt(page: Page, target: Locator, deltaY: number, times = 1): Promise<void> {
  const { x, y } = await centreOf(target);
  await page.mouse.move(x, y);
  for (let step = 0; step < times; step += 1) await page.mouse.wheel(0, deltaY);
}

/** A one-finger drag from the middle of the target, by Chromium's touch input (negative dy: content moves up). */
async function swipe(page: Page, target: Locator, { dx = 0, dy = 0 }: { dx?: number; dy?: number }): Promise<void> {
  const { x, y } = await centreOf(target);
  const session = await page.context().newCDPSession(page);
  const steps = 6;
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let step = 1; step <= steps; step += 1) {
    const point = { x: x + (dx * step) / steps, y: y + (dy * step) / steps };
    await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await session.detach();
}

/** Whether the element's end has come into the frame's visible area: the reader has reached it. */
async function endInsideFrame(frame: Frame, selector: string): Promise<boolean> {
  return frame.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.bottom <= window.innerHeight + 1;
  });
}

/** Whether the element's box lies within the frame's visible area. */
async function insideFrame(frame: Frame, selector: string): Promise<boolean> {
  return frame.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight + 1 && box.height > 0;
  });
}

async function hostScroll(page: Page): Promise<number> {
  return page.evaluate(() => window.scrollY);
}

async function visiblePeriod(frame: FrameLocator): Promise<string> {
  return (await frame.locator('.timeline-range').textContent()) ?? '';
}

/** A picture of the whole page, or of the frame alone on a course page, to look at after the run. */
async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = `${SCREENSHOTS}/${name}.png`;
  const frame = page.locator('iframe');
  await ((await frame.count()) > 0 ? frame.screenshot({ path }) : page.screenshot({ path }));
}

describe('the Embed dialog', () => {
  it('recommends a height for every track, warns below it, previews, starts narrow frames in the list', async () => {
    const page = await browser.newPage();
    await page.goto(timelinePage());
    await timelineReady(page);
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
    const advice = dialog.locator('.embed-dialog-advice');
    expect(await dialog.getByLabel('Column width').inputValue()).toBe('700');
    expect(await advice.textContent()).toMatch(/At 700 px wide, \d+ px shows all 5 tracks and the toolbar\./);
    const recommended = Number(/(\d+) px shows/.exec((await advice.textContent()) ?? '')?.[1]);
    expect(await dialog.getByLabel('Height').inputValue()).toBe(String(recommended));
    expect(await dialog.getByLabel('Embed code').inputValue()).toContain(`height="${recommended}"`);
    expect(await dialog.locator('.embed-dialog-preview-size').textContent()).toBe(`700 × ${recommended} px`);

    await dialog.getByLabel('Height').selectOption('400');
    expect(await advice.textContent()).toContain('At 700 px wide this cuts off part of the timeline');
    expect(await advice.getAttribute('class')).toContain('embed-dialog-warning');
    expect(await dialog.locator('.embed-dialog-preview-size').textContent()).toBe('700 × 400 px, cut off');

    expect(await dialog.getByText('At this width the frame starts in the list').count()).toBe(0);
    await dialog.getByLabel('Column width').selectOption('360');
    expect(await dialog.getByText('At this width the frame starts in the list').isVisible()).toBe(true);
    await dialog.getByLabel('Start in').selectOption('timeline');
    expect(await dialog.getByText('At this width the frame starts in the list').count()).toBe(0);
    expect(await dialog.getByLabel('Embed code').inputValue()).toContain('&amp;embed=1&amp;view=timeline"');
    await screenshot(page, 'embed-dialog');
  });

  it('closes alone on Escape: the card stays open and the address keeps its event', async () => {
    const page = await browser.newPage();
    await page.goto(`${timelinePage()}#event=unga-res-53-70-1998`);
    await timelineReady(page);
    const card = page.getByRole('article');
    await card.waitFor();
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
    await dialog.getByLabel('Embed code').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe(RESOLUTION);
    expect(new URL(page.url()).hash).toBe('#event=unga-res-53-70-1998');
    // The card's own Escape still works once the dialog is gone.
    await page.locator('section.timeline').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
  });

  it('forgets "Copied" when the code changes and when it is opened again', async () => {
    const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${timelinePage()}#event=unga-res-53-70-1998`);
    await timelineReady(page);
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
    const copied = dialog.getByRole('status').filter({ hasText: 'Copied' });
    const copy = async () => {
      await dialog.getByRole('button', { name: 'Copy embed code' }).click();
      await copied.waitFor();
      const code = await dialog.getByLabel('Embed code').inputValue();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    };
    await copy();
    await dialog.getByLabel('Height').selectOption('800');
    expect(await copied.count()).toBe(0);
    await copy();
    await dialog.getByLabel('Open on the selected event').uncheck();
    expect(await copied.count()).toBe(0);
    await copy();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Embed' }).click();
    expect(await dialog.isVisible()).toBe(true);
    expect(await copied.count()).toBe(0);
  });
});

describe('the dialog’s code in a course page with no script', () => {
  const timelines = [
    { name: 'the first eight events', address: () => timelinePage(), title: TITLE, tracks: 5 },
    {
      name: 'the bundled record',
      address: () => browser.url,
      title: 'UN ICT-security diplomacy, 1972–2025',
      tracks: 7,
    },
  ];
  for (const [column, timeline] of [700, 900].flatMap((width) => timelines.map((entry) => [width, entry] as const))) {
    it(`shows every track of ${timeline.name} and the toolbar at its default height in a ${column} px column`, async () => {
      const code = await dialogCode('Course page column, 700 px', '#event=unga-res-53-70-1998', timeline.address());
      expect(code).toContain(`title="${timeline.title}"`);
      const page = await browser.newPage({ viewport: { width: column + 40, height: 900 } });
      await page.goto(coursePage(`default-${column}.html`, code, column));
      const frame = page.frameLocator('iframe');
      await frame.locator('section.timeline[aria-busy="false"]').waitFor();
      const inner = embeddedFrame(page);
      // The card the code opens is below the timeline, scrolled into view inside the frame.
      const cardHeading = frame.getByRole('article').getByRole('heading', { level: 2 });
      expect(await cardHeading.textContent()).toBe(RESOLUTION);
      await expect.poll(() => insideFrame(inner, '.event-card h2')).toBe(true);
      // Above it, at the top of the frame's one scroll container, the toolbar and every track, once the
      // timeline has settled (it zooms to the event, and its height follows the boxes it stacks).
      const topOfFrame = async () => {
        await inner.evaluate(() => document.querySelector('.app-embed')?.scrollTo(0, 0));
        return { toolbar: await insideFrame(inner, '.app-toolbar'), timeline: await insideFrame(inner, '.timeline') };
      };
      await expect.poll(topOfFrame).toEqual({ toolbar: true, timeline: true });
      expect(await frame.locator('.vis-label').count()).toBe(timeline.tracks);
      expect(await frame.locator('.vis-labelset .vis-label:last-child').textContent()).toBe('UN Secretariat');
      await screenshot(page, `default-code-${column}-${timeline.tracks}-tracks`);
    });
  }

  it('lets a wheel over the timeline scroll the host page, with a hint, and zooms only with Ctrl', async () => {
    const code = await dialogCode('Course page column, 700 px');
    const page = await browser.newPage({ viewport: { width: 740, height: 700 } });
    await page.goto(coursePage('wheel.html', code, 700));
    const frame = page.frameLocator('iframe');
    await frame.locator('section.timeline[aria-busy="false"]').waitFor();
    const canvas = frame.locator('.timeline-canvas');
    const period = await visiblePeriod(frame);

    await wheelAt(page, canvas, 100, 3);
    await expect.poll(() => hostScroll(page)).toBeGreaterThan(0);
    expect(await visiblePeriod(frame)).toBe(period);
    const hint = frame.getByText('Use Ctrl + scroll to zoom the timeline');
    await expect.poll(() => hint.isVisible()).toBe(true);
    await expect.poll(() => hint.isVisible(), { timeout: 5000 }).toBe(false);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.keyboard.down('Control');
    await wheelAt(page, canvas, -100, 2);
    await page.keyboard.up('Control');
    await expect.poll(() => visiblePeriod(frame)).not.toBe(period);
    expect(await hostScroll(page)).toBe(0);
  });

  it('zooms with ⌘ + wheel too', async () => {
    const code = await dialogCode('Wide column, 900 px');
    const page = await browser.newPage({ viewport: { width: 940, height: 800 } });
    await page.goto(coursePage('meta-wheel.html', code, 900));
    const frame = page.frameLocator('iframe');
    await frame.locator('section.timeline[aria-busy="false"]').waitFor();
    const period = await visiblePeriod(frame);
    await page.keyboard.down('Meta');
    await wheelAt(page, frame.locator('.timeline-canvas'), -100, 2);
    await page.keyboard.up('Meta');
    await expect.poll(() => visiblePeriod(frame)).not.toBe(period);
    expect(await hostScroll(page)).toBe(0);
  });

  for (const { part, selector } of [
    { part: 'the events', selector: '.vis-panel.vis-center' },
    { part: 'the track labels', selector: '.vis-panel.vis-left' },
  ]) {
    it(`lets a vertical swipe over ${part} scroll the host page, while a sideways drag pans`, async () => {
      const code = await dialogCode('Course page column, 700 px');
      const page = await browser.newPage({ hasTouch: true, viewport: { width: 740, height: 700 } });
      await page.goto(coursePage('swipe.html', code, 700));
      const frame = page.frameLocator('iframe');
      await frame.locator('section.timeline[aria-busy="false"]').waitFor();
      const period = await visiblePeriod(frame);
      await swipe(page, frame.locator('.vis-panel.vis-center'), { dx: -200 });
      await expect.poll(() => visiblePeriod(frame)).not.toBe(period);
      expect(await hostScroll(page)).toBe(0);

      const panned = await visiblePeriod(frame);
      await swipe(page, frame.locator(selector), { dy: -300 });
      await expect.poll(() => hostScroll(page)).toBeGreaterThan(100);
      expect(await visiblePeriod(frame)).toBe(panned);
    });
  }

  for (const { width, height } of [
    { width: 700, height: 450 },
    { width: 900, height: 500 },
  ]) {
    it(`in a ${width}×${height} frame: the timeline, every track reachable by wheel, then the host page`, async () => {
      const code = await dialogCode(width === 700 ? 'Course page column, 700 px' : 'Wide column, 900 px');
      const page = await browser.newPage({ viewport: { width: width + 40, height: 800 } });
      await page.goto(coursePage(`frame-${width}x${height}.html`, code, width, height));
      const frame = page.frameLocator('iframe');
      await frame.locator('section.timeline[aria-busy="false"]').waitFor();
      const inner = embeddedFrame(page);
      expect(await frame.getByRole('button', { name: 'Timeline', pressed: true }).count()).toBe(1);
      expect(await frame.locator('.timeline-item').count()).toBe(8);
      await screenshot(page, `frame-${width}x${height}`);
      const period = await visiblePeriod(frame);
      const lastTrack = '.vis-labelset .vis-label:last-child';

      // The wheel scrolls the frame's own container to its end first, then the host page.
      await wheelAt(page, frame.locator('.timeline-canvas'), 100, 8);
      await expect.poll(() => insideFrame(inner, lastTrack)).toBe(true);
      await expect.poll(() => hostScroll(page)).toBeGreaterThan(0);
      expect(await visiblePeriod(frame)).toBe(period);
      expect(await frame.getByRole('banner').count(), 'no page header').toBe(0);
      expect(await frame.getByRole('contentinfo').count(), 'no page footer').toBe(0);
      const fullTimeline = frame.getByRole('link', { name: /Open full timeline/ });
      expect(await fullTimeline.getAttribute('target')).toBe('_blank');
      const full = new URL(browser.url);
      full.searchParams.set('data', FIRST_EIGHT_DATA);
      expect(await fullTimeline.getAttribute('href')).toBe(full.href);
    });
  }

  for (const { width, height } of [
    { width: 400, height: 300 },
    { width: 360, height: 640 },
  ]) {
    const name = `in a ${width}×${height} frame: starts in the list, which scrolls inside it by wheel and by touch`;
    it(name, { timeout: 60_000 }, async () => {
      const code = await dialogCode('Phone, 360 px');
      const page = await browser.newPage({ hasTouch: true, viewport: { width: width + 40, height: height + 200 } });
      await page.goto(coursePage(`frame-${width}x${height}.html`, code, width, height));
      const frame = page.frameLocator('iframe');
      const list = frame.getByRole('list', { name: 'Events in date order' });
      await list.waitFor();
      const inner = embeddedFrame(page);
      expect(await frame.getByRole('button', { name: 'List', pressed: true }).count()).toBe(1);
      await screenshot(page, `frame-${width}x${height}`);
      const lastEntry = '.event-list > li:last-child';
      expect(await endInsideFrame(inner, lastEntry)).toBe(false);

      const frameElement = page.locator('iframe');
      for (let wheels = 0; wheels < 60 && !(await endInsideFrame(inner, lastEntry)); wheels += 1) {
        await wheelAt(page, frameElement, 400);
      }
      expect(await endInsideFrame(inner, lastEntry)).toBe(true);

      // Back to the top of the list and of the course page (the last wheels passed on to the page).
      await inner.evaluate(() => document.querySelector('.app-embed')?.scrollTo(0, 0));
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect.poll(() => endInsideFrame(inner, lastEntry)).toBe(false);
      for (let swipes = 0; swipes < 150 && !(await endInsideFrame(inner, lastEntry)); swipes += 1) {
        await swipe(page, frameElement, { dy: -Math.min(height - 100, 300) });
      }
      expect(await endInsideFrame(inner, lastEntry)).toBe(true);

      // The reader can switch; the timeline's tracks then scroll into view inside the same frame.
      await inner.evaluate(() => document.querySelector('.app-embed')?.scrollTo(0, 0));
      await page.evaluate(() => window.scrollTo(0, 0));
      // By keyboard: a pointer could land elsewhere while the last swipe's fling is still scrolling.
      await frame.getByRole('button', { name: 'Timeline' }).press('Enter');
      await frame.locator('section.timeline[aria-busy="false"]').waitFor();
      const lastTrack = '.vis-labelset .vis-label:last-child';
      // No dead end: at the end of the frame's one scroll container, the last track is in view.
      await inner.evaluate(() => {
        const scroller = document.querySelector('.app-embed');
        scroller?.scrollTo(0, scroller.scrollHeight);
      });
      await expect.poll(() => insideFrame(inner, lastTrack)).toBe(true);
      await screenshot(page, `frame-${width}x${height}-timeline`);
    });
  }

  it('opens a narrow frame’s list at the event the code names', async () => {
    const code = await dialogCode('Phone, 360 px', '#event=unga-res-53-70-1998');
    const page = await browser.newPage({ viewport: { width: 440, height: 500 } });
    await page.goto(coursePage('event-400x300.html', code, 400, 300));
    const frame = page.frameLocator('iframe');
    await frame.getByRole('list', { name: 'Events in date order' }).waitFor();
    const inner = embeddedFrame(page);
    const entry = '[data-event-id="unga-res-53-70-1998"] h2';
    await expect.poll(() => insideFrame(inner, entry)).toBe(true);
    expect(await frame.locator(entry).textContent()).toBe(RESOLUTION);
  });
});

describe('the height messages, for hosts that allow a script', () => {
  it('posts the content height to the host page', async () => {
    const page = await browser.newPage();
    await page.goto(
      browser.hostPage(
        'heights.html',
        `<!doctype html><html lang="en"><title>Course page</title><link rel="icon" href="data:,"><body>
<iframe src="${timelinePage()}&embed=1" title="Timeline" width="700" height="300" style="border:0"></iframe>
<script>
  window.heights = [];
  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'un-ict-timeline:height') window.heights.push(event.data.height);
  });
</script></body></html>`,
      ),
    );
    const heights = () => page.evaluate(() => (window as unknown as { heights: number[] }).heights);
    await expect.poll(async () => (await heights()).at(-1) ?? 0).toBeGreaterThan(300);
    expect((await heights()).every((value) => Number.isInteger(value))).toBe(true);
  });
});
