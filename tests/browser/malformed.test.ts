/**
 * Every malformed file, opened in the built app with `?data=`: after the loading state, an alert
 * names the address and lists every problem (the same text as `npm run validate`), and nothing is
 * thrown. Needs the app's `?data=` loading (the lead's work on main).
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MALFORMED_FIXTURES, writeGeneratedFixtures, type MalformedFixture } from '../fixtures/malformed.ts';
import { launchChromium } from '../../tools/chromium.ts';
import { BUILD_DIR } from './globalSetup.ts';
import { serveFolder, type StaticServer } from '../../tools/server.ts';

const generated = writeGeneratedFixtures();
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveFolder(resolve(BUILD_DIR), {
    '/fixtures/': resolve('tests/fixtures'),
    '/generated/': generated.folder,
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(generated.folder, { recursive: true, force: true });
});

/** Opens the app on `data` and returns the page with the uncaught errors it threw. */
async function openWithData(data: string): Promise<{ page: Page; uncaught: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const uncaught: string[] = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  await page.goto(`${server.url}?data=${data}`);
  return { page, uncaught };
}

async function expectProblemsShown(data: string, fixture: MalformedFixture): Promise<void> {
  const { page, uncaught } = await openWithData(data);
  try {
    if (fixture.warningsOnly) {
      // Unknown fields do not stop the file loading: its one event is on the timeline.
      await page.locator('.timeline-item').first().waitFor({ timeout: 15_000 });
      expect(await page.locator('.timeline-item').allTextContents()).toEqual(['Resolution adopted']);
    } else {
      const alert = page.getByRole('alert');
      // A bounded wait: a hang or a blank page fails here instead of stalling the suite.
      await alert.waitFor({ timeout: 15_000 });
      const text = (await alert.textContent()) ?? '';
      expect(text).toContain(data);
      for (const fragment of fixture.expected) expect(text).toContain(fragment);
    }
    expect(uncaught).toEqual([]);
  } finally {
    await page.context().close();
  }
}

describe('malformed data opened with ?data=', { timeout: 60_000 }, () => {
  it('shows a loading state naming the address while the file arrives, then the problem', async () => {
    const data = 'fixtures/malformed/truncated.json';
    const context = await browser.newContext();
    const page = await context.newPage();
    const uncaught: string[] = [];
    page.on('pageerror', (error) => uncaught.push(error.message));
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/${data}`, async (route) => {
      await held;
      await route.continue();
    });
    try {
      await page.goto(`${server.url}?data=${data}`);
      const loading = page.getByRole('status').filter({ hasText: data });
      await loading.waitFor({ timeout: 15_000 });
      expect(await page.getByRole('alert').count()).toBe(0);
      release();
      await page.getByRole('alert').waitFor({ timeout: 15_000 });
      expect(await page.getByRole('alert').textContent()).toContain('not valid JSON');
      expect(uncaught).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(MALFORMED_FIXTURES)('$file', (fixture) => expectProblemsShown(`fixtures/malformed/${fixture.file}`, fixture));

  it.each(generated.fixtures)('generated $file', (fixture) =>
    expectProblemsShown(`generated/${fixture.file}`, fixture),
  );
});
