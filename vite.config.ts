/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { lessonContent } from './src/content/vite-plugin.ts';

// One build serves both SCORM packages: the packager only changes a <meta> tag in index.html
// (see scorm/package/main.ts), so the lesson is built, and measured, once.
export default defineConfig({
  // The lesson runs from whatever folder the LMS unpacks it into: every URL must be relative.
  base: './',
  plugins: [react(), lessonContent()],
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
  },
});
