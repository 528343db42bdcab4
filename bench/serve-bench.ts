import { resolve } from 'node:path';
import { build } from 'vite';
import { serveFolder, type StaticServer } from '../tools/server.ts';

const BUILD_DIR = 'bench/dist';

/**
 * A fresh production build (in its own folder, so the browser tests' dist/ is left alone), served
 * on 127.0.0.1 with the generated event lists under /bench/generated/ and TimelineJS under /timelinejs/.
 */
export async function buildAndServe(): Promise<StaticServer> {
  await build({ logLevel: 'warn', build: { outDir: BUILD_DIR, emptyOutDir: true } });
  return serveFolder(resolve(BUILD_DIR), {
    '/bench/': 'bench',
    '/timelinejs/': 'node_modules/@knight-lab/timelinejs/dist',
  });
}
