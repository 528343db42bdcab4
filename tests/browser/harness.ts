import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../tools/chromium.ts';
import { BUILD_DIR } from './globalSetup.ts';
import { serveFolder, type StaticServer } from '../../tools/server.ts';

export interface BrowserHarness {
  /** The built app, with `/fixtures/` (tests/fixtures) and `/host/` (pages written by a test) beside it. */
  readonly url: string;
  /** A fresh page in its own context; its console errors and warnings fail the test. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** Serves a file at `/host/<name>` (a course page embedding the app, a data file) and returns its address. */
  hostPage(name: string, html: string): string;
  /** Console errors, warnings and uncaught errors seen so far in this test. */
  readonly problems: string[];
}

/**
 * Starts Chromium and a server for the built app for one test file, and checks every page stays quiet.
 * Registers beforeAll/afterAll hooks; not a React hook, whence the name.
 */
export function browserForSuite(): BrowserHarness {
  const hostFolder = mkdtempSync(join(tmpdir(), 'timeline-host-'));
  const contexts: BrowserContext[] = [];
  let server: StaticServer;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await serveFolder(resolve(BUILD_DIR), { '/fixtures/': resolve('tests/fixtures'), '/host/': hostFolder });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(hostFolder, { recursive: true, force: true });
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    const seen = problems.splice(0);
    expect(seen, 'console errors, warnings and uncaught errors').toEqual([]);
  });

  return {
    get url() {
      return server.url;
    },
    problems,
    async newPage(options = {}) {
      // West of UTC: a date-only string misread as a UTC instant would show the day before.
      const context = await browser.newContext({
        timezoneId: 'America/New_York',
        viewport: { width: 1280, height: 900 },
        ...options,
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      return page;
    },
    hostPage(name, html) {
      mkdirSync(dirname(join(hostFolder, name)), { recursive: true });
      writeFileSync(join(hostFolder, name), html);
      return `${server.url}host/${name}`;
    },
  };
}

/**
 * The first eight events of the bundled record, for tests that click individual boxes: the whole
 * record (over 24 events) is drawn compactly, with counts where a track is dense.
 */
export const FIRST_EIGHT_DATA = 'fixtures/first-eight/events.json';
export const FIRST_EIGHT_PATH = `tests/${FIRST_EIGHT_DATA}`;

/** Waits until the timeline has drawn its items (vis-timeline's first draw is asynchronous). */
export async function timelineReady(page: Page): Promise<void> {
  await page.locator('section.timeline[aria-busy="false"]').waitFor();
}
