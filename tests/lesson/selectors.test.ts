import { describe, expect, it } from 'vitest';
import { checkProgress, currentStep, initialState, isReached, lastTry, outcomeOf, reduce, triesAt } from '../../src/lesson';
import { makeLesson, single } from './fixtures';

describe('selectors', () => {
  const lesson = makeLesson();
  const start = initialState(lesson, 1);

  it('an id that names an Object.prototype member finds nothing, not the member', () => {
    for (const id of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(checkProgress(start, id)).toBeUndefined();
      expect(triesAt(start, id)).toEqual([]);
      expect(lastTry(start, id)).toBeUndefined();
    }
  });

  it('read tries, outcome and place from the state', () => {
    const once = reduce(lesson, start, { type: 'answer', checkId: single.id, response: ['a'] });
    const twice = reduce(lesson, once, { type: 'answer', checkId: single.id, response: ['b'] });
    expect(triesAt(twice, single.id)).toEqual([['a'], ['b']]);
    expect(lastTry(twice, single.id)).toEqual(['b']);
    expect(outcomeOf(lesson, twice, single)).toMatchObject({ status: 'correct', triesUsed: 2 });
    expect(outcomeOf(lesson, start, single).status).toBe('unanswered');
    expect(currentStep(start)).toBe(0);
    expect([isReached(start, 0), isReached(start, 1)]).toEqual([true, false]);
  });
});
