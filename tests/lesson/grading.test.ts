// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { correctResponse, isComplete, isCorrect, normalizeResponse } from '../../src/lesson';
import { matching, multiple, ordering, rightAnswer, single, trueFalse, wrongAnswer } from '../../src/testing';

describe('isCorrect', () => {
  it('single-choice: only the one correct id', () => {
    expect(isCorrect(single, ['b'])).toBe(true);
    expect(isCorrect(single, ['a'])).toBe(false);
    expect(isCorrect(single, ['b', 'b'])).toBe(false);
    expect(isCorrect(single, [])).toBe(false);
  });

  it('multiple-response: exactly the correct set, in any order', () => {
    expect(isCorrect(multiple, ['a', 'c'])).toBe(true);
    expect(isCorrect(multiple, ['c', 'a'])).toBe(true);
    expect(isCorrect(multiple, ['a'])).toBe(false);
    expect(isCorrect(multiple, ['a', 'c', 'd'])).toBe(false);
    expect(isCorrect(multiple, ['a', 'a'])).toBe(false);
    expect(isCorrect(multiple, ['a', 'c', 'a'])).toBe(false);
  });

  it('true-false: the literal "true" or "false"', () => {
    expect(isCorrect(trueFalse, ['true'])).toBe(true);
    expect(isCorrect(trueFalse, ['false'])).toBe(false);
    expect(isCorrect({ ...trueFalse, correct: false }, ['false'])).toBe(true);
  });

  it('ordering: the items in authored order', () => {
    expect(isCorrect(ordering, ['first', 'second', 'third', 'fourth'])).toBe(true);
    expect(isCorrect(ordering, ['second', 'first', 'third', 'fourth'])).toBe(false);
    expect(isCorrect(ordering, ['first', 'second', 'third'])).toBe(false);
  });

  it('matching: each pair’s own right-hand id', () => {
    expect(isCorrect(matching, ['japan', 'ussr', 'mongolia'])).toBe(true);
    expect(isCorrect(matching, ['japan', 'mongolia', 'ussr'])).toBe(false);
    expect(isCorrect(matching, ['japan', 'ussr', 'china'])).toBe(false);
  });

  it('fixture answers: right is right and wrong is wrong for every type', () => {
    for (const check of [single, multiple, trueFalse, ordering, matching]) {
      expect(isCorrect(check, rightAnswer(check))).toBe(true);
      expect(isCorrect(check, wrongAnswer(check))).toBe(false);
    }
  });
});

describe('isComplete', () => {
  it('single-choice: one id that is an option', () => {
    expect(isComplete(single, ['a'])).toBe(true);
    expect(isComplete(single, [])).toBe(false);
    expect(isComplete(single, ['z'])).toBe(false);
    expect(isComplete(single, ['a', 'b'])).toBe(false);
  });

  it('multiple-response: one or more distinct options', () => {
    expect(isComplete(multiple, ['d'])).toBe(true);
    expect(isComplete(multiple, ['a', 'b', 'c', 'd'])).toBe(true);
    expect(isComplete(multiple, [])).toBe(false);
    expect(isComplete(multiple, ['a', 'z'])).toBe(false);
    expect(isComplete(multiple, ['a', 'a'])).toBe(false);
  });

  it('true-false: exactly "true" or "false"', () => {
    expect(isComplete(trueFalse, ['false'])).toBe(true);
    expect(isComplete(trueFalse, ['yes'])).toBe(false);
    expect(isComplete(trueFalse, ['true', 'false'])).toBe(false);
  });

  it('ordering: a permutation of every item', () => {
    expect(isComplete(ordering, ['fourth', 'third', 'second', 'first'])).toBe(true);
    expect(isComplete(ordering, ['first', 'second', 'third'])).toBe(false);
    expect(isComplete(ordering, ['first', 'first', 'third', 'fourth'])).toBe(false);
    expect(isComplete(ordering, ['first', 'second', 'third', 'fifth'])).toBe(false);
  });

  it('matching: one right-hand or distractor id per pair (repeats allowed, they are just wrong)', () => {
    expect(isComplete(matching, ['china', 'ussr', 'japan'])).toBe(true);
    expect(isComplete(matching, ['japan', 'japan', 'japan'])).toBe(true);
    expect(isComplete(matching, ['japan', 'ussr'])).toBe(false);
    expect(isComplete(matching, ['japan', 'ussr', 'tokyo'])).toBe(false);
  });
});

describe('normalizeResponse', () => {
  it('puts multiple-response ids in authored order and copies everything else as is', () => {
    expect(normalizeResponse(multiple, ['d', 'a', 'c'])).toEqual(['a', 'c', 'd']);
    const order = ['second', 'first', 'third', 'fourth'];
    const out = normalizeResponse(ordering, order);
    expect(out).toEqual(order);
    expect(out).not.toBe(order);
  });
});

describe('correctResponse', () => {
  it('is graded correct for every check type, in authored order', () => {
    for (const check of [single, trueFalse, multiple, ordering, matching]) {
      expect(isCorrect(check, correctResponse(check))).toBe(true);
    }
    expect(correctResponse(multiple)).toEqual(['a', 'c']);
    expect(correctResponse(matching)).toEqual(['japan', 'ussr', 'mongolia']);
  });
});
