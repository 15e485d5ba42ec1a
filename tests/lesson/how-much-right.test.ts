// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { howMuchRight, optionMark, rowsRight } from '../../src/lesson';
import { matching, multiple, ordering, rightAnswer, single, trueFalse, wrongAnswer } from '../../src/testing';

describe('how much of a try was right', () => {
  it('matching: counts the left items given their right match', () => {
    // tokyo→japan right, moscow→mongolia wrong, ulaanbaatar→ussr wrong
    expect(howMuchRight(matching, ['japan', 'mongolia', 'ussr'])).toEqual({ kind: 'matched', right: 1, total: 3 });
    expect(howMuchRight(matching, ['china', 'ussr', 'mongolia'])).toEqual({ kind: 'matched', right: 2, total: 3 });
    expect(howMuchRight(matching, rightAnswer(matching))).toEqual({ kind: 'matched', right: 3, total: 3 });
    // The same target picked twice is right once at most.
    expect(howMuchRight(matching, ['japan', 'japan', 'japan'])).toEqual({ kind: 'matched', right: 1, total: 3 });
  });

  it('ordering: counts the items in their right position', () => {
    expect(howMuchRight(ordering, ['second', 'first', 'third', 'fourth'])).toEqual({ kind: 'in-place', right: 2, total: 4 });
    expect(howMuchRight(ordering, wrongAnswer(ordering))).toEqual({ kind: 'in-place', right: 0, total: 4 });
    // Shifted by one: every item is in the right relative order but none in its place.
    expect(howMuchRight(ordering, ['fourth', 'first', 'second', 'third'])).toEqual({ kind: 'in-place', right: 0, total: 4 });
  });

  it('multiple response: right choices of those to choose, and wrong ones chosen', () => {
    // correct: a, c
    expect(howMuchRight(multiple, ['a', 'b'])).toEqual({ kind: 'choices', right: 1, total: 2, wrong: 1 });
    expect(howMuchRight(multiple, ['a', 'b', 'c', 'd'])).toEqual({ kind: 'choices', right: 2, total: 2, wrong: 2 });
    expect(howMuchRight(multiple, ['c'])).toEqual({ kind: 'choices', right: 1, total: 2, wrong: 0 });
    expect(howMuchRight(multiple, ['b', 'd'])).toEqual({ kind: 'choices', right: 0, total: 2, wrong: 2 });
  });

  it('single choice and true/false have no parts to count', () => {
    expect(howMuchRight(single, ['a'])).toBeNull();
    expect(howMuchRight(trueFalse, ['false'])).toBeNull();
  });
});

describe('marks once the answer is shown', () => {
  it('ordering and matching: one mark per row', () => {
    expect(rowsRight(ordering, ['second', 'first', 'third', 'fourth'])).toEqual([false, false, true, true]);
    expect(rowsRight(matching, ['japan', 'mongolia', 'ussr'])).toEqual([true, false, false]);
    expect(rowsRight(single, ['a'])).toEqual([]);
  });

  it('options: chosen or not, right or not', () => {
    expect(optionMark(multiple, ['a', 'b'], 'a')).toEqual({ chosen: true, correct: true });
    expect(optionMark(multiple, ['a', 'b'], 'b')).toEqual({ chosen: true, correct: false });
    expect(optionMark(multiple, ['a', 'b'], 'c')).toEqual({ chosen: false, correct: true });
    expect(optionMark(multiple, ['a', 'b'], 'd')).toEqual({ chosen: false, correct: false });
    expect(optionMark(trueFalse, ['false'], 'true')).toEqual({ chosen: false, correct: true });
  });
});
