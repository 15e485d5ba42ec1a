/**
 * Where a lesson's content files are, as root-relative paths (the form every message uses).
 * Shared by the loader and the Vite plugin, which watches the same files in dev.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problems } from './errors.ts';

/** NN-<section id>.md; sorting by name gives the lesson order. */
export const SECTION_FILE = /^\d\d-(.+)\.md$/;

/** Every path is root-relative; the object is never changed once found. */
export type ContentFiles = Readonly<{
  lessonDir: string;
  quizDir: string;
  lesson: string;
  glossary: string;
  /** The documents the lesson quotes; a lesson without any may leave the file out. */
  sources: string;
  /** Section files, sorted by name. */
  sections: readonly string[];
  /** Quiz files, sorted by name. */
  quizzes: readonly string[];
}>;

function listFiles(rootDir: string, dir: string): string[] {
  const abs = join(rootDir, dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) return [];
  return readdirSync(abs)
    .filter((name) => statSync(join(abs, name)).isFile())
    .sort();
}

/**
 * Finds the content files of a lesson. With `problems`, also reports files that look like content
 * but would be ignored (a section file without its number, a quiz file ending in .yml), since an
 * ignored file otherwise shows up only as a confusing "missing" error.
 */
export function findContentFiles(rootDir: string, lessonId: string, problems?: Problems): ContentFiles {
  const lessonDir = `lessons/${lessonId}`;
  const quizDir = `quizzes/${lessonId}`;
  const lessonNames = listFiles(rootDir, lessonDir);
  const quizNames = listFiles(rootDir, quizDir);

  for (const name of lessonNames) {
    if (name.endsWith('.md') && !SECTION_FILE.test(name)) {
      problems?.add(`${lessonDir}/${name}`, 'file name', 'a section file is named NN-<section id>.md, e.g. 01-context.md');
    }
  }
  for (const name of quizNames) {
    if (name.endsWith('.yml')) problems?.add(`${quizDir}/${name}`, 'file name', 'quiz files end in .yaml, not .yml');
  }

  return {
    lessonDir,
    quizDir,
    lesson: `${lessonDir}/lesson.yaml`,
    glossary: `${lessonDir}/glossary.yaml`,
    sources: `${lessonDir}/sources.yaml`,
    sections: lessonNames.filter((name) => SECTION_FILE.test(name)).map((name) => `${lessonDir}/${name}`),
    quizzes: quizNames.filter((name) => name.endsWith('.yaml')).map((name) => `${quizDir}/${name}`),
  };
}

/** Every content file that exists, for watching. */
export function allContentFiles(files: ContentFiles): string[] {
  return [files.lesson, files.glossary, files.sources, ...files.sections, ...files.quizzes];
}
