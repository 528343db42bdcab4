import { productionBuild } from '../build/productionBuild.ts';
import { findChromium } from '../../tools/chromium.ts';

/** The browser tests run against the production builds (site and single file), made fresh for each run. */
export default async function setup(): Promise<void> {
  findChromium();
  await productionBuild(BUILD_DIR);
  await productionBuild(SINGLE_FILE_DIR, 'single');
}

export const BUILD_DIR = 'dist';
export const SINGLE_FILE_DIR = 'dist-single';
