/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { compiledCatalogs } from './vite-plugins/compiledCatalogs.ts';
import { contentSecurityPolicy } from './vite-plugins/contentSecurityPolicy.ts';
import { copiedIntoEachPack } from './vite-plugins/copiedIntoEachPack.ts';
import { prerenderFirstScreen } from './vite-plugins/prerender.ts';
import { singleFileTemplate } from './vite-plugins/singleFileTemplate.ts';
import { unusedVisStyles } from './vite-plugins/unusedVisStyles.ts';

/** `vite build --mode single` (npm run build:single): one HTML file that works from disk, offline. */
const SINGLE_FILE_MODE = 'single';

export default defineConfig(({ mode }) => ({
  // Relative asset paths let the built site be served from any folder of a course site.
  base: './',
  plugins: [
    compiledCatalogs(),
    copiedIntoEachPack({
      folder: fileURLToPath(new URL('./src/i18n/perLanguage', import.meta.url)),
      packs: ['ar', 'es', 'fr', 'ru', 'zh'],
    }),
    react(),
    // The site carries the single-file build too, as the template of the editor's single-file export.
    mode === SINGLE_FILE_MODE
      ? viteSingleFile()
      : singleFileTemplate({ mode: SINGLE_FILE_MODE, fileName: 'timeline-single.html' }),
    // Before the policy, which hashes the single file's inline scripts, the first screen's check among them.
    prerenderFirstScreen({ inlineCheck: mode === SINGLE_FILE_MODE }),
    contentSecurityPolicy(),
  ],
  css: { postcss: { plugins: [unusedVisStyles()] } },
  resolve: {
    // Stand-ins for packages that dependencies import (see src/shims/README.md).
    alias: {
      xss: fileURLToPath(new URL('./src/shims/xss.ts', import.meta.url)),
      'node-fetch': fileURLToPath(new URL('./src/shims/node-fetch.ts', import.meta.url)),
    },
  },
  build: {
    outDir: mode === SINGLE_FILE_MODE ? 'dist-single' : 'dist',
    // vis-timeline alone is over Vite's 500 kB warning; sizes are measured, not guessed.
    chunkSizeWarningLimit: 1000,
    // The single-file template is a whole second build inside this one's generateBundle, so Rolldown's
    // "plugins took long" notice would print on every build; the build's own time is in its summary.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  test: {
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/results.json' }]] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
          // Rendering whole pages in jsdom takes seconds while the browser tests share the 2 cores.
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/globalSetup.ts'],
          testTimeout: 30_000,
          // A condition polled in a real browser may take seconds on a busy 2-core machine; a second (the
          // default) made tests fail there that pass alone.
          expect: { poll: { timeout: 15_000 } },
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // Checks on the production build itself (byte budgets); it builds into a temporary folder.
          name: 'build',
          environment: 'node',
          include: ['tests/build/**/*.test.ts'],
          hookTimeout: 120_000,
        },
      },
    ],
  },
}));
