/**
 * loadLesson: reads a lesson's content files, checks all of them, and returns the Lesson model or
 * throws one ContentError listing every problem found. Runs in Node at build time (Vite plugin,
 * tests), never in the browser.
 */
import { ContentError, Problems } from './errors.ts';
import { assembleLesson, type ValidSection } from './assemble.ts';
import { crossFileRules } from './cross-file-rules.ts';
import { findContentFiles } from './files.ts';
import type { Lesson } from './model.ts';
import { readQuiz, readSection, readYamlFile } from './read.ts';
import { glossaryFileSchema, lessonFileSchema } from './schema.ts';

/**
 * @param rootDir the project root; messages name files relative to it
 * @param lessonId the folder name under lessons/ and quizzes/
 */
export function loadLesson(rootDir: string, lessonId = 'neutrality-pact'): Lesson {
  const problems = new Problems();
  const files = findContentFiles(rootDir, lessonId, problems);

  const lesson = readYamlFile(rootDir, files.lesson, lessonFileSchema, problems);
  const glossary = readYamlFile(rootDir, files.glossary, glossaryFileSchema, problems);
  const sections = files.sections.map((file) => readSection(rootDir, file, problems));
  const quizzes = files.quizzes.map((file) => readQuiz(rootDir, file, problems));
  crossFileRules({ files, lesson, glossary, sections, quizzes }, problems);
  problems.throwIfAny();

  // No problems means every part was read; these guards only narrow the types.
  const valid = sections.flatMap((s): ValidSection[] => (s.frontMatter && s.body ? [{ frontMatter: s.frontMatter, body: s.body }] : []));
  if (!lesson || !glossary || valid.length !== sections.length) {
    throw new ContentError([{ file: files.lesson, field: 'top level', message: 'could not be read (internal error)' }]);
  }
  return assembleLesson(lesson, glossary, valid, quizzes);
}
