/** Steps in words and paths: sections first, then the results step. */
import type { Lesson } from '../content/model';

export function stepCount(lesson: Lesson): number {
  return lesson.sections.length + 1;
}

export function stepTitle(lesson: Lesson, step: number): string {
  return lesson.sections[step]?.title ?? 'Your results';
}

export function stepPath(lesson: Lesson, step: number): string {
  const section = lesson.sections[step];
  return section ? `/section/${section.id}` : '/results';
}

/** The step a path shows (the inverse of stepPath), or null for a path that is no step. */
export function stepFromPath(lesson: Lesson, path: string): number | null {
  if (path === '/results') return lesson.sections.length;
  const match = /^\/section\/([^/]+)$/.exec(path);
  const index = match ? lesson.sections.findIndex((s) => s.id === decodeURIComponent(match[1] ?? '')) : -1;
  return index >= 0 ? index : null;
}
