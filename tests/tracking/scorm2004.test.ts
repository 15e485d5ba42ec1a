import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTracker } from '../../src/tracking';
import { allWrong, checks, playLesson, reportOf, T0 } from './fixtures';
import { cleanupFrames, countOf, failures, held, LMS_2004_DEFAULTS, lms2004, settle } from './lms';

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
  vi.useRealTimers();
  cleanupFrames();
});

const LMS_WITH_LEFTOVERS = { ...LMS_2004_DEFAULTS, location: 'terms', suspend_data: 'S|2|right' };
const LMS_2004_PASSED = {
  ...LMS_2004_DEFAULTS,
  location: 'results',
  suspend_data: 'S|6|right',
  completion_status: 'completed',
  success_status: 'passed',
  score: { raw: '100', min: '0', max: '100', scaled: '1' },
};

const tracker2004 = (win: Window) => createTracker({ standard: '2004', lessonId: 'neutrality-pact', win });

describe('SCORM 2004 with a real LMS API on the parent window', () => {
  it('a full pass: statuses, score, progress, objectives, interactions of every type, all calls error 0', async () => {
    const { api, calls, win } = lms2004();
    const tracker = tracker2004(win);
    const launch = await tracker.start();
    expect(launch).toEqual({
      store: 'lms',
      standard: '2004',
      mode: 'normal',
      savedState: null,
      bookmark: null,
      passingScore: 80,
      learnerName: 'Ada Lovelace',
    });
    // exit = suspend right after Initialize, and a fresh attempt is incomplete.
    expect(held(api).exit).toBe('suspend');
    expect(api.cmi.completion_status).toBe('incomplete');

    playLesson(tracker, { context_pacts_signed: 'retry-right' });
    await settle();
    vi.advanceTimersByTime(65_000);
    tracker.finish();

    expect(failures(calls)).toEqual([]);
    expect(api.cmi.completion_status).toBe('completed');
    expect(api.cmi.success_status).toBe('passed');
    expect(api.cmi.score.raw).toBe('100');
    expect(api.cmi.score.min).toBe('0');
    expect(api.cmi.score.max).toBe('100');
    expect(api.cmi.score.scaled).toBe('1');
    expect(api.cmi.progress_measure).toBe('1');
    expect(api.cmi.location).toBe('results');
    expect(api.cmi.suspend_data).toBe(reportOf(6, {}).state.replace(/none/g, 'right'));
    // Finished: the attempt ends normally.
    expect(held(api).exit).toBe('normal');
    expect(held(api).session_time).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
    expect(countOf(calls, 'Terminate')).toBe(1);

    // Score before status.
    const sets = calls.filter((c) => c.fn === 'SetValue').map((c) => c.args[0]);
    expect(sets.indexOf('cmi.score.raw')).toBeLessThan(sets.indexOf('cmi.success_status'));

    // Objectives: Moodle-style pre-filled primary at 0 kept; one per section appended after it.
    const { objectives: held_objectives } = held(api);
    expect(Object.keys(held_objectives)).toHaveLength(6);
    expect(held_objectives[0].id).toBe('neutrality_pact_primary');
    const objectives = [1, 2, 3, 4, 5].map((i) => ({
      id: held_objectives[i].id,
      completion: held_objectives[i].completion_status,
      success: held_objectives[i].success_status,
      raw: held_objectives[i].score.raw,
    }));
    expect(objectives).toEqual([
      { id: 'context', completion: 'completed', success: 'passed', raw: '100' },
      { id: 'terms', completion: 'completed', success: 'passed', raw: '100' },
      { id: 'impact', completion: 'completed', success: 'passed', raw: '100' },
      { id: 'end', completion: 'completed', success: 'passed', raw: '100' },
      // No checks: completed, no success and no score.
      { id: 'legacy', completion: 'completed', success: 'unknown', raw: '' },
    ]);

    // Interactions: one per try, in the spec's format for their type.
    const interactions = Object.values(held(api).interactions).map((i: any) => ({
      id: i.id,
      type: i.type,
      learner: i.learner_response,
      pattern: i.correct_responses[0]?.pattern,
      result: i.result,
      objective: i.objectives[0]?.id,
    }));
    expect(interactions).toEqual([
      { id: 'context_khalkhin_where__t1', type: 'choice', learner: 'a', pattern: 'a', result: 'correct', objective: 'context' },
      { id: 'context_pacts_signed__t1', type: 'choice', learner: 'b', pattern: 'a[,]c', result: 'incorrect', objective: 'context' },
      { id: 'context_pacts_signed__t2', type: 'choice', learner: 'a[,]c', pattern: 'a[,]c', result: 'correct', objective: 'context' },
      { id: 'terms_five_years__t1', type: 'true-false', learner: 'true', pattern: 'true', result: 'correct', objective: 'terms' },
      {
        id: 'impact_order_events__t1',
        type: 'sequencing',
        learner: 'khalkhin_gol[,]tripartite[,]pact_signed',
        pattern: 'khalkhin_gol[,]tripartite[,]pact_signed',
        result: 'correct',
        objective: 'impact',
      },
      {
        id: 'end_match_terms__t1',
        type: 'matching',
        learner: 'manchukuo[.]puppet[,]comintern[.]communist',
        pattern: 'manchukuo[.]puppet[,]comintern[.]communist',
        result: 'correct',
        objective: 'end',
      },
    ]);
    const first = held(api).interactions[0];
    expect(first.description).toBe('Where was the Battle of Khalkhin Gol fought?');
    expect(first.weighting).toBe('1');
    expect(first.latency).toBe('PT4.25S');
    expect(first.timestamp).toBe('2025-01-15T10:15:04.37Z');
  });

  it('a full fail: completed and failed, score 40, failing section objectives', async () => {
    const { api, calls, win } = lms2004();
    const tracker = tracker2004(win);
    await tracker.start();
    playLesson(tracker, { context_pacts_signed: 'wrong', terms_five_years: 'wrong', end_match_terms: 'wrong' });
    await settle();
    tracker.finish();
    expect(failures(calls)).toEqual([]);
    expect(api.cmi.completion_status).toBe('completed');
    expect(api.cmi.success_status).toBe('failed');
    expect(api.cmi.score.raw).toBe('40');
    expect(api.cmi.score.scaled).toBe('0.4');
    const { objectives } = held(api);
    expect(objectives[1]).toMatchObject({ id: 'context', success_status: 'failed', score: { raw: '50', scaled: '0.5' } });
    expect(objectives[3]).toMatchObject({ id: 'impact', success_status: 'passed', score: { raw: '100' } });
    const interactions = Object.values(held(api).interactions) as any[];
    expect(interactions).toHaveLength(8);
    const wrongMatch = interactions.find((i) => i.id === 'end_match_terms__t2')!;
    expect(wrongMatch.learner_response).toBe('manchukuo[.]navy[,]comintern[.]navy');
    expect(wrongMatch.result).toBe('incorrect');
  });

  it('while unfinished: incomplete, exit suspend, progress measured, no score and no success yet', async () => {
    const { api, calls, win } = lms2004();
    const tracker = tracker2004(win);
    await tracker.start();
    playLesson(tracker, {}, { upToSection: 2 });
    await settle();
    expect(failures(calls)).toEqual([]);
    expect(api.cmi.completion_status).toBe('incomplete');
    expect(api.cmi.success_status).toBe('unknown');
    expect(api.cmi.score.raw).toBe('');
    expect(held(api).exit).toBe('suspend');
    expect(api.cmi.progress_measure).toBe('0.5');
    expect(api.cmi.location).toBe('terms');
    expect(api.GetValue('cmi.objectives.3.completion_status')).toBe('not attempted');
  });

  it('leave mid-lesson and relaunch: the same state and bookmark come back; ab-initio ignores them', async () => {
    const first = lms2004();
    const tracker = tracker2004(first.win);
    await tracker.start();
    playLesson(tracker, {}, { upToSection: 2 });
    await settle();
    tracker.finish(); // the page is left (src/app/page-lifecycle.ts)
    expect(failures(first.calls)).toEqual([]);
    expect(countOf(first.calls, 'Terminate')).toBe(1);
    const saved = JSON.parse(first.api.renderCMIToJSONString()).cmi;
    expect(saved.exit).toBe('suspend');
    cleanupFrames();

    // The LMS relaunches with what it stored and entry = resume.
    const second = lms2004({ ...saved, entry: 'resume', exit: undefined, session_time: undefined });
    const again = tracker2004(second.win);
    const launch = await again.start();
    expect(launch.savedState).toBe(saved.suspend_data);
    expect(launch.bookmark).toBe('terms');
    // The learner carries on from section 3; new answers go after the stored interactions.
    const sectionTwoDone = { context_khalkhin_where: 'right', context_pacts_signed: 'right', terms_five_years: 'right' } as const;
    playLesson(again, {}, { fromSection: 3, outcomes: { ...sectionTwoDone } });
    await settle();
    again.finish();
    expect(failures(second.calls)).toEqual([]);
    expect(second.api.cmi.success_status).toBe('passed');
    const ids = Object.values(held(second.api).interactions).map((i: any) => i.id);
    expect(ids).toEqual([
      'context_khalkhin_where__t1',
      'context_pacts_signed__t1',
      'terms_five_years__t1',
      'impact_order_events__t1',
      'end_match_terms__t1',
    ]);
    // The section objectives found again by id, not appended a second time.
    expect(Object.keys(held(second.api).objectives)).toHaveLength(6);
    cleanupFrames();

    // A fresh attempt with leftover data: entry = ab-initio, nothing restored.
    const fresh = lms2004({ ...LMS_WITH_LEFTOVERS, entry: 'ab-initio' });
    const launchFresh = await tracker2004(fresh.win).start();
    expect(launchFresh.savedState).toBeNull();
    expect(launchFresh.bookmark).toBeNull();
    expect(failures(fresh.calls)).toEqual([]);
  });

  it('review mode reads the saved state and writes nothing', async () => {
    const { api, calls, win } = lms2004({ ...LMS_WITH_LEFTOVERS, mode: 'review' });
    const tracker = tracker2004(win);
    const launch = await tracker.start();
    expect(launch.mode).toBe('review');
    expect(launch.savedState).toBe('S|2|right');
    playLesson(tracker, {});
    await settle(120_000);
    tracker.finish();
    expect(countOf(calls, 'SetValue', 'Commit')).toBe(0);
    expect(countOf(calls, 'Initialize', 'Terminate')).toBe(2);
    expect(failures(calls)).toEqual([]);
    expect(api.cmi.interactions.childArray).toHaveLength(0);
  });

  it('browse mode is read-only too', async () => {
    const { calls, win } = lms2004({ ...LMS_WITH_LEFTOVERS, mode: 'browse' });
    const tracker = tracker2004(win);
    expect((await tracker.start()).mode).toBe('browse');
    playLesson(tracker, {});
    tracker.finish();
    expect(countOf(calls, 'SetValue', 'Commit')).toBe(0);
  });

  it("the LMS's passing score overrides the lesson's: scaled 0.65 → 65", async () => {
    const { win } = lms2004({ scaled_passing_score: '0.65' });
    expect((await tracker2004(win).start()).passingScore).toBe(65);
  });

  it('no passing score from the LMS: null (the spec answers 403 for a value never set)', async () => {
    const { calls, win } = lms2004({});
    expect((await tracker2004(win).start()).passingScore).toBeNull();
    expect(failures(calls).map((c) => [c.fn, c.args[0], c.code])).toEqual([
      ['GetValue', 'cmi.scaled_passing_score', '403'],
    ]);
  });

  it('passed is never turned into failed, nor completed into incomplete', async () => {
    const { api, calls, win } = lms2004({ ...LMS_2004_PASSED, entry: 'resume' });
    const tracker = tracker2004(win);
    await tracker.start();
    // A lesson that (for whatever reason) reports a fail and an unfinished state afterwards.
    tracker.report(reportOf(6, allWrong));
    tracker.report(reportOf(2, {}));
    await settle();
    tracker.finish();
    expect(failures(calls)).toEqual([]);
    expect(api.cmi.success_status).toBe('passed');
    expect(api.cmi.completion_status).toBe('completed');
    // Nor is the score that earned it lowered (an LMS judging by score would undo the pass).
    expect(api.cmi.score.raw).toBe('100');
    const statusWrites = calls.filter((c) => c.fn === 'SetValue' && String(c.args[0]).endsWith('status'));
    expect(statusWrites.filter((c) => c.args[1] === 'failed' && c.args[0] === 'cmi.success_status')).toEqual([]);
    expect(statusWrites.filter((c) => c.args[1] === 'incomplete' && c.args[0] === 'cmi.completion_status')).toEqual([]);
  });

  it('each try is recorded once, even if reported twice', async () => {
    const { api, win } = lms2004();
    const tracker = tracker2004(win);
    await tracker.start();
    const answer = { check: checks[2]!, tryIndex: 0, response: ['true'], correct: true, latencySeconds: 1, at: new Date(T0) };
    tracker.recordAnswer(answer);
    tracker.recordAnswer(answer);
    await settle();
    expect(api.cmi.interactions.childArray).toHaveLength(1);
  });

  it('a state over the limit is not sent (the previous one stays) and the lesson goes on', async () => {
    const { api, win } = lms2004();
    const tracker = tracker2004(win);
    const notices: unknown[] = [];
    tracker.subscribe((n) => notices.push(n));
    await tracker.start();
    tracker.report(reportOf(1, {}));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    tracker.report({ ...reportOf(2, {}), state: 'x'.repeat(64001), bookmark: 'b'.repeat(300) });
    await settle();
    expect(api.cmi.suspend_data).toBe(reportOf(1, {}).state);
    expect(api.cmi.location).toBe('context');
    expect(warn).toHaveBeenCalled();
    expect(notices).toContainEqual({ kind: 'saving', store: 'lms', detail: expect.stringContaining('64001') });
  });
});

