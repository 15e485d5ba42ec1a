// @vitest-environment node
/** After the results: missed checks, the weakest sections and the unscored practice round, without a DOM. */
import { describe, expect, it } from 'vitest';
import type { Check, Lesson } from '../../src/content/model';
import {
  allChecks,
  initialState,
  lessonScore,
  missedChecks,
  practiceChecks,
  practiceOrder,
  practiceOutcome,
  practiceTally,
  practise,
  reduce,
  shownOrder,
  startPractice,
  weakestSections,
} from '../../src/lesson';
import type { LessonState, Response } from '../../src/lesson/types';
import { bigLesson, makeLesson, rightAnswer, wrongAnswer } from '../../src/testing';

/** The small lesson with a passage on every check (as the loader gives them), one section's two sharing one. */
function withPassages(lesson: Lesson): Lesson {
  return {
    ...lesson,
    sections: lesson.sections.map((s) => ({
      ...s,
      checks: s.checks.map((c, i) => ({ ...c, passage: { heading: `${s.id} part ${i === 0 ? 1 : 2}`, anchor: `${s.id}--part-${i === 0 ? 1 : 2}` } })),
    })),
  };
}

function play(lesson: Lesson, answers: Record<string, 'right' | 'wrong' | 'late' | 'once'>): LessonState {
  let state = initialState(lesson, 7);
  const answer = (check: Check, response: Response) => (state = reduce(lesson, state, { type: 'answer', checkId: check.id, response }));
  for (const check of allChecks(lesson)) {
    const how = answers[check.id];
    if (how === 'right') answer(check, rightAnswer(check));
    if (how === 'late') [wrongAnswer(check), rightAnswer(check)].forEach((r) => answer(check, r));
    if (how === 'once') answer(check, wrongAnswer(check));
    if (how === 'wrong') for (let i = 0; i < check.maxTries; i++) answer(check, wrongAnswer(check));
  }
  for (let step = 1; step <= lesson.sections.length; step++) state = reduce(lesson, state, { type: 'go', step });
  return state;
}

const lesson = withPassages(makeLesson());
const [single, trueFalse, multiple, ordering, matching] = allChecks(lesson) as [Check, Check, Check, Check, Check];

describe('missedChecks', () => {
  it('lists finished checks not scored correct, in lesson order, with their section, step and passage', () => {
    const state = play(lesson, { [single.id]: 'wrong', [trueFalse.id]: 'right', [multiple.id]: 'once', [matching.id]: 'wrong' });
    expect(missedChecks(lesson, state).map((m) => [m.check.id, m.step, m.section.id, m.passage?.anchor])).toEqual([
      [single.id, 0, 'intro', 'intro--part-1'],
      [matching.id, 2, 'last', 'last--part-1'],
    ]);
  });

  it('counts a right second try as missed under first-try scoring only', () => {
    const firstTry = withPassages(makeLesson({ scoring: 'first-try' }));
    const answers = { [single.id]: 'late' } as const;
    expect(missedChecks(firstTry, play(firstTry, answers)).map((m) => m.check.id)).toEqual([single.id]);
    expect(missedChecks(lesson, play(lesson, answers))).toEqual([]);
  });

  it('a check the content gives no passage points at its section (passage null)', () => {
    const bare = makeLesson();
    const state = play(bare, { [single.id]: 'wrong' });
    expect(missedChecks(bare, state)[0]).toMatchObject({ step: 0, passage: null });
  });
});

describe('weakestSections', () => {
  it('below the pass mark, weakest first, with each missed passage once', () => {
    const state = play(lesson, { [single.id]: 'right', [trueFalse.id]: 'wrong', [multiple.id]: 'wrong', [ordering.id]: 'wrong', [matching.id]: 'right' });
    const weak = weakestSections(lesson, state, lessonScore(lesson, state));
    expect(weak.map((w) => [w.section.id, w.score.percent, w.passages.map((p) => p.heading)])).toEqual([
      ['middle', 0, ['middle part 1', 'middle part 2']],
      ['intro', 50, ['intro part 2']],
    ]);
  });

  it('names at most three sections', () => {
    const big = bigLesson(5, 5);
    const state = play(big, Object.fromEntries(allChecks(big).map((c) => [c.id, 'wrong'])));
    const weak = weakestSections(big, state, lessonScore(big, state));
    expect(weak.map((w) => w.step)).toEqual([0, 1, 2]);
    expect(weak[0]?.missed).toHaveLength(5);
  });

  it('a fail by the total with every missing section at the pass mark still names them', () => {
    const state = play(lesson, { [single.id]: 'wrong', [trueFalse.id]: 'right', [multiple.id]: 'right', [ordering.id]: 'right', [matching.id]: 'right' });
    const score = lessonScore(lesson, state, 50);
    expect(weakestSections(lesson, state, score).map((w) => w.section.id)).toEqual(['intro']);
    expect(weakestSections(lesson, play(lesson, {}), lessonScore(lesson, play(lesson, {})))).toEqual([]);
  });
});

describe('the practice round', () => {
  const state = play(lesson, { [single.id]: 'wrong', [trueFalse.id]: 'right', [multiple.id]: 'wrong', [ordering.id]: 'wrong', [matching.id]: 'wrong' });

  it('asks the missed checks, shuffled afresh, and leaves the lesson state alone', () => {
    const before = JSON.stringify(state);
    let round = startPractice(lesson, state, 99);
    expect(practiceChecks(lesson, round).map((c) => c.id)).toEqual([single.id, multiple.id, ordering.id, matching.id]);
    expect(practiceTally(lesson, state, round)).toEqual({ total: 4, finished: 0, right: 0, rightFirstTime: 0 });
    round = practise(lesson, round, single.id, rightAnswer(single));
    round = practise(lesson, round, multiple.id, wrongAnswer(multiple));
    round = practise(lesson, round, multiple.id, rightAnswer(multiple));
    round = practise(lesson, round, ordering.id, wrongAnswer(ordering));
    round = practise(lesson, round, ordering.id, wrongAnswer(ordering));
    expect(practiceOutcome(lesson, round, ordering)).toMatchObject({ status: 'incorrect', finished: true });
    expect(practiceTally(lesson, state, round)).toEqual({ total: 4, finished: 3, right: 2, rightFirstTime: 0 });
    expect(JSON.stringify(state)).toBe(before);
    expect(lessonScore(lesson, state).correctChecks).toBe(1);
    // A new shuffle for a check with options to shuffle (seeded: the same round, the same order).
    expect(practiceOrder(round, matching)).not.toEqual(shownOrder(state, matching));
    expect(practiceOrder(round, matching)).toEqual(practiceOrder(startPractice(lesson, state, 99), matching));
  });

  it('refuses what the lesson refuses: a finished check, an incomplete answer, a check not in the round', () => {
    let round = startPractice(lesson, state, 1);
    round = practise(lesson, round, single.id, rightAnswer(single));
    expect(practise(lesson, round, single.id, wrongAnswer(single))).toBe(round);
    expect(practise(lesson, round, multiple.id, [])).toBe(round);
    expect(practise(lesson, round, trueFalse.id, rightAnswer(trueFalse))).toBe(round);
    expect(practise(lesson, round, 'constructor', ['a'])).toBe(round);
  });

  it('first-try scoring: right only on a later try does not count this time either', () => {
    const firstTry = withPassages(makeLesson({ scoring: 'first-try' }));
    const failed = play(firstTry, { [single.id]: 'wrong' });
    let round = startPractice(firstTry, failed, 3);
    round = practise(firstTry, round, single.id, wrongAnswer(single));
    round = practise(firstTry, round, single.id, rightAnswer(single));
    expect(practiceTally(firstTry, failed, round)).toMatchObject({ finished: 1, right: 0 });
  });
});
