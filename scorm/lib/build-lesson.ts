/**
 * Build the lesson once with the project's own Vite config (base "./", outDir dist), as `vite build` would.
 * Everything a package holds comes from this one build.
 */
import { join } from 'node:path';

export async function buildLesson(options: { root: string; outDir: string; sourcemap: boolean }): Promise<void> {
  // Loaded on demand: the preview server and the tests import this module without always building.
  const { build } = await import('vite');
  // A package is always a production build. Vite takes NODE_ENV from the environment when it is set
  // (Vitest sets "test", shells and CI systems set others), and would then build React's development
  // code and let MUI's styling engine write its rules as text into <style> elements, which a strict
  // Content-Security-Policy refuses; production inserts them through the CSSOM.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: options.root,
      configFile: join(options.root, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: options.outDir, emptyOutDir: true, sourcemap: options.sourcemap },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
