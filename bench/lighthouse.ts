/**
 * Lighthouse 12.2.3 (the last major that runs on Node 20), default mobile preset (emulated phone,
 * simulated slow 4G and 4× CPU slowdown), on our app with the bundled data. Used by `npm run bench`;
 * on its own: `npm run bench:lighthouse`.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../tools/chromium.ts';
import type { LighthouseScores } from './results.ts';
import { describeLighthouse } from './report.ts';
import { buildAndServe } from './serve-bench.ts';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function runLighthouse(url: string): Promise<LighthouseScores> {
  const chrome = await launch({ chromePath: findChromium(), chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { audits, categories, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse could not load ${url}: ${runtimeError.message}`);
    const score = (name: string) => {
      const value = categories[name]?.score;
      if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${name} score for ${url}`);
      return Math.round(value * 100);
    };
    const metric = (id: string) => {
      const value = audits[id]?.numericValue;
      if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${id} for ${url}`);
      return id === 'cumulative-layout-shift' ? value : Math.round(value);
    };
    return {
      url,
      formFactor: 'mobile',
      performance: score('performance'),
      accessibility: score('accessibility'),
      metrics: {
        firstContentfulPaint: metric('first-contentful-paint'),
        largestContentfulPaint: metric('largest-contentful-paint'),
        totalBlockingTime: metric('total-blocking-time'),
        speedIndex: metric('speed-index'),
        cumulativeLayoutShift: metric('cumulative-layout-shift'),
      },
    };
  } finally {
    chrome.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await buildAndServe();
  try {
    const scores = await runLighthouse(server.url);
    console.log(`Lighthouse, mobile preset, bundled data: ${describeLighthouse(scores)}`);
  } finally {
    await server.close();
  }
}
