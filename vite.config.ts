/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { lessonContent } from './src/content/vite-plugin.ts';
import { lessonMaps } from './src/content/maps/vite-plugin.ts';

// One build serves both SCORM packages: the packager only changes a <meta> tag in index.html
// (see scorm/package/main.ts), so the lesson is built, and measured, once.
export default defineConfig({
  // The lesson runs from whatever folder the LMS unpacks it into: every URL must be relative.
  base: './',
  plugins: [react(), lessonContent(), lessonMaps()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    assetsInlineLimit: 0,
    // The lesson is loaded from a zip on any LMS: keep the output small and the names ASCII.
    chunkSizeWarningLimit: 900,
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    testTimeout: 60000,
    hookTimeout: 60000,
    // Vitest's default on 2 cores is one worker (cores - 1): every file in a row. Two use both cores,
    // and a third fills the time the browser files spend waiting on Chromium.
    maxWorkers: 3,
    // (Loaded only under Vitest: `vite build` has no use for Vitest's node API.)
    ...(process.env.VITEST ? { sequence: { sequencer: (await import('./tests/long-first-sequencer.ts')).LongFirstSequencer } } : {}),
  },
});
