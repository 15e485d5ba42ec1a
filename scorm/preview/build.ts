/**
 * Build the preview LMS page with Vite into build/preview/. Its own inline config (not the lesson's): the
 * preview is a separate page that never goes into a package.
 */
import { fileURLToPath } from 'node:url';

export async function buildPreview(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: fileURLToPath(new URL('.', import.meta.url)),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: true },
  });
}
