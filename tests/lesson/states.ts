/** Lesson states built through the reducer, shared by the encoding tests. */
import type { Lesson } from '../../src/content/model';
import type { LessonState } from '../../src/lesson/types';
import { allChecks, initialState, reduce } from '../../src/lesson';
import { rightAnswer, wrongAnswer } from './fixtures';

/** Every kind of progress: right first try, right second try, out of tries, a retry, the rest untouched. */
export function busyState(lesson: Lesson): LessonState {
  let s = initialState(lesson, 0xdeadbeef);
  const [a, b, c, d] = allChecks(lesson);
  const answer = (checkId: string, response: readonly string[]) => {
    s = reduce(lesson, s, { type: 'answer', checkId, response });
  };
  answer(a!.id, rightAnswer(a!));
  answer(b!.id, wrongAnswer(b!));
  answer(b!.id, rightAnswer(b!));
  answer(c!.id, wrongAnswer(c!));
  answer(c!.id, wrongAnswer(c!));
  answer(d!.id, wrongAnswer(d!));
  s = reduce(lesson, s, { type: 'go', step: 1 });
  s = reduce(lesson, s, { type: 'tick', seconds: 4321 });
  return s;
}

/** The worst case for size: every check answered wrong on every try, every step visited, hours on task. */
export function worstState(lesson: Lesson): LessonState {
  let s = initialState(lesson, 0xffffffff); // the longest seed: 7 base-36 characters
  for (const check of allChecks(lesson)) {
    for (let i = 0; i < check.maxTries; i++) {
      s = reduce(lesson, s, { type: 'answer', checkId: check.id, response: wrongAnswer(check) });
    }
  }
  for (let step = 1; step <= lesson.sections.length; step++) s = reduce(lesson, s, { type: 'go', step });
  return reduce(lesson, s, { type: 'tick', seconds: 100 * 3600 });
}
