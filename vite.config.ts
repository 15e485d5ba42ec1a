/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { lessonContent } from './src/content/vite-plugin.ts';
import { lessonMaps } from './src/content/maps/vite-plugin.ts';

/** The test files that need neither a DOM nor a fresh module graph of their own (see `projects` below). */
const NODE_SHARED = [
  'tests/{lesson,content,report}/**/*.test.ts',
  'tests/scorm/!(e2e).test.ts',
  'tests/tracking/{status-policy,discover,formats}.test.ts',
  'tests/ui/{marks-contrast,palette-css,map-colors-css}.test.ts',
  'tests/app/page-lifecycle.test.ts',
];

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
    setupFiles: ['./tests/setup.ts'],
    // Two projects. The pure node-side files (no DOM, no browser, no module mocks, nothing left running)
    // share their workers and the modules those workers loaded (isolate: false): importing zod, the
    // content loader and the packager afresh for each of ~37 files took about half their CPU. Each view
    // and app file still gets its own jsdom and its own modules (its storage, styles and stores start
    // clean), as do the browser tests and the packaged build's checks.
    projects: [
      { extends: true, test: { name: 'node', environment: 'node', isolate: false, include: NODE_SHARED } },
      { extends: true, test: { name: 'dom', environment: 'jsdom', include: ['tests/**/*.test.{ts,tsx}'], exclude: NODE_SHARED } },
    ],
    testTimeout: 60000,
    hookTimeout: 60000,
    // Vitest's default on 2 cores is one worker (cores - 1): every file in a row. Two use both cores,
    // and a third fills the time the browser files spend waiting on Chromium.
    maxWorkers: 3,
    // (Loaded only under Vitest: `vite build` has no use for Vitest's node API.)
    ...(process.env.VITEST ? { sequence: { sequencer: (await import('./tests/long-first-sequencer.ts')).LongFirstSequencer } } : {}),
  },
});
