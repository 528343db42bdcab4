/**
 * Hostile data: markup, script and odd characters in every text field must show as literal text.
 * Proof that nothing ran: no `window.__pwned` (each payload sets it), no dialog, no element with an
 * event-handler attribute, no link that is not http(s), and no request to any host but the test
 * server (the data's own links are never fetched unless clicked). Needs the app's `?data=` loading.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/chromium.ts';
import { BUILD_DIR } from './globalSetup.ts';
import { serveFolder, type StaticServer } from '../../tools/server.ts';

interface HostileEvent {
  readonly date: string;
  readonly title: string;
  readonly summary: string;
  readonly actors: readonly string[];
  readonly citations: readonly { readonly quote: string }[];
  readonly documents: readonly { readonly symbol: string }[];
}

const hostile = JSON.parse(readFileSync('tests/fixtures/hostile/events.json', 'utf8')) as {
  title: string;
  description: string;
  events: HostileEvent[];
};
const eventsInDateOrder = [...hostile.events].sort((a, b) => a.date.localeCompare(b.date));

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let dialogs: string[];
let requests: string[];
let uncaught: string[];

beforeAll(async () => {
  server = await serveFolder(resolve(BUILD_DIR), { '/fixtures/': resolve('tests/fixtures') });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  // Runs before any script of the page: a payload that executes anywhere sets __pwned.
  await page.addInitScript(() => {
    Object.defineProperty(window, '__pwned', { value: undefined, writable: true });
  });
  dialogs = [];
  requests = [];
  uncaught = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => uncaught.push(error.message));
});

afterEach(async () => {
  await context.close();
});

/** Everything that would show a payload ran, or was injected as markup rather than text. */
async function expectNothingExecuted(): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(uncaught).toEqual([]);
  const serverHost = new URL(server.url).host;
  expect(requests.filter((url) => new URL(url).host !== serverHost)).toEqual([]);
  const injected = await page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (attribute.name.startsWith('on')) found.push(`<${element.localName} ${attribute.name}>`);
      }
      if (
        element instanceof HTMLAnchorElement &&
        element.hasAttribute('href') &&
        !/^(https?:|#|\?|$)/i.test(element.getAttribute('href') ?? '')
      ) {
        found.push(`<a href="${element.getAttribute('href')}">`);
      }
    }
    for (const element of document.querySelectorAll('iframe, object, embed, body script:not([src])'))
      found.push(`<${element.localName}>`);
    return found;
  });
  expect(injected).toEqual([]);
}

async function openHostileTimeline(): Promise<void> {
  await page.goto(`${server.url}?data=fixtures/hostile/events.json`);
  await page.locator('.timeline-item').first().waitFor({ timeout: 15_000 });
}

const card = () => page.getByRole('article');

describe('hostile data opened with ?data=', { timeout: 60_000 }, () => {
  it('shows the title, the description and every event title as literal text', async () => {
    await openHostileTimeline();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(hostile.title);
    expect(await page.locator('body').textContent()).toContain(hostile.description);
    expect(await page.locator('.timeline-item').allTextContents()).toEqual(
      expect.arrayContaining(hostile.events.map((event) => event.title)),
    );
    await expectNothingExecuted();
  });

  it('shows every card (title, summary, actors, quotes, document symbols) as literal text', async () => {
    await openHostileTimeline();
    const [first] = eventsInDateOrder;
    await page.locator('.timeline-item', { hasText: first?.title ?? '' }).click();
    for (const [index, event] of eventsInDateOrder.entries()) {
      const heading = card().getByRole('heading', { level: 2 });
      await expect.poll(() => heading.textContent()).toBe(event.title);
      const text = (await card().textContent()) ?? '';
      for (const expected of [
        event.summary,
        ...event.actors,
        ...event.citations.map((citation) => citation.quote),
        ...event.documents.map((document) => document.symbol),
      ]) {
        expect(text, `event ${index}`).toContain(expected);
      }
      if (index < eventsInDateOrder.length - 1) await card().getByRole('button', { name: 'Next →' }).click();
    }
    await expectNothingExecuted();
  });

  it('links the data’s URLs without requesting them', async () => {
    await openHostileTimeline();
    await page.locator('.timeline-item', { hasText: eventsInDateOrder[0]?.title ?? '' }).click();
    const documentLink = card().getByRole('link', { name: eventsInDateOrder[0]?.documents[0]?.symbol ?? '' });
    expect(await documentLink.getAttribute('href')).toBe('https://evil.example/doc-1');
    await expectNothingExecuted();
  });

  it('refuses javascript: and data: URLs with a message naming each place, running none of them', async () => {
    const data = 'fixtures/hostile/invalid-urls.json';
    await page.goto(`${server.url}?data=${data}`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain(data);
    expect(text).toContain(
      `source 1, id “hostile-source”, url: expected an absolute http:// or https:// URL; got "javascript:window.__pwned='source-url'"`,
    );
    expect(text).toContain(
      'event 1, id “hostile-1”, document 1, url: expected an absolute http:// or https:// URL; got "data:text/html,<script>',
    );
    expect(text).toContain(
      `event 2, id “hostile-2”, document 1, url: expected an absolute http:// or https:// URL; got "JAVASCRIPT:window.__pwned='upper'"`,
    );
    await expectNothingExecuted();
  });
});
