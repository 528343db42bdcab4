import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishingHeaders } from '../../tools/publishing.ts';
import { serveFolder } from '../../tools/server.ts';
import { BUILD_DIR, SINGLE_FILE_DIR } from './globalSetup.ts';
import { timelineReady, browserForSuite } from './harness.ts';

const browser = browserForSuite();

function policyOf(file: string): string {
  const html = readFileSync(file, 'utf8');
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error(`${file} has no Content-Security-Policy meta`);
  return match[1];
}

describe('the Content-Security-Policy', () => {
  it('allows only the app’s own scripts and styles in the built site', () => {
    const policy = policyOf(join(BUILD_DIR, 'index.html'));
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self';");
    expect(policy).not.toContain('unsafe');
  });

  it('allows the single file’s inline code by hash only', () => {
    const policy = policyOf(join(SINGLE_FILE_DIR, 'index.html'));
    // The app's module and the first screen's check.
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+';/);
    expect(policy).not.toContain('unsafe');
  });

  it('blocks a script injected into the running app, which keeps working', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.url}#event=incsea-1972`);
    await timelineReady(page);
    const ran = await page.evaluate(async () => {
      const blocked = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), {
          once: true,
        }),
      );
      const script = document.createElement('script');
      script.textContent = 'window.injectedScriptRan = true';
      document.body.append(script);
      return { directive: await blocked, ran: 'injectedScriptRan' in window };
    });
    expect(ran).toEqual({ directive: 'script-src-elem', ran: false });
    // Chromium reports the refusal on the console; that report is the expected one.
    expect(browser.problems.splice(0)).toEqual([expect.stringContaining('Content Security Policy')]);
    await page.getByRole('button', { name: 'Next →' }).click();
    expect(await page.getByRole('article').getByRole('heading', { level: 2 }).textContent()).toBe(
      'Russia introduces the first draft on information security',
    );
  });
});

describe('the build served as README.md’s Publishing section says', () => {
  it('runs under the policy sent as a header, with hashed assets cached for good and the page revalidated', async () => {
    const policy = policyOf(join(BUILD_DIR, 'index.html'));
    const host = await serveFolder(resolve(BUILD_DIR), {}, (path) => publishingHeaders(path, policy));
    try {
      const page = await browser.newPage();
      await page.addInitScript(() => {
        const violations: string[] = [];
        Object.assign(window, { violations });
        document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
      });
      const assets: Record<string, string | undefined> = {};
      page.on('response', (response) => {
        if (response.url().includes('/assets/')) assets[response.url()] = response.headers()['cache-control'];
      });
      const response = await page.goto(`${host.url}?view=timeline`);
      expect(response?.headers()['content-security-policy']).toBe(`${policy}; frame-ancestors *`);
      expect(response?.headers()['cache-control']).toBe('no-cache');
      expect(response?.headers()['content-encoding']).toBe('gzip');
      await timelineReady(page);
      await page.locator('.vis-item .timeline-count').first().waitFor();
      expect(Object.keys(assets).length).toBeGreaterThan(2);
      expect(new Set(Object.values(assets))).toEqual(new Set(['public, max-age=31536000, immutable']));
      expect(await page.evaluate('window.violations')).toEqual([]);
    } finally {
      await host.close();
    }
  });
});
