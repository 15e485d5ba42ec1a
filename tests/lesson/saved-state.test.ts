// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, initialState, reduce } from '../../src/lesson';
import { makeLesson } from './fixtures';
import { busyState } from './states';

const SAFE = /^[0-9A-Za-z|:,._+-]*$/;

describe('encodeState', () => {
  const lesson = makeLesson({ gating: false });

  it('is short, versioned, checksummed ASCII with nothing an LMS would escape', () => {
    const text = encodeState(lesson, busyState(lesson));
    expect(text.startsWith('N1|1.0.0|')).toBe(true);
    expect(text).toMatch(SAFE);
    expect(text.split('|')).toHaveLength(8);
    expect(text.length).toBeLessThan(120);
  });

  it('a fresh state encodes without answers', () => {
    const text = encodeState(lesson, initialState(lesson, 5));
    expect(text).toMatch(/^N1\|1\.0\.0\|5\|0\|0\|0\|\|[0-9a-z]{4}$/);
  });

  it('sanitises a content version with unsafe characters', () => {
    const odd = { ...lesson, version: '1.0 "beta"|<x>&' };
    expect(encodeState(odd, initialState(odd, 1))).toMatch(SAFE);
  });

  it('encodes true-false as 1/0 and each index as one base-36 character', () => {
    let s = initialState(lesson, 1);
    s = reduce(lesson, s, { type: 'answer', checkId: 'intro_tf', response: ['false'] });
    s = reduce(lesson, s, { type: 'answer', checkId: 'intro_tf', response: ['true'] });
    s = reduce(lesson, s, { type: 'answer', checkId: 'middle_order', response: ['fourth', 'third', 'second', 'first'] });
    const answers = encodeState(lesson, s).split('|')[6]!;
    expect(answers).toMatch(/^intro_tf:[0-9a-z]{3}:0\.1,middle_order:[0-9a-z]{3}:3210$/);
  });
});

describe('decodeState round trip', () => {
  for (const gating of [true, false]) {
    it(`decode(encode(s)) deep-equals s, and encodes to the same string (gating ${gating})`, () => {
      const lesson = makeLesson({ gating });
      const state = busyState(lesson);
      const text = encodeState(lesson, state);
      const decoded = decodeState(lesson, text, 1);
      expect(decoded).toEqual({ state, kept: 4, dropped: [], problem: null, savedVersion: '1.0.0' });
      expect(encodeState(lesson, decoded.state)).toBe(text);
    });
  }

  it('round-trips every reachable step and the fresh state', () => {
    const lesson = makeLesson({ gating: false });
    let s = initialState(lesson, 0);
    for (let step = 0; step <= 4; step++) {
      s = reduce(lesson, s, { type: 'go', step });
      expect(decodeState(lesson, encodeState(lesson, s), 1).state).toEqual(s);
    }
    const back = reduce(lesson, s, { type: 'go', step: 1 });
    expect(decodeState(lesson, encodeState(lesson, back), 1).state).toEqual(back);
  });

  it('null, undefined and empty give a fresh state with the fallback seed and no problem', () => {
    const lesson = makeLesson();
    for (const nothing of [null, undefined, '', '  ']) {
      expect(decodeState(lesson, nothing, 77)).toEqual({
        state: initialState(lesson, 77), kept: 0, dropped: [], problem: null, savedVersion: null,
      });
    }
  });

});
