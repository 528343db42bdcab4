/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset paths let the built site be served from any folder of a course site.
  base: './',
  plugins: [react()],
  build: {
    // vis-timeline alone is over Vite's 500 kB warning; sizes are measured, not guessed.
    chunkSizeWarningLimit: 1000,
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
});
