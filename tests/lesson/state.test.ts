// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Lesson } from '../../src/content/model';
import type { LessonAction, LessonState } from '../../src/lesson/types';
import { RESULTS_BOOKMARK, canGo, initialState, lessonReducer, reduce, stepFromBookmark, stepId } from '../../src/lesson';
import { makeLesson, matching, multiple, ordering, rightAnswer, single, trueFalse, wrongAnswer } from '../../src/testing';
import { expectValid } from './invariants';

const run = (lesson: Lesson, state: LessonState, ...actions: LessonAction[]) =>
  actions.reduce((s, action) => {
    const next = reduce(lesson, s, action);
    expectValid(lesson, next);
    return next;
  }, state);
const go = (step: number): LessonAction => ({ type: 'go', step });
const answer = (checkId: string, response: readonly string[]): LessonAction => ({ type: 'answer', checkId, response });

describe('initialState', () => {
  it('starts at the first section with nothing answered', () => {
    const lesson = makeLesson();
    expect(initialState(lesson, 42)).toEqual({
      seed: 42, current: 0, furthest: 0, checks: {}, positions: {}, timeOnTask: 0,
    });
    expect(initialState(lesson, -1).seed).toBe(0xffffffff); // kept an unsigned 32-bit integer
  });
});

describe('go', () => {
  it('gate on: refuses to pass an unfinished section (same object), allows it once every check is finished', () => {
    const lesson = makeLesson();
    const start = initialState(lesson, 1);
    expect(canGo(lesson, start, 1)).toBe(false);
    expect(reduce(lesson, start, go(1))).toBe(start);

    const half = run(lesson, start, answer(single.id, rightAnswer(single)));
    expect(reduce(lesson, half, go(1))).toBe(half);

    // true-false finished by running out of tries, not by being right: that also opens the gate.
    const done = run(lesson, half, answer(trueFalse.id, ['false']), answer(trueFalse.id, ['false']));
    expect(canGo(lesson, done, 1)).toBe(true);
    expect(run(lesson, done, go(1))).toMatchObject({ current: 1, furthest: 1 });
  });

  it('gate off: the next step is always open, but never two ahead', () => {
    const lesson = makeLesson({ gating: false });
    const start = initialState(lesson, 1);
    expect(canGo(lesson, start, 2)).toBe(false);
    expect(reduce(lesson, start, go(2))).toBe(start);
    expect(run(lesson, start, go(1), go(2), go(3), go(4))).toMatchObject({ current: 4, furthest: 4 });
  });

  it('free navigation back to any reached step keeps furthest', () => {
    const lesson = makeLesson({ gating: false });
    const far = run(lesson, initialState(lesson, 1), go(1), go(2), go(3));
    const back = run(lesson, far, go(0));
    expect(back).toMatchObject({ current: 0, furthest: 3 });
    expect(canGo(lesson, back, 3)).toBe(true);
    expect(canGo(lesson, back, 4)).toBe(true); // gate off: the step after furthest
    expect(run(lesson, back, go(2))).toMatchObject({ current: 2, furthest: 3 });
  });

  it('the results step comes after the last section; nothing comes after it', () => {
    const lesson = makeLesson({ gating: false });
    const results = run(lesson, initialState(lesson, 1), go(1), go(2), go(3), go(4));
    expect(results.current).toBe(4);
    expect(canGo(lesson, results, 5)).toBe(false);
    expect(reduce(lesson, results, go(5))).toBe(results);
  });

  it('gate on: the empty last section opens the results step at once', () => {
    const lesson = makeLesson({ gating: false });
    const atOutro = run(lesson, initialState(lesson, 1), go(1), go(2), go(3));
    expect(canGo(makeLesson(), atOutro, 4)).toBe(true);
  });

  it('refuses nonsense steps and a move to the step already on screen (same object)', () => {
    const lesson = makeLesson();
    const start = initialState(lesson, 1);
    for (const step of [-1, 0, 0.5, NaN, Infinity, 99]) expect(reduce(lesson, start, go(step))).toBe(start);
  });
});

describe('answer', () => {
  const lesson = makeLesson();
  const start = initialState(lesson, 1);

  it('appends each try, storing multiple-response ids in authored order', () => {
    const s = run(lesson, start, answer(multiple.id, ['d', 'a']), answer(multiple.id, ['c', 'a']));
    expect(s.checks[multiple.id]).toEqual({ tries: [['a', 'd'], ['a', 'c']] });
  });

  it('accepts no try after the check is finished: right, or out of tries', () => {
    const right = run(lesson, start, answer(ordering.id, rightAnswer(ordering)));
    expect(reduce(lesson, right, answer(ordering.id, wrongAnswer(ordering)))).toBe(right);

    const spent = run(lesson, start, answer(matching.id, wrongAnswer(matching)), answer(matching.id, wrongAnswer(matching)));
    expect(spent.checks[matching.id]!.tries).toHaveLength(2);
    expect(reduce(lesson, spent, answer(matching.id, rightAnswer(matching)))).toBe(spent);
  });

  it('refuses unknown checks and partial answers (same object)', () => {
    expect(reduce(lesson, start, answer('no_such_check', ['a']))).toBe(start);
    expect(reduce(lesson, start, answer(ordering.id, ['first', 'second']))).toBe(start);
    expect(reduce(lesson, start, answer(single.id, []))).toBe(start);
    expect(reduce(lesson, start, answer('constructor', ['a']))).toBe(start);
  });

  it('does not keep a reference to the caller’s response array', () => {
    const response = ['fourth', 'third', 'second', 'first'];
    const s = run(lesson, start, answer(ordering.id, response));
    response.reverse();
    expect(s.checks[ordering.id]!.tries[0]).toEqual(['fourth', 'third', 'second', 'first']);
  });
});

describe('lessonReducer', () => {
  it('binds reduce to a lesson (for useReducer)', () => {
    const lesson = makeLesson({ gating: false });
    const start = initialState(lesson, 1);
    expect(lessonReducer(lesson)(start, { type: 'go', step: 1 })).toEqual(reduce(lesson, start, { type: 'go', step: 1 }));
    expect(lessonReducer(lesson)(start, { type: 'go', step: 1 }).current).toBe(1);
  });
});

describe('restart', () => {
  it('clears every answer, the place and the time, with a fresh seed', () => {
    const lesson = makeLesson({ gating: false });
    // Time on task as a resumed attempt holds it (saved by the app's clock, src/app/time-on-task.ts).
    const worked = { ...run(lesson, initialState(lesson, 1), answer(single.id, rightAnswer(single)), go(2)), timeOnTask: 60 };
    expect(run(lesson, worked, { type: 'restart', seed: 7 })).toEqual(initialState(lesson, 7));
  });
});

describe('bookmarks', () => {
  const lesson = makeLesson();

  it('maps steps to section ids or "results" and back', () => {
    expect([0, 1, 2, 3, 4].map((step) => stepId(lesson, step))).toEqual(['intro', 'middle', 'last', 'outro', RESULTS_BOOKMARK]);
    for (let step = 0; step <= 4; step++) expect(stepFromBookmark(lesson, stepId(lesson, step))).toBe(step);
  });

  it('unknown bookmarks give null; out-of-range steps clamp', () => {
    expect(stepFromBookmark(lesson, 'removed_section')).toBeNull();
    expect(stepFromBookmark(lesson, '')).toBeNull();
    expect(stepFromBookmark(lesson, null)).toBeNull();
    expect(stepId(lesson, -2)).toBe('intro');
    expect(stepId(lesson, 99)).toBe(RESULTS_BOOKMARK);
  });
});
