// @vitest-environment node
/**
 * The learner's written positions after the debates: the writePosition action, how positions are
 * saved and read back, and the real lesson's worst-case saved state with both positions full.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/content';
import type { Lesson, Section } from '../../src/content/model';
import { decodeState, encodeState, initialState, reduce } from '../../src/lesson';
import {
  POSITION_LIMIT,
  escapePosition,
  fitPosition,
  positionDebates,
  positionSize,
  unescapePosition,
} from '../../src/lesson/positions';
import { hashBase36 } from '../../src/lesson/hash';
import { makeLesson, worstCaseState as worstState } from '../../src/testing';

/** The test lesson with a debate that asks for a position, and one that does not. */
function lessonWithDebates(): Lesson {
  const base = makeLesson();
  const debate = (respond?: string) => ({
    kind: 'debate' as const,
    title: 'A debate',
    question: 'Was it a violation?',
    views: [
      { label: 'Yes', who: ['Someone'], argument: 'Because.', evidence: ['Article 1'] },
      { label: 'No', who: ['Someone else'], argument: 'Because not.', evidence: ['The note'] },
    ],
    ...(respond ? { respond } : {}),
  });
  const sections: Section[] = base.sections.map((s, i) =>
    i === 1 ? { ...s, visuals: { 'violation-debate': debate('Where do you stand?'), 'no-position': debate() } } : s,
  );
  return { ...base, sections };
}

describe('writePosition', () => {
  const lesson = lessonWithDebates();
  const fresh = initialState(lesson, 1);

  it('keeps the position on a debate that asks for one, and replaces it when rewritten', () => {
    const one = reduce(lesson, fresh, { type: 'writePosition', debate: 'violation-debate', text: '  Yes, because of Article 1.  ' });
    expect(one.positions).toEqual({ 'violation-debate': 'Yes, because of Article 1.' });
    const two = reduce(lesson, one, { type: 'writePosition', debate: 'violation-debate', text: 'No: the note says why.' });
    expect(two.positions).toEqual({ 'violation-debate': 'No: the note says why.' });
  });

  it('removes the position when the text is emptied', () => {
    const one = reduce(lesson, fresh, { type: 'writePosition', debate: 'violation-debate', text: 'Yes.' });
    expect(reduce(lesson, one, { type: 'writePosition', debate: 'violation-debate', text: '   ' }).positions).toEqual({});
  });

  it('refuses a debate that asks for no position, and an unknown debate (same state back)', () => {
    expect(reduce(lesson, fresh, { type: 'writePosition', debate: 'no-position', text: 'x' })).toBe(fresh);
    expect(reduce(lesson, fresh, { type: 'writePosition', debate: 'nothing', text: 'x' })).toBe(fresh);
  });

  it('cuts text beyond the limit, counting the saved form', () => {
    const long = 'a'.repeat(POSITION_LIMIT + 50);
    const state = reduce(lesson, fresh, { type: 'writePosition', debate: 'violation-debate', text: long });
    expect(state.positions['violation-debate']).toHaveLength(POSITION_LIMIT);
    // An accented letter costs five characters saved, so fewer of them fit.
    const accented = reduce(lesson, fresh, { type: 'writePosition', debate: 'violation-debate', text: 'ō'.repeat(200) });
    expect(positionSize(accented.positions['violation-debate']!)).toBeLessThanOrEqual(POSITION_LIMIT);
    expect(accented.positions['violation-debate']).toBe('ō'.repeat(90));
  });
});

describe('saving positions', () => {
  const lesson = lessonWithDebates();

  it('escapes to plain ASCII and reads back, with typographic punctuation made plain', () => {
    const text = 'Satō’s cable “never arrived” – so | ^ = ~ and\na new line.';
    const saved = escapePosition(text);
    expect(saved).toMatch(/^[A-Za-z0-9 .,;:!?()/'~-]*$/);
    expect(unescapePosition(saved)).toBe('Satō\'s cable "never arrived" - so | ^ = ~ and\na new line.');
    expect(unescapePosition('bad|text')).toBeNull();
    expect(unescapePosition('~12')).toBeNull();
  });

  it('round-trips through saved state with the answers, and drops a position on a debate no longer asked', () => {
    let state = initialState(lesson, 7);
    state = reduce(lesson, state, { type: 'writePosition', debate: 'violation-debate', text: 'Yes: Article 1 says "respect".' });
    const text = encodeState(lesson, state);
    expect(text.split('|')[7]).toBe('violation-debate=Yes: Article 1 says ~0022respect~0022.');
    expect(decodeState(lesson, text, 1)).toMatchObject({ state: { positions: state.positions }, problem: null });

    const without = makeLesson(); // the same lesson without the debate
    expect(decodeState(without, text, 1).state.positions).toEqual({});
  });

  it('still reads state saved before positions existed (format N1)', () => {
    const n1 = encodeState(lesson, initialState(lesson, 3))
      .split('|')
      .slice(0, 7)
      .join('|')
      .replace(/^N2/, 'N1');
    const result = decodeState(lesson, `${n1}|${hashBase36(n1, 4)}`, 1);
    expect(result).toMatchObject({ problem: null, state: { seed: 3, positions: {} } });
  });
});


describe('the real lesson', () => {
  const lesson = loadLesson(resolve(import.meta.dirname, '../..'), 'neutrality-pact');

  it('asks for a position after each of its two debates', () => {
    expect(positionDebates(lesson).map((d) => [d.id, d.sectionId])).toEqual([
      ['violation-debate', 'end'],
      ['surrender-debate', 'legacy'],
    ]);
  });

  it('keeps its worst-case saved state, with both positions at full length, within 2,000 characters', () => {
    let state = worstState(lesson);
    // Full length in saved form: plain text at the limit (escaped text is capped at the same size).
    const full = 'w'.repeat(POSITION_LIMIT);
    for (const { id } of positionDebates(lesson)) state = reduce(lesson, state, { type: 'writePosition', debate: id, text: full });
    const text = encodeState(lesson, state);
    console.log(`real lesson worst-case suspend_data, both positions at ${POSITION_LIMIT} characters: ${text.length} characters`);
    expect(text.length).toBeLessThanOrEqual(2000);
    const back = decodeState(lesson, text, 1);
    expect(back.problem).toBeNull();
    expect(back.state.positions).toEqual(state.positions);
    expect(back.kept).toBe(Object.keys(state.checks).length);
  });

  it('an escaped position can never be bigger than a plain one', () => {
    expect(positionSize(fitPosition('ō'.repeat(1000)))).toBeLessThanOrEqual(POSITION_LIMIT);
    expect(positionSize(fitPosition('😀'.repeat(1000)))).toBeLessThanOrEqual(POSITION_LIMIT);
  });
});
