import type { BrowserContext, Page } from 'playwright-core';
import type { InPageConfig } from './in-page-api.ts';

/** A page that runs the bench's in-page code (bench/in-page.js), and a wrapper for its measured steps. */
export interface BenchPage {
  readonly page: Page;
  /** The step's result; its failure names the load, the step, and the errors the page threw. */
  readonly step: <T>(name: string, work: Promise<T>) => Promise<T>;
}

/** `load` names what is measured in a failure's message, e.g. "this app, http://127.0.0.1:…/". */
export async function openBenchPage(context: BrowserContext, inPage: InPageConfig, load: string): Promise<BenchPage> {
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addInitScript({ content: `window.__benchConfig = ${JSON.stringify(inPage)};` });
  await page.addInitScript({ path: 'bench/in-page.js' });
  const step = async <T>(name: string, work: Promise<T>): Promise<T> => {
    try {
      return await work;
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      const errors = pageErrors.length > 0 ? `; page errors: ${pageErrors.join(' | ')}` : '';
      throw new Error(`${load}, ${name}: ${message}${errors}`);
    }
  };
  return { page, step };
}
