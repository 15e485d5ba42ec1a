/**
 * Lesson states built through the lesson's own reducer, so only states a learner can really reach are
 * used: a busy one with every kind of progress, and the worst case for the saved size.
 */
import type { Lesson } from '../content/model';
import { allChecks, resultsStep, triesAllowed } from '../lesson/lookup';
import { encodeState } from '../lesson/saved-state';
import { initialState, reduce } from '../lesson/state';
import type { LessonState } from '../lesson/types';
import { rightAnswer, wrongAnswer } from './answers';

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

/**
 * The largest state a learner can make: every check answered wrong on every try allowed, each try the
 * longest wrong answer, every step visited, the longest seed, and a hundred hours on task.
 */
export function worstCaseState(lesson: Lesson): LessonState {
  let s = initialState(lesson, 0xffffffff); // the longest seed: 7 base-36 characters
  for (const check of allChecks(lesson)) {
    for (let i = 0; i < triesAllowed(lesson, check); i++) {
      s = reduce(lesson, s, { type: 'answer', checkId: check.id, response: wrongAnswer(check) });
    }
  }
  for (let step = 1; step <= resultsStep(lesson); step++) s = reduce(lesson, s, { type: 'go', step });
  return reduce(lesson, s, { type: 'tick', seconds: 100 * 3600 });
}

/** The suspend_data the lesson would send for its worst case, and how many tries it holds. */
export function worstCaseSuspendData(lesson: Lesson): { text: string; tries: number } {
  const state = worstCaseState(lesson);
  const tries = Object.values(state.checks).reduce((n, p) => n + p.tries.length, 0);
  return { text: encodeState(lesson, state), tries };
}
