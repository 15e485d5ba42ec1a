/**
 * Lesson states built through the lesson's own reducer, so only states a learner can really reach are
 * used: a busy one with every kind of progress, and the worst case for the saved size.
 */
import type { Check, Lesson } from '../content/model';
import { isComplete, isCorrect } from '../lesson/grading';
import { allChecks, resultsStep, triesAllowed } from '../lesson/lookup';
import { encodeState } from '../lesson/saved-state';
import { initialState, reduce } from '../lesson/state';
import type { LessonState, Response } from '../lesson/types';
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
  // Time on task is counted by the app (src/app/time-on-task.ts) and saved with the state.
  return { ...s, timeOnTask: 4321 };
}

function permutations<T>(items: readonly T[], limit = 5040): T[][] {
  if (items.length <= 1) return [[...items]];
  const out: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)], limit)) {
      if (out.length < limit) out.push([item, ...rest]);
    }
  });
  return out;
}

/** Every wrong answer worth trying for size: all of them for the small types, a wide sample for matching. */
function everyWrongAnswer(check: Check): Response[] {
  let all: Response[];
  switch (check.type) {
    case 'single-choice':
      all = check.options.map((o) => [o.id]);
      break;
    case 'true-false':
      all = [['true'], ['false']];
      break;
    case 'multiple-response': {
      const ids = check.options.map((o) => o.id);
      all = [];
      for (let mask = 1; mask < 1 << ids.length; mask += 1) all.push(ids.filter((_, i) => mask & (1 << i)));
      break;
    }
    case 'ordering':
      all = permutations(check.items.map((i) => i.id));
      break;
    case 'matching': {
      const targets = [...check.pairs.map((p) => p.right.id), ...check.distractors.map((d) => d.id)];
      all = [...targets.map((t) => check.pairs.map(() => t)), wrongAnswer(check)];
      for (let shift = 1; shift < targets.length; shift += 1) all.push(check.pairs.map((_, i) => targets[(i + shift) % targets.length]!));
      break;
    }
  }
  return all.filter((r) => isComplete(check, r) && !isCorrect(check, r));
}

/** The wrong answer whose saved form is the longest (measured with the lesson's own encoder). */
export function longestSavedWrong(lesson: Lesson, check: Check): Response {
  const start = initialState(lesson, 1);
  let best: { response: Response; size: number } | null = null;
  for (const response of everyWrongAnswer(check)) {
    const size = encodeState(lesson, reduce(lesson, start, { type: 'answer', checkId: check.id, response })).length;
    if (!best || size > best.size) best = { response, size };
  }
  if (!best) throw new Error(`Check ${check.id} has no wrong answer.`);
  return best.response;
}

/**
 * The largest state a learner can make: every check answered wrong on every try allowed, each try the
 * wrong answer whose saved form is longest, every step visited, the longest seed, and 999 hours on task.
 */
export function worstCaseState(lesson: Lesson): LessonState {
  let s = initialState(lesson, 0xffffffff); // the longest seed: 7 base-36 characters
  for (const check of allChecks(lesson)) {
    const wrong = longestSavedWrong(lesson, check);
    for (let i = 0; i < triesAllowed(lesson, check); i++) {
      s = reduce(lesson, s, { type: 'answer', checkId: check.id, response: wrong });
    }
  }
  for (let step = 1; step <= resultsStep(lesson); step++) s = reduce(lesson, s, { type: 'go', step });
  // Time on task is counted by the app (src/app/time-on-task.ts) and saved with the state.
  return { ...s, timeOnTask: 999 * 3600 };
}

/** The suspend_data the lesson would send for its worst case, and how many tries it holds. */
export function worstCaseSuspendData(lesson: Lesson): { text: string; tries: number } {
  const state = worstCaseState(lesson);
  const tries = Object.values(state.checks).reduce((n, p) => n + p.tries.length, 0);
  return { text: encodeState(lesson, state), tries };
}
