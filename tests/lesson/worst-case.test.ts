// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { allChecks, decodeState, encodeState, lessonScore } from '../../src/lesson';
import { bigLesson, worstCaseState } from '../../src/testing';

describe('worst-case saved size', () => {
  const lesson = bigLesson(5, 5, 2);
  const state = worstCaseState(lesson);

  it('the fixture is shaped like the real lesson', () => {
    const checks = allChecks(lesson);
    expect(checks).toHaveLength(25);
    expect(new Set(checks.map((c) => c.type)).size).toBe(5);
    expect(checks.every((c) => c.id.length === 25)).toBe(true);
    expect(new Set(checks.map((c) => c.id)).size).toBe(25);
    // Every check answered wrong on both tries and every step visited: the state is as big as it gets.
    expect(Object.values(state.checks).every((p) => p.tries.length === 2)).toBe(true);
    expect(lessonScore(lesson, state)).toMatchObject({ complete: true, percent: 0, passed: false });
    expect(state.current).toBe(5);
  });

  it('25 checks × 2 wrong tries encode in well under 2,000 characters (SCORM 1.2 keeps 4,096)', () => {
    const text = encodeState(lesson, state);
    console.log(`worst-case suspend_data (5 sections × 5 checks, 2 wrong tries each): ${text.length} characters`);
    expect(text.length).toBeLessThan(2000);
    expect(decodeState(lesson, text, 1)).toMatchObject({ state, kept: 25, problem: null });
  });

  it('even with 3 tries per check and twice the checks it stays under 4,096', () => {
    const doubled = bigLesson(5, 10, 3);
    const text = encodeState(doubled, worstCaseState(doubled));
    console.log(`stress suspend_data (50 checks, 3 wrong tries each): ${text.length} characters`);
    expect(text.length).toBeLessThan(4096);
  });
});
