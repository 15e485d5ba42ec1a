// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Lesson } from '../../src/content/model';
import type { LessonState, Response } from '../../src/lesson/types';
import { allChecks, checkOutcome, initialState, lessonScore, reduce } from '../../src/lesson';
import { finishesCheck } from '../../src/lesson/scoring';
import { bigLesson, makeLesson, matching, rightAnswer, single, wrongAnswer } from '../../src/testing';

const tries = (...responses: Response[]) => ({ tries: responses });

/** Drive the reducer: visit every step, then answer each check as told (right, or wrong every try). */
function play(lesson: Lesson, rightIds: readonly string[], visitTo = lesson.sections.length): LessonState {
  let state = initialState(lesson, 1);
  for (const check of allChecks(lesson)) {
    if (rightIds.includes(check.id)) state = reduce(lesson, state, { type: 'answer', checkId: check.id, response: rightAnswer(check) });
    else
      for (let i = 0; i < check.maxTries; i++)
        state = reduce(lesson, state, { type: 'answer', checkId: check.id, response: wrongAnswer(check) });
  }
  for (let step = 1; step <= visitTo; step++) state = reduce(lesson, state, { type: 'go', step });
  return state;
}

describe('checkOutcome', () => {
  const lesson = makeLesson();

  it('unanswered, then retry, then incorrect with no tries left', () => {
    expect(checkOutcome(lesson, single, undefined)).toEqual({
      status: 'unanswered', triesUsed: 0, triesLeft: 2, finished: false, scoredCorrect: false, results: [],
    });
    expect(checkOutcome(lesson, single, tries(['a']))).toMatchObject({ status: 'retry', triesUsed: 1, triesLeft: 1, finished: false });
    expect(checkOutcome(lesson, single, tries(['a'], ['c']))).toEqual({
      status: 'incorrect', triesUsed: 2, triesLeft: 0, finished: true, scoredCorrect: false, results: [false, false],
    });
  });

  it('correct on the first or a later try finishes the check', () => {
    expect(checkOutcome(lesson, matching, tries(rightAnswer(matching)))).toEqual({
      status: 'correct', triesUsed: 1, triesLeft: 0, finished: true, scoredCorrect: true, results: [true],
    });
    expect(checkOutcome(lesson, single, tries(['a'], ['b']))).toMatchObject({ status: 'correct', scoredCorrect: true, results: [false, true] });
  });

  it('best-try counts a right second try; first-try does not, though it still finishes the check', () => {
    const firstTry = makeLesson({ scoring: 'first-try' });
    expect(checkOutcome(firstTry, single, tries(['a'], ['b']))).toMatchObject({ status: 'correct', finished: true, scoredCorrect: false });
    expect(checkOutcome(firstTry, single, tries(['b']))).toMatchObject({ status: 'correct', scoredCorrect: true });
  });

  it('ignores tries a hand-made state holds beyond maxTries or after a right one', () => {
    expect(checkOutcome(lesson, single, tries(['b'], ['a']))).toMatchObject({ status: 'correct', triesUsed: 1, results: [true] });
    expect(checkOutcome(lesson, single, tries(['a'], ['a'], ['b']))).toMatchObject({ status: 'incorrect', triesUsed: 2 });
  });
});

describe('finishesCheck', () => {
  it('says before a try is recorded what the outcome says after it: finished when right or on the last try', () => {
    const lesson = makeLesson();
    for (const check of [single, matching]) {
      let progress: { tries: Response[] } = { tries: [] };
      for (let used = 0; used < check.maxTries; used++) {
        const before = checkOutcome(lesson, check, progress);
        for (const response of [rightAnswer(check), wrongAnswer(check)]) {
          const after = checkOutcome(lesson, check, { tries: [...progress.tries, response] });
          expect(finishesCheck(check, before, response), `${check.id}, try ${used + 1}`).toBe(after.finished);
        }
        progress = { tries: [...progress.tries, wrongAnswer(check)] };
      }
      // Finished already: no try finishes it again.
      expect(finishesCheck(check, checkOutcome(lesson, check, progress), rightAnswer(check))).toBe(false);
    }
  });
});

describe('lessonScore', () => {
  const lesson = makeLesson(); // 5 checks in 4 sections
  const ids = allChecks(lesson).map((c) => c.id);

  it('a fresh state: nothing done, not complete, passed undefined; the first section counts as visited', () => {
    const score = lessonScore(lesson, initialState(lesson, 1));
    expect(score).toMatchObject({ totalChecks: 5, finishedChecks: 0, correctChecks: 0, percent: 0, complete: false, passed: undefined });
    expect(score.progress).toBeCloseTo(1 / 9);
    expect(score.sections.map((s) => s.visited)).toEqual([true, false, false, false]);
  });

  it('passes exactly at the threshold and fails just below it', () => {
    const state = play(lesson, ids.slice(0, 4)); // 4 of 5 right = 80%
    expect(lessonScore(lesson, state)).toMatchObject({ percent: 80, passingScore: 80, complete: true, passed: true, progress: 1 });
    expect(lessonScore(lesson, state, 81)).toMatchObject({ percent: 80, passingScore: 81, passed: false });
    expect(lessonScore(lesson, play(lesson, ids.slice(0, 3)))).toMatchObject({ percent: 60, passed: false });
  });

  it('rounds the percent to a whole number (2 of 3 is 67, 1 of 3 is 33)', () => {
    const three = bigLesson(1, 3);
    const [a, b] = allChecks(three).map((c) => c.id);
    expect(lessonScore(three, play(three, [a!, b!]))).toMatchObject({ percent: 67, correctChecks: 2 });
    expect(lessonScore(three, play(three, [a!])).sections[0]).toMatchObject({ percent: 33, correct: 1 });
    expect(lessonScore(three, play(three, [a!, b!]), 67).passed).toBe(true);
  });

  it('completion needs every section visited AND every check finished', () => {
    const answeredNotVisited = play(lesson, ids, 2);
    expect(lessonScore(lesson, answeredNotVisited)).toMatchObject({ complete: false, passed: undefined, finishedChecks: 5 });
    expect(lessonScore(lesson, answeredNotVisited).progress).toBeCloseTo((3 + 5) / 9);

    let visitedNotAnswered = initialState(makeLesson({ gating: false }), 1);
    for (let step = 1; step <= 4; step++) visitedNotAnswered = reduce(makeLesson({ gating: false }), visitedNotAnswered, { type: 'go', step });
    expect(lessonScore(lesson, visitedNotAnswered)).toMatchObject({ complete: false, passed: undefined, finishedChecks: 0 });

    expect(lessonScore(lesson, play(lesson, ids))).toMatchObject({ complete: true, passed: true, percent: 100, progress: 1 });
  });

  it('section scores: a section without checks is complete once visited', () => {
    const state = play(lesson, ids);
    const outro = lessonScore(lesson, state).sections[3]!;
    expect(outro).toEqual({ sectionId: 'outro', checks: 0, finished: 0, correct: 0, percent: 100, visited: true, complete: true });
    const early = lessonScore(lesson, initialState(lesson, 1)).sections[3]!;
    expect(early).toMatchObject({ visited: false, complete: false });
  });

  it('first-try scoring lowers the score of a lesson answered right on second tries', () => {
    const firstTry = makeLesson({ scoring: 'first-try' });
    let state = initialState(firstTry, 1);
    for (const check of allChecks(firstTry)) {
      state = reduce(firstTry, state, { type: 'answer', checkId: check.id, response: wrongAnswer(check) });
      state = reduce(firstTry, state, { type: 'answer', checkId: check.id, response: rightAnswer(check) });
    }
    for (let step = 1; step <= 4; step++) state = reduce(firstTry, state, { type: 'go', step });
    expect(lessonScore(firstTry, state)).toMatchObject({ complete: true, correctChecks: 0, percent: 0, passed: false });
    expect(lessonScore(makeLesson(), state)).toMatchObject({ complete: true, correctChecks: 5, percent: 100, passed: true });
  });
});
