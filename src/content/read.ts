/**
 * Reads each content file on its own: syntax, front matter, schema, Markdown and per-check rules.
 * Each reader reports its problems and returns what it could make sense of, so the cross-file
 * checks in cross-file-rules.ts still run on the parts that are fine.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type * as z from 'zod';
import type { Problems } from './errors.ts';
import { SECTION_FILE } from './files.ts';
import { markdownToBlocks, type MarkdownResult } from './markdown.ts';
import { checkSchema, quizFileSchema, sectionFrontMatterSchema, type CheckInput, type SectionFrontMatter } from './schema.ts';
import { singleCheckRules } from './single-check-rules.ts';
import { parseYaml, readSource, splitFrontMatter } from './source.ts';
import { parseForAuthors } from './issues-for-authors.ts';

function exists(rootDir: string, file: string, problems: Problems): boolean {
  if (existsSync(join(rootDir, file))) return true;
  problems.add(file, 'file', 'not found');
  return false;
}

/** A whole-file YAML document such as lesson.yaml or glossary.yaml. */
export function readYamlFile<S extends z.ZodType>(
  rootDir: string,
  file: string,
  schema: S,
  problems: Problems,
): z.output<S> | undefined {
  if (!exists(rootDir, file, problems)) return undefined;
  const parsed = parseYaml(readSource(rootDir, file), file, problems);
  return parsed && parseForAuthors(schema, parsed.data, { file, rootField: 'top level' }, problems);
}

export interface SectionSource {
  readonly file: string;
  /** The section id the file name gives (01-context.md → context). */
  readonly fileId: string;
  readonly frontMatter?: SectionFrontMatter;
  readonly body?: MarkdownResult;
}

export function readSection(rootDir: string, file: string, problems: Problems): SectionSource {
  const name = basename(file);
  const fileId = SECTION_FILE.exec(name)?.[1] ?? name;
  const split = splitFrontMatter(readSource(rootDir, file));
  if (!split) {
    problems.add(
      file,
      'front matter',
      'malformed front matter: the file must start with a --- line, then the YAML fields, then a closing --- line',
    );
    return { file, fileId };
  }
  const yaml = parseYaml(split.frontMatter, file, problems, split.frontMatterLine);
  const frontMatter = yaml && parseForAuthors(sectionFrontMatterSchema, yaml.data, { file, rootField: 'front matter' }, problems);
  if (frontMatter && frontMatter.id !== fileId) {
    problems.add(file, 'id', `"${frontMatter.id}" does not match the file name ${name} (it should be NN-${frontMatter.id}.md)`);
  }
  const body = markdownToBlocks(split.body, file, problems, split.bodyLine - 1);
  return { file, fileId, frontMatter, body };
}

export interface QuizCheck {
  readonly check: CheckInput;
  /** Where the check is in its file, e.g. "checks[2]". */
  readonly field: string;
}

export interface QuizSource {
  readonly file: string;
  /** The section the file name gives (context.yaml → context). */
  readonly fileSection: string;
  readonly section?: string;
  /** Checks that passed their schema (problems found by singleCheckRules are already reported). */
  readonly checks: readonly QuizCheck[];
  /** Ids of every check written in the file, valid or not, so a broken check is not also "missing". */
  readonly writtenIds: ReadonlySet<string>;
  /** False when the YAML could not be parsed: nothing is known about its checks. */
  readonly readable: boolean;
}

export function readQuiz(rootDir: string, file: string, problems: Problems): QuizSource {
  const fileSection = basename(file, '.yaml');
  const parsed = parseYaml(readSource(rootDir, file), file, problems);
  if (!parsed) return { file, fileSection, checks: [], writtenIds: new Set(), readable: false };
  const outer = parseForAuthors(quizFileSchema, parsed.data, { file, rootField: 'top level' }, problems);
  const raw = parsed.data as { checks?: unknown } | null;
  const rawChecks: unknown[] = raw && Array.isArray(raw.checks) ? raw.checks : [];

  const checks: QuizCheck[] = [];
  const writtenIds = new Set<string>();
  rawChecks.forEach((rawCheck, i) => {
    const field = `checks[${i}]`;
    const writtenId = (rawCheck as { id?: unknown } | null)?.id;
    if (typeof writtenId === 'string') writtenIds.add(writtenId);
    // Checks are validated one at a time so a broken one leaves the others in the cross-checks.
    const check = parseForAuthors(checkSchema, rawCheck, { file, prefix: field, rootField: field }, problems);
    if (!check) return;
    singleCheckRules(check, file, field, problems);
    checks.push({ check, field });
  });
  return { file, fileSection, section: outer?.section, checks, writtenIds, readable: true };
}
