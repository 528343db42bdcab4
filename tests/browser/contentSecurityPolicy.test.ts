import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+';/);
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
