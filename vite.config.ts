/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { lessonContent } from './src/content/vite-plugin.ts';
import { lessonMaps } from './src/content/maps/vite-plugin.ts';
import { lessonThemeVariables } from './src/ui/palette/vite-plugin.ts';

/** The test files that need neither a DOM nor a fresh module graph of their own (see `projects` below). */
const NODE_SHARED = [
  'tests/{lesson,content,report}/**/*.test.ts',
  'tests/scorm/!(e2e).test.ts',
  'tests/tracking/{status-policy,discover,formats}.test.ts',
  'tests/ui/{marks-contrast,palette-css,map-colors-css}.test.ts',
  'tests/app/{page-lifecycle,lesson-reading}.test.ts',
];

/**
 * The real-browser files and the packaged build's checks: node side (each drives Chromium or reads the
 * zips), none mocks a module, and each closes the browser contexts and the server it opened (the worker's
 * one Chromium stays open for the next file: tests/browser/worker-chromium.ts). They share their workers'
 * modules (playwright-core, the content loader, the packager): imported afresh for each of the 12 files,
 * they cost more CPU than several of the files' own tests.
 */
const BROWSER_SHARED = ['tests/browser/*.test.ts', 'tests/scorm/e2e.test.ts'];

/**
 * The jsdom files (views, the app, the tracker) that leave nothing behind (Testing Library's cleanup
 * unmounts what they drew, and none mocks a module): they share their workers' modules too. Each file
 * still gets a fresh jsdom, with its own storage and location. Sharing halved their CPU: loading React,
 * the views and the lesson afresh for each file cost as much as the tests themselves.
 */
const DOM_SHARED = [
  // Two keep modules of their own: render-scope mocks view modules to count renders, and
  // document-layouts shows a card before the page has ever loaded the documents' drawing.
  'tests/ui/!(render-scope|document-layouts).test.tsx',
  'tests/app/*.test.{ts,tsx}',
  'tests/tracking/*.test.ts',
];

// One build serves both SCORM packages: the packager only changes a <meta> tag in index.html
// (see scorm/package/main.ts), so the lesson is built, and measured, once.
export default defineConfig({
  // The lesson runs from whatever folder the LMS unpacks it into: every URL must be relative.
  base: './',
  plugins: [react(), lessonContent(), lessonMaps(), lessonThemeVariables()],
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
    // Four projects. The pure node-side files (no DOM, no browser, no module mocks, nothing left running)
    // share their workers and the modules those workers loaded (isolate: false): importing zod, the
    // content loader and the packager afresh for each of ~37 files took about half their CPU. Most jsdom
    // files share modules too (DOM_SHARED), each with a fresh jsdom of its own, and so do the real-browser
    // files (BROWSER_SHARED), with one Chromium per worker. The rest (a file that mocks modules or needs
    // the page's first load) get modules of their own.
    // The node and jsdom files run in worker threads, not child processes: measured on 2 cores, four runs
    // each way, 78 against 88 core-seconds for those three projects, and the whole `vitest run`, alternated,
    // 156 and 164 s against 184 and 215 s. The browser files stay in processes:
    // each worker's Chromium is its child (tests/browser/chromium.test.ts reads its launch from the
    // process tree), and threads made them no cheaper.
    projects: [
      { extends: true, test: { name: 'node', environment: 'node', pool: 'threads', isolate: false, include: NODE_SHARED } },
      { extends: true, test: { name: 'dom-shared', environment: 'jsdom', pool: 'threads', isolate: false, include: DOM_SHARED, exclude: NODE_SHARED } },
      { extends: true, test: { name: 'browser', environment: 'node', pool: 'forks', isolate: false, include: BROWSER_SHARED } },
      { extends: true, test: { name: 'dom', environment: 'jsdom', pool: 'threads', include: ['tests/**/*.test.{ts,tsx}'], exclude: [...NODE_SHARED, ...DOM_SHARED, ...BROWSER_SHARED] } },
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
