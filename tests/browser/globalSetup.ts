import { build } from 'vite';
import { findChromium } from './chromium.ts';

/** The browser tests run against the production build, made fresh for each run. */
export default async function setup(): Promise<void> {
  findChromium();
  await build({ logLevel: 'warn', build: { outDir: BUILD_DIR, emptyOutDir: true } });
}

export const BUILD_DIR = 'dist';
