/**
 * Reading content files: text with normalised line ends, YAML with errors located by line, and the
 * front matter of a section file split from its Markdown body with the line numbers both start at
 * (so every later message can point at a real line of the file the author opens).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { Problems } from './errors.ts';

/** Reads a file below the project root; `file` is the root-relative path used in messages. */
export function readSource(rootDir: string, file: string): string {
  // Editors on Windows save CRLF and sometimes a BOM; neither may change what the author meant.
  return readFileSync(join(rootDir, file), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Parses YAML; on syntax errors reports each with its line and returns undefined.
 * `firstLine` is the file line the YAML text starts on (2 for front matter after the opening ---).
 */
export function parseYaml(source: string, file: string, problems: Problems, firstLine = 1): { data: unknown } | undefined {
  const doc = parseDocument(source, { prettyErrors: true });
  const [error, ...rest] = doc.errors;
  if (!error) return { data: doc.toJS() as unknown };
  // Only the first syntax error is reliable: the parser's later ones mostly follow from it.
  const line = (error.linePos?.[0]?.line ?? 1) + firstLine - 1;
  // prettyErrors appends " at line L, column C:" and a code frame; the line is already in the field.
  const text = error.message.split(/ at line \d+, column \d+:/)[0]?.trim() ?? error.message;
  const more = rest.length > 0 ? ` (the parser found ${rest.length} more error(s) after this one, which may go away with it)` : '';
  problems.add(file, `line ${line}`, `YAML syntax error: ${text}${more}`);
  return undefined;
}

export interface SplitSection {
  readonly frontMatter: string;
  /** File line number of the first front matter line. */
  readonly frontMatterLine: number;
  readonly body: string;
  /** File line number of the first body line. */
  readonly bodyLine: number;
}

/** Splits `---\n<yaml>\n---\n<markdown>`; undefined when the file does not have that shape. */
export function splitFrontMatter(source: string): SplitSection | undefined {
  const lines = source.split('\n');
  if (lines[0]?.trimEnd() !== '---') return undefined;
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  if (close < 0) return undefined;
  return {
    frontMatter: lines.slice(1, close).join('\n'),
    frontMatterLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
