// @vitest-environment node
/**
 * Each version's status policy, as tables: what the LMS should hold for the lesson and for a
 * section's objective, from the lesson's own scores. Pure functions, no LMS.
 */
import { describe, expect, it } from 'vitest';
import type { LessonScore, SectionScore } from '../../src/lesson/types';
import { lessonStatus12, scorm12, sectionStatus12 } from '../../src/tracking/scorm12-profile';
import { lessonStanding2004, scorm2004, sectionStanding2004 } from '../../src/tracking/scorm2004-profile';
import { settle } from '../../src/tracking/adapter';

const section = (over: Partial<SectionScore>): SectionScore => ({
  sectionId: 's',
  checks: 2,
  finished: 0,
  correct: 0,
  percent: 0,
  visited: false,
  complete: false,
  ...over,
});

const lesson = (over: Partial<LessonScore>): LessonScore => ({
  totalChecks: 4,
  finishedChecks: 0,
  correctChecks: 0,
  percent: 0,
  passingScore: 80,
  complete: false,
  passed: undefined,
  progress: 0,
  sections: [],
  ...over,
});

describe('SCORM 1.2: one lesson_status, shaped by what Moodle does at LMSFinish', () => {
  it.each([
    ['not complete (a partial score is never a fail)', lesson({ percent: 60 }), 'incomplete', false],
    ['complete, no passing rule', lesson({ complete: true, percent: 50 }), 'completed', true],
    ['complete, passed', lesson({ complete: true, percent: 80, passed: true }), 'passed', true],
    ['complete, failed', lesson({ complete: true, percent: 60, passed: false }), 'failed', true],
  ])('lesson %s → %s, scored %s', (_, score, status, scored) => {
    expect(lessonStatus12(score)).toBe(status);
    expect(scorm12.lessonStanding(score)).toEqual({ statuses: [['lesson_status', status]], success: 'lesson_status', scored, progress: null });
  });

  it.each([
    ['not visited', section({}), 'not attempted', false],
    ['visited, checks open', section({ visited: true, finished: 1 }), 'incomplete', false],
    ['complete at the passing score', section({ visited: true, complete: true, finished: 2, percent: 80 }), 'passed', true],
    ['complete below it', section({ visited: true, complete: true, finished: 2, percent: 50 }), 'failed', true],
    ['complete with no checks', section({ visited: true, complete: true, checks: 0, percent: 100 }), 'completed', false],
  ])('section %s → %s, scored %s', (_, s, status, scored) => {
    expect(sectionStatus12(s, 80)).toBe(status);
    expect(scorm12.sectionStanding(s, 80)).toMatchObject({ statuses: [['status', status]], scored });
  });
});

describe('SCORM 2004: completion and success apart', () => {
  it.each([
    ['not complete', lesson({ percent: 60, progress: 0.5 }), [['completion_status', 'incomplete']], false],
    ['complete, no passing rule', lesson({ complete: true, progress: 1 }), [['completion_status', 'completed']], true],
    ['complete, passed', lesson({ complete: true, passed: true, progress: 1 }), [['completion_status', 'completed'], ['success_status', 'passed']], true],
    ['complete, failed', lesson({ complete: true, passed: false, progress: 1 }), [['completion_status', 'completed'], ['success_status', 'failed']], true],
  ])('lesson %s', (_, score, statuses, scored) => {
    expect(lessonStanding2004(score)).toEqual({ statuses, success: 'success_status', scored, progress: score.progress });
  });

  it.each([
    ['not visited', section({}), [['completion_status', 'not attempted']], false, 0],
    ['visited, one of two finished', section({ visited: true, finished: 1 }), [['completion_status', 'incomplete']], false, 0.5],
    ['complete at the passing score', section({ visited: true, complete: true, finished: 2, percent: 80 }), [['completion_status', 'completed'], ['success_status', 'passed']], true, 1],
    ['complete below it', section({ visited: true, complete: true, finished: 2, percent: 50 }), [['completion_status', 'completed'], ['success_status', 'failed']], true, 1],
    ['visited, no checks', section({ visited: true, complete: true, checks: 0 }), [['completion_status', 'completed']], false, 1],
    ['not visited, no checks', section({ checks: 0 }), [['completion_status', 'not attempted']], false, 0],
  ])('section %s', (_, s, statuses, scored, progress) => {
    expect(sectionStanding2004(s, 80)).toEqual({ statuses, success: 'success_status', scored, progress });
  });
});

describe('what both versions share', () => {
  it.each([
    [undefined, 'incomplete', 'incomplete'],
    ['passed', 'failed', 'passed'],
    ['passed', 'incomplete', 'passed'],
    ['failed', 'passed', 'passed'],
    ['completed', 'incomplete', 'completed'],
    ['failed', 'incomplete', 'failed'],
    ['incomplete', 'completed', 'completed'],
    ['not attempted', 'incomplete', 'incomplete'],
  ])('a held %s, then %s → %s (a pass is never undone, a final status never goes back)', (held, next, written) => {
    expect(settle(held, next)).toBe(written);
  });

  it('each version says "wrong" in its own word, and scores in its own fields', () => {
    expect([scorm12.interactions.wrong, scorm2004.interactions.wrong]).toEqual(['wrong', 'incorrect']);
    expect(scorm12.scoreValues(87.5)).toEqual([['min', '0'], ['max', '100'], ['raw', '87.5']]);
    expect(scorm2004.scoreValues(87.5)).toEqual([['min', '0'], ['max', '100'], ['raw', '87.5'], ['scaled', '0.875']]);
    expect([scorm12.passingPercent(80), scorm2004.passingPercent(0.7)]).toEqual([80, 70]);
  });
});
