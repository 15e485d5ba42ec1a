/** What every LessonState must satisfy; tests assert it after every reduce and every decode. */
import { expect } from 'vitest';
import type { Lesson } from '../../src/content/model';
import type { LessonState } from '../../src/lesson/types';
import { findCheck, isComplete, isCorrect, triesAllowed } from '../../src/lesson';

export function stateProblems(lesson: Lesson, state: LessonState): string[] {
  const problems: string[] = [];
  const last = lesson.sections.length;
  const whole = (n: number) => Number.isSafeInteger(n) && n >= 0;
  if (!whole(state.seed) || state.seed > 0xffffffff) problems.push('seed');
  if (!whole(state.current) || state.current > last) problems.push('current out of range');
  if (!whole(state.furthest) || state.furthest > last) problems.push('furthest out of range');
  if (state.current > state.furthest) problems.push('current beyond furthest');
  if (!whole(state.timeOnTask)) problems.push('timeOnTask');
  // Exactly the state's fields: nothing unread rides along into the saved data or the views.
  const fields = Object.keys(state).sort().join(',');
  if (fields !== 'checks,current,furthest,seed,timeOnTask') problems.push(`fields ${fields}`);
  for (const [id, progress] of Object.entries(state.checks)) {
    const check = findCheck(lesson, id);
    if (!check) {
      problems.push(`unknown check ${id}`);
      continue;
    }
    if (progress.tries.length > triesAllowed(lesson, check)) problems.push(`${id}: too many tries`);
    progress.tries.forEach((response, i) => {
      if (!isComplete(check, response)) problems.push(`${id}: try ${i} incomplete`);
      if (isCorrect(check, response) && i < progress.tries.length - 1) problems.push(`${id}: try after a right one`);
    });
  }
  return problems;
}

export function expectValid(lesson: Lesson, state: LessonState): void {
  expect(stateProblems(lesson, state)).toEqual([]);
}
