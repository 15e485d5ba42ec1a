// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Lesson, Section } from '../../src/content/model';
import { decodeState, encodeState, initialState, mulberry32 } from '../../src/lesson';
import { bigLesson, makeLesson, matching, multiple, ordering, single } from './fixtures';
import { hashBase36 } from '../../src/lesson/hash';
import { expectValid } from './invariants';
import { busyState, worstState } from './states';

const withChecksum = (body: string) => `${body}|${hashBase36(body, 4)}`;

describe('damaged saved data decodes without throwing, to a valid state', () => {
  const lesson = bigLesson();
  const saved = worstState(lesson);
  const text = encodeState(lesson, saved);

  it('truncated at every length: a fresh state (fallback seed) and the reason, never half the data', () => {
    // Half-trusting is unsafe: a multiple-response try "0134" cut to "013" still reads as a valid answer.
    for (let cut = 1; cut < text.length; cut++) {
      const result = decodeState(lesson, text.slice(0, cut), 5);
      expect(result.state).toEqual(initialState(lesson, 5));
      expect(result).toMatchObject({ kept: 0, dropped: [], savedVersion: null });
      expect(result.problem).toMatch(cut === 1 ? /format/ : /cut short/); // "N" is not even the tag
    }
    expect(decodeState(lesson, text, 5)).toMatchObject({ kept: 25, problem: null, state: saved });
  });

  it('random garbage', () => {
    const random = mulberry32(2024);
    const alphabet = 'N1|:,.0123456789abcdefghijklmnopqrstuvwxyzABCXYZ_-+<&"\n ';
    for (let i = 0; i < 2000; i++) {
      const length = Math.floor(random() * 80);
      let junk = i % 2 === 0 ? 'N1|' : '';
      for (let j = 0; j < length; j++) junk += alphabet[Math.floor(random() * alphabet.length)];
      const result = decodeState(lesson, junk, 5);
      expectValid(lesson, result.state);
      if (junk.trim() !== '') expect(result.problem).not.toBeNull();
    }
  });

  it('a real encoding with characters changed: the checksum catches it', () => {
    const random = mulberry32(7);
    const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz|:,.';
    let tried = 0;
    let caught = 0;
    for (let i = 0; i < 1000; i++) {
      const chars = [...text];
      const at = Math.floor(random() * chars.length);
      const replacement = alphabet[Math.floor(random() * alphabet.length)]!;
      if (chars[at] === replacement) continue;
      chars[at] = replacement;
      tried++;
      const result = decodeState(lesson, chars.join(''), 5);
      expectValid(lesson, result.state);
      if (result.problem !== null) caught++;
    }
    expect(caught).toBe(tried); // a 4-character checksum misses about 1 in 1.7 million
  });

  it('hand-edited data with a recomputed checksum: every answer that no longer fits is dropped, the rest kept', () => {
    const random = mulberry32(11);
    const body = text.slice(0, text.lastIndexOf('|'));
    const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz:,._';
    for (let i = 0; i < 3000; i++) {
      const chars = [...body];
      for (let k = 0; k < 1 + (i % 4); k++) {
        chars[Math.floor(random() * chars.length)] = alphabet[Math.floor(random() * alphabet.length)]!;
      }
      const result = decodeState(lesson, withChecksum(chars.join('')), 5);
      expectValid(lesson, result.state);
      expect(result.kept).toBe(Object.keys(result.state.checks).length);
    }
  });

  it('unknown format versions and foreign data give a fresh state and a reason', () => {
    for (const foreign of ['N2|1.0.0|1|0|0|0||abcd', 'N10|x', '{"cmi":"x"}', 'lesson_status=incomplete', '|||||||']) {
      const result = decodeState(lesson, foreign, 5);
      expect(result.state).toEqual(initialState(lesson, 5));
      expect(result.kept).toBe(0);
      expect(result.problem).toEqual(expect.any(String));
    }
    expect(decodeState(lesson, 'N2|1.0.0', 5).problem).toMatch(/format N2/);
  });

  it('a header its checksum vouches for but that makes no sense still gives a fresh state', () => {
    const result = decodeState(lesson, withChecksum('N1|12.34.56|zzzzzzzzzzzz|0|0|0|'), 5);
    expect(result).toMatchObject({ kept: 0, state: initialState(lesson, 5), problem: expect.stringMatching(/header/) });
  });

  it('steps out of range and current beyond furthest are clamped; repeated entries keep the first', () => {
    const answers = text.split('|')[6]!.split(',');
    const first = answers[0]!; // the single-choice check, two wrong tries: "<id>:<fp>:0.0"
    const rightLater = first.replace(/:0\.0$/, ':1'); // the same check, right at once
    const body = ['N1', '12.34.56', '5', 'z', '3', '0', [first, rightLater, answers[1]].join(',')].join('|');
    const result = decodeState(lesson, withChecksum(body), 9);
    expectValid(lesson, result.state);
    expect(result).toMatchObject({ kept: 2, dropped: [], problem: null, state: { seed: 5, current: 3, furthest: 3 } });
    expect(result.state.checks[first.split(':')[0]!]).toEqual(saved.checks[first.split(':')[0]!]);
  });
});

describe('saved against other content', () => {
  const v1 = makeLesson({ gating: false }, '1.0.0');
  const saved = { ...busyState(v1), current: 4, furthest: 4 };
  const text = encodeState(v1, saved);
  // busyState answered: intro_single (right), intro_tf (wrong, right), middle_multi (out of tries), middle_order (retry).

  function v2(edit: (sections: Section[]) => Section[], settings = {}): Lesson {
    const base = makeLesson({ gating: false, ...settings }, '1.1.0');
    return { ...base, sections: edit([...base.sections]) };
  }

  it('keeps answers whose check is unchanged, drops removed and changed checks, lists them', () => {
    const lesson = v2((sections) => [
      { ...sections[0]!, checks: [single] }, // intro_tf removed
      { ...sections[1]!, checks: [{ ...multiple, options: [...multiple.options].reverse() }, ordering] }, // options moved
      ...sections.slice(2),
    ]);
    const result = decodeState(lesson, text, 5);
    expectValid(lesson, result.state);
    expect(result).toMatchObject({ kept: 2, problem: null, savedVersion: '1.0.0' });
    expect([...result.dropped].sort()).toEqual(['intro_tf', 'middle_multi']);
    expect(Object.keys(result.state.checks).sort()).toEqual(['intro_single', 'middle_order']);
    expect(result.state.checks.intro_single).toEqual(saved.checks.intro_single);
    expect(result.state).toMatchObject({ seed: saved.seed, timeOnTask: 4321 });
    expect(encodeState(lesson, result.state).split('|')[1]).toBe('1.1.0'); // saved again as the new version
  });

  it('a changed answer key drops the check; changed wording keeps it', () => {
    const rekeyed = v2((s) => [{ ...s[0]!, checks: [{ ...single, correct: 'c' }, s[0]!.checks[1]!] }, ...s.slice(1)]);
    expect(decodeState(rekeyed, text, 5).dropped).toEqual(['intro_single']);
    const reworded = v2((s) => [{ ...s[0]!, checks: [{ ...single, prompt: 'Better words?', explanation: 'Clearer.' }, s[0]!.checks[1]!] }, ...s.slice(1)]);
    expect(decodeState(reworded, text, 5)).toMatchObject({ kept: 4, dropped: [] });
  });

  it('clips tries to a lowered maxTries, finishing the check', () => {
    const lesson = v2((s) => [{ ...s[0]!, checks: [single, { ...s[0]!.checks[1]!, maxTries: 1 }] }, ...s.slice(1)]);
    const result = decodeState(lesson, text, 5);
    expectValid(lesson, result.state);
    expect(result.state.checks.intro_tf!.tries).toEqual([saved.checks.intro_tf!.tries[0]]);
    expect(result.dropped).toEqual([]);
  });

  it('clamps current and furthest when sections were removed', () => {
    const lesson = v2((s) => s.slice(0, 2)); // matching section and outro gone: results is now step 2
    const result = decodeState(lesson, text, 5);
    expectValid(lesson, result.state);
    expect(result.state).toMatchObject({ current: 2, furthest: 2 });
  });

  it('never keeps a try after a right one, even if the key changed under the saved tries', () => {
    // middle_order was saved as one wrong (reversed) try; make the reversed order the key. The saved
    // fingerprint then no longer matches, so the answer goes rather than being regraded.
    const lesson = v2((s) => [s[0]!, { ...s[1]!, checks: [multiple, { ...ordering, items: [...ordering.items].reverse() }] }, ...s.slice(2)]);
    const result = decodeState(lesson, text, 5);
    expectValid(lesson, result.state);
    expect(result.dropped).toEqual(['middle_order']);
  });

  it('a check added since simply has no answer', () => {
    const extra = { ...matching, id: 'last_match_two' };
    const lesson = v2((s) => [...s.slice(0, 2), { ...s[2]!, checks: [matching, extra] }, s[3]!]);
    const result = decodeState(lesson, text, 5);
    expectValid(lesson, result.state);
    expect(result).toMatchObject({ kept: 4, dropped: [] });
  });
});
