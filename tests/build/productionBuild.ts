import { build } from 'vite';

/**
 * What `npm run build` ships, built from inside Vitest: Vitest sets NODE_ENV to "test", and Vite
 * would then bundle React's development code (some 200 KiB more, and slower).
 */
export async function productionBuild(outDir: string, mode = 'production'): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
