/**
 * Build the lesson once with the project's own Vite config (base "./", outDir dist), as `vite build` would.
 * Everything a package holds comes from this one build.
 */
import { join } from 'node:path';

export async function buildLesson(options: { root: string; outDir: string; sourcemap: boolean }): Promise<void> {
  // Loaded on demand: the preview server and the tests import this module without always building.
  const { build } = await import('vite');
  await build({
    root: options.root,
    configFile: join(options.root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: options.outDir, emptyOutDir: true, sourcemap: options.sourcemap },
  });
}
