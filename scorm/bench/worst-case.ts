/**
 * The largest lesson state a learner can make, for the suspend_data figure: every check answered wrong on
 * every try allowed, each try the longest wrong answer the check accepts, every step visited, the longest
 * seed, and a hundred hours on task. Built through the lesson's own reducer, so only states the lesson can
 * really reach are measured.
 */
import type { Check, Lesson } from '../../src/content/model.ts';
import { encodeState } from '../../src/lesson/saved-state.ts';
import { isComplete, isCorrect } from '../../src/lesson/grading.ts';
import { allChecks, resultsStep, triesAllowed } from '../../src/lesson/lookup.ts';
import { initialState, reduce } from '../../src/lesson/state.ts';
import type { LessonState, Response } from '../../src/lesson/types.ts';

/** Every full, wrong answer worth trying for size: the longest comes first. */
function wrongCandidates(check: Check): Response[] {
  switch (check.type) {
    case 'single-choice':
      return check.options.filter((o) => o.id !== check.correct).map((o) => [o.id]);
    case 'true-false':
      return [[String(!check.correct)]];
    case 'multiple-response': {
      const ids = check.options.map((o) => o.id);
      // Everything ticked, then everything but one: one of them is wrong whatever the key.
      return [ids, ...ids.map((skip) => ids.filter((id) => id !== skip))];
    }
    case 'ordering': {
      const ids = check.items.map((i) => i.id);
      return [[...ids].reverse(), [ids[1] ?? '', ids[0] ?? '', ...ids.slice(2)]];
    }
    case 'matching': {
      const rights = [...check.pairs.map((p) => p.right.id), ...check.distractors.map((d) => d.id)];
      return [check.pairs.map((_, i) => rights[(i + 1) % rights.length] ?? '')];
    }
  }
}

export function longestWrong(check: Check): Response {
  const wrong = wrongCandidates(check).filter((r) => isComplete(check, r) && !isCorrect(check, r));
  const longest = wrong.sort((a, b) => b.length - a.length)[0];
  if (!longest) throw new Error(`Check ${check.id} has no wrong answer to measure.`);
  return longest;
}

export function worstCaseState(lesson: Lesson): LessonState {
  let state = initialState(lesson, 0xffffffff); // the longest seed: 7 base-36 characters
  for (const check of allChecks(lesson)) {
    for (let i = 0; i < triesAllowed(lesson, check); i++) {
      state = reduce(lesson, state, { type: 'answer', checkId: check.id, response: longestWrong(check) });
    }
  }
  for (let step = 1; step <= resultsStep(lesson); step++) state = reduce(lesson, state, { type: 'go', step });
  return reduce(lesson, state, { type: 'tick', seconds: 100 * 3600 });
}

/** The suspend_data the lesson would send for its worst case, and how many tries it holds. */
export function worstCaseSuspendData(lesson: Lesson): { text: string; tries: number } {
  const state = worstCaseState(lesson);
  const tries = Object.values(state.checks).reduce((n, p) => n + p.tries.length, 0);
  return { text: encodeState(lesson, state), tries };
}
