// @vitest-environment node
/** What the panel shows, from the data model the LMS holds. */
import { describe, expect, it } from 'vitest';
import type { CmiJson } from '../../scorm/preview/src/cmi.ts';
import { planLaunch } from '../../scorm/preview/src/launch.ts';
import { freshRecord } from '../../scorm/preview/src/record.ts';
import { panelView } from '../../scorm/preview/src/view.ts';

const now = new Date('2025-01-15T10:00:00Z');
const manifest = { identifier: 'p', title: 'T', masteryScore: '80', scaledPassingScore: '0.8', primaryObjectiveId: 'p' };

describe('panel view', () => {
  it('shows 2004 interactions with question, answer, correct answer and result', () => {
    const cmi: CmiJson = {
      cmi: {
        completion_status: 'completed',
        success_status: 'passed',
        scaled_passing_score: '0.8',
        score: { scaled: '0.6', raw: '6', min: '0', max: '10' },
        suspend_data: 'x'.repeat(5000),
        interactions: {
          '0': { id: 'q1', type: 'choice', description: 'Who signed?', learner_response: 'a', result: 'incorrect', correct_responses: { '0': { pattern: 'b' } } },
        },
      },
    };
    const view = panelView('2004', cmi, 'PT1M', 'PT2M');
    expect(view.interactions).toEqual([
      { id: 'q1', question: 'Who signed?', type: 'choice', answer: 'a', correct: 'b', result: 'incorrect', time: '—' },
    ]);
    expect(view.suspendLength).toBe(5000);
    // The LMS decides success from the score once the manifest sets a passing score.
    expect(view.status.find(([k]) => k === 'Success status')?.[1]).toMatch(/^failed \(decided from score\.scaled/);
    expect(view.time).toEqual([
      ['Session time (sent by the lesson)', '—'],
      ['Total time before this session', 'PT1M'],
      ['Total time with this session', 'PT2M'],
    ]);
  });

  it('marks the 2004 primary objective, whose status is the lesson’s own', () => {
    const cmi: CmiJson = { cmi: { objectives: { '0': { id: 'p', success_status: 'unknown' }, '1': { id: 'context', completion_status: 'completed', success_status: 'passed' } } } };
    expect(panelView('2004', cmi, '', '', 'p').objectives.map((o) => o.status)).toEqual([
      'unknown, unknown (the primary objective: its status is the lesson’s own, in the summary)',
      'completed, passed',
    ]);
  });

  it('shows 1.2 status, score and interactions', () => {
    const cmi: CmiJson = {
      cmi: {
        core: { lesson_status: 'passed', score: { raw: '90', min: '0', max: '100' }, session_time: '00:01:00' },
        interactions: { '0': { id: 'q1', type: 'choice', student_response: 'a', result: 'wrong', correct_responses: {} } },
      },
    };
    const view = panelView('1.2', cmi, '', '00:01:00');
    expect(view.status[0]).toEqual(['Lesson status', 'passed']);
    expect(view.interactions[0]).toMatchObject({ id: 'q1', answer: 'a', result: 'wrong', correct: '—' });
  });
});

describe('launch plan', () => {
  it('gives the SCO the LMS values from the manifest', () => {
    const plan = planLaunch('2004', freshRecord(), manifest, 'normal', now);
    expect(plan.load).toEqual({
      cmi: {
        learner_id: 'preview-learner',
        learner_name: 'Learner, Preview',
        mode: 'normal',
        credit: 'credit',
        entry: 'ab-initio',
        scaled_passing_score: '0.8',
        objectives: { '0': { id: 'p' } },
      },
    });
    const plan12 = planLaunch('1.2', freshRecord(), manifest, 'review', now);
    expect(plan12.load).toMatchObject({ cmi: { core: { lesson_mode: 'review', credit: 'no-credit' }, student_data: { mastery_score: '80' } } });
  });

  it('keeps 1.2 data after a normal exit, with entry ""', () => {
    const record = { ...freshRecord(), cmi: { cmi: { core: { exit: '', lesson_status: 'completed' }, suspend_data: 's' } } };
    const plan = planLaunch('1.2', record, manifest, 'normal', now);
    expect(plan.entry).toBe('');
    expect(plan.record.attempt).toBe(1);
    expect(plan.load).toMatchObject({ cmi: { suspend_data: 's', core: { lesson_status: 'completed' } } });
  });
});
