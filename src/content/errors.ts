/**
 * Content problems and the error that carries them.
 *
 * Authors fix content from the build output alone, so every problem names the file (relative to the
 * project root, as they see it in their editor), the field or line, and what is wrong. The loader
 * collects problems instead of stopping at the first, so one build run shows everything to fix.
 */

export interface ContentProblem {
  /** Path relative to the project root, with forward slashes, e.g. quizzes/neutrality-pact/terms.yaml. */
  readonly file: string;
  /** Where in the file: a field path such as "checks[2].correct", "front matter", or "line 12". */
  readonly field: string;
  readonly message: string;
}

/** One line per problem, in the `file: field: message` form the content guide documents. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}: ${p.field}: ${p.message}`;
}

export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Lesson content has ${count}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Collects problems while the loader keeps going; throws them all together at the end. */
export class Problems {
  private readonly list: ContentProblem[] = [];

  add(file: string, field: string, message: string): void {
    // One mistake can trip the same rule twice (an opening and a closing HTML tag); say it once.
    if (this.list.some((p) => p.file === file && p.field === field && p.message === message)) return;
    this.list.push({ file, field, message });
  }

  get count(): number {
    return this.list.length;
  }

  /** Throws a ContentError if anything was reported. */
  throwIfAny(): void {
    if (this.list.length > 0) throw new ContentError([...this.list]);
  }
}
