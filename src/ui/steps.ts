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
