import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAssets, initialAssetPaths, initialAssets } from '../../tools/initialAssets.ts';
import { productionBuild } from './productionBuild.ts';

/** Issue 5: the first screen's JS + CSS, gzipped, at most 200 KiB (204,800 bytes). */
const BUDGET_BYTES = 200 * 1024;

describe('what index.html loads before any user action', () => {
  it('counts scripts, stylesheets and modulepreloads, not icons or lazily imported chunks', () => {
    const html = `<link rel="icon" href="data:,">
      <script type="module" crossorigin src="./assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-b.js">
      <link rel=stylesheet href='./assets/index-c.css'>
      <link rel="preload" as="font" href="./assets/font.woff2">`;
    expect(initialAssetPaths(html)).toEqual([
      { path: './assets/index-a.js', kind: 'script' },
      { path: './assets/vendor-b.js', kind: 'modulepreload' },
      { path: './assets/index-c.css', kind: 'stylesheet' },
    ]);
  });
});

describe('the production build', () => {
  // Its own build in a temporary folder: independent of dist/, which the browser tests rebuild.
  let buildDir: string;
  beforeAll(async () => {
    buildDir = mkdtempSync(join(tmpdir(), 'bundle-budget-'));
    await productionBuild(buildDir);
  });
  afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

  it(`loads at most ${BUDGET_BYTES / 1024} KiB of JS and CSS (gzip) for the first screen`, () => {
    const assets = initialAssets(buildDir);
    expect(assets.map((asset) => asset.kind)).toContain('script');
    expect(assets.map((asset) => asset.kind)).toContain('stylesheet');
    const total = assets.reduce((sum, asset) => sum + asset.gzipBytes, 0);
    expect(
      total,
      `initial JS + CSS over the ${BUDGET_BYTES / 1024} KiB gzip budget:\n${describeAssets(assets)}\n`,
    ).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it("drops vis-timeline's styles for what the timeline never shows, and keeps those it draws with", () => {
    const stylesheets = initialAssets(buildDir).filter((asset) => asset.kind === 'stylesheet');
    const css = stylesheets.map((asset) => readFileSync(join(buildDir, asset.file), 'utf8')).join('\n');
    for (const used of [
      '.vis-timeline',
      '.vis-item.vis-box',
      '.vis-item.vis-selected',
      '.vis-time-axis',
      '.vis-labelset',
    ])
      expect(css, used).toContain(used);
    for (const unused of ['.vis-configuration', '.vis-legend', '.vis-graph-group', '.vis-custom-time', '.vis-delete'])
      expect(css, unused).not.toContain(unused);
  });
});
