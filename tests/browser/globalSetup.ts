import { build } from 'vite';
import { findChromium } from './chromium.ts';

/** The browser tests run against the production builds (site and single file), made fresh for each run. */
export default async function setup(): Promise<void> {
  findChromium();
  await build({ logLevel: 'warn', build: { outDir: BUILD_DIR, emptyOutDir: true } });
  await build({ logLevel: 'warn', mode: 'single', build: { outDir: SINGLE_FILE_DIR, emptyOutDir: true } });
}

export const BUILD_DIR = 'dist';
export const SINGLE_FILE_DIR = 'dist-single';
