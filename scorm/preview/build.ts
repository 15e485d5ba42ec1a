/**
 * Build the preview LMS page with Vite into build/preview/. Its own inline config (not the lesson's): the
 * preview is a separate page that never goes into a package. Beside it goes the lesson's item bank
 * (items.json, the teacher kit's file), from which the panel's summary says each answer in words.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLesson } from '../../src/content/load.ts';
import type { Lesson } from '../../src/content/model.ts';
import { PROJECT_ROOT } from '../lib/project-root.ts';
import { buildItemBank } from '../teacher/build-item-bank.ts';

/** The item bank's name beside the preview page (fetched by src/main.ts). */
export const ITEM_BANK_FILE = 'items.json';

export async function buildPreview(outDir: string, lesson: Lesson = loadLesson(PROJECT_ROOT)): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: fileURLToPath(new URL('.', import.meta.url)),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: true },
  });
  writeFileSync(join(outDir, ITEM_BANK_FILE), `${JSON.stringify(buildItemBank(lesson))}\n`);
}
