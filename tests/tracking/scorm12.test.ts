import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTracker } from '../../src/tracking';
import { time12 } from '../../src/tracking/formats';
import { allWrong, playLesson, reportOf, T0 } from './fixtures';
import { cleanupFrames, countOf, failures, held, LMS_12_DEFAULTS, lms12, settle } from './lms';

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
  vi.useRealTimers();
  cleanupFrames();
});

const tracker12 = (win: Window) => createTracker({ standard: '1.2', lessonId: 'neutrality-pact', win });

const withSaved = (core: Record<string, string>, suspend_data = 'S|2|right') => ({
  ...LMS_12_DEFAULTS,
  core: { ...LMS_12_DEFAULTS.core, lesson_location: 'terms', ...core },
  suspend_data,
});

describe('SCORM 1.2 with a real LMS API on the parent window', () => {
  it('a full pass: passed, score, objectives, interactions in 1.2 format, all calls error 0', async () => {
    const { api, calls, win } = lms12();
    const tracker = tracker12(win);
    expect(await tracker.start()).toEqual({
      store: 'lms',
      standard: '1.2',
      mode: 'normal',
      savedState: null,
      bookmark: null,
      passingScore: 80,
      learnerName: 'Lovelace, Ada',
    });
    // Right after Initialize: incomplete (Moodle stores a status-less SCO as completed), exit suspend.
    expect(api.cmi.core.lesson_status).toBe('incomplete');
    expect(held(api).core.exit).toBe('suspend');

    playLesson(tracker, { context_pacts_signed: 'retry-right', impact_order_events: 'retry-right' });
    await settle();
    vi.advanceTimersByTime(3_725_000);
    tracker.finish();

    expect(failures(calls)).toEqual([]);
    const cmi = held(api);
    expect(cmi.core.lesson_status).toBe('passed');
    expect(cmi.core.score).toEqual({ raw: '100', min: '0', max: '100' });
    expect(cmi.core.lesson_location).toBe('results');
    // The attempt is over: exit "" (Moodle refuses "normal").
    expect(cmi.core.exit).toBe('');
    expect(cmi.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    const sessionTimes = calls.filter((c) => c.fn === 'LMSSetValue' && c.args[0] === 'cmi.core.session_time');
    expect(sessionTimes.at(-1)!.args[1]).toMatch(/^01:02:0\d\.\d\d$/);
    expect(countOf(calls, 'LMSFinish')).toBe(1);

    // Score before status.
    const sets = calls.filter((c) => c.fn === 'LMSSetValue').map((c) => c.args);
    const rawAt = sets.findIndex(([e]) => e === 'cmi.core.score.raw');
    const passedAt = sets.findIndex(([e, v]) => e === 'cmi.core.lesson_status' && v === 'passed');
    expect(rawAt).toBeGreaterThan(-1);
    expect(rawAt).toBeLessThan(passedAt);

    expect(Object.values(cmi.objectives).map((o: any) => [o.id, o.status, o.score.raw])).toEqual([
      ['context', 'passed', '100'],
      ['terms', 'passed', '100'],
      ['impact', 'passed', '100'],
      ['end', 'passed', '100'],
      ['legacy', 'completed', ''],
    ]);

    const interactions = Object.values(cmi.interactions).map((i: any) => [
      i.id,
      i.type,
      i.student_response,
      i.correct_responses[0].pattern,
      i.result,
    ]);
    expect(interactions).toEqual([
      ['context_khalkhin_where__t1', 'choice', 'a', 'a', 'correct'],
      ['context_pacts_signed__t1', 'choice', 'b', 'a,c', 'wrong'],
      ['context_pacts_signed__t2', 'choice', 'a,c', 'a,c', 'correct'],
      ['terms_five_years__t1', 'true-false', 't', 't', 'correct'],
      ['impact_order_events__t1', 'sequencing', 'c,b,a', 'a,b,c', 'wrong'],
      ['impact_order_events__t2', 'sequencing', 'a,b,c', 'a,b,c', 'correct'],
      ['end_match_terms__t1', 'matching', '1.a,2.b', '1.a,2.b', 'correct'],
    ]);
    // scorm-again keeps CMITimespan without the hundredths; what was sent had them.
    const latencies = calls.filter((c) => c.fn === 'LMSSetValue' && String(c.args[0]).endsWith('.latency'));
    expect(latencies.map((c) => c.args[1])).toContain('00:00:04.25');
    expect(Object.values(cmi.interactions).map((i: any) => i.time)[0]).toBe(time12(new Date(T0 + 4250)));
    expect(Object.values(cmi.interactions).every((i: any) => i.weighting === '1')).toBe(true);
  });

  it('a full fail: failed (every check finished, no tries left), score 40', async () => {
    const { api, calls, win } = lms12();
    const tracker = tracker12(win);
    await tracker.start();
    playLesson(tracker, { context_pacts_signed: 'wrong', terms_five_years: 'wrong', end_match_terms: 'wrong' });
    await settle();
    tracker.finish();
    expect(failures(calls)).toEqual([]);
    const cmi = held(api);
    expect(cmi.core.lesson_status).toBe('failed');
    expect(cmi.core.score.raw).toBe('40');
    expect(cmi.objectives[0]).toMatchObject({ id: 'context', status: 'failed', score: { raw: '50' } });
    expect(Object.keys(cmi.interactions)).toHaveLength(8);
    expect(cmi.interactions[7]).toMatchObject({ id: 'end_match_terms__t2', student_response: '1.c,2.c', result: 'wrong' });
  });

  it('leaving unfinished: incomplete, no score at all, exit suspend (Moodle would turn a score into a fail)', async () => {
    const { api, calls, win } = lms12();
    const tracker = tracker12(win);
    await tracker.start();
    // Section 1 done with a wrong first try; a check with a try left is not a fail.
    playLesson(tracker, { context_khalkhin_where: 'wrong' }, { upToSection: 2 });
    tracker.report(reportOf(2, { context_khalkhin_where: 'wrong', context_pacts_signed: 'right', terms_five_years: 'retry' }));
    await settle();
    tracker.finish(); // the page is left (src/app/page-lifecycle.ts)
    expect(failures(calls)).toEqual([]);
    const cmi = held(api);
    expect(cmi.core.lesson_status).toBe('incomplete');
    expect(cmi.core.score.raw).toBe('');
    expect(calls.filter((c) => c.fn === 'LMSSetValue' && c.args[0] === 'cmi.core.score.raw')).toEqual([]);
    expect(cmi.core.exit).toBe('suspend');
    expect(cmi.core.lesson_location).toBe('terms');
    expect(countOf(calls, 'LMSFinish')).toBe(1);
  });

  it('relaunch with entry = resume restores state and bookmark; ab-initio ignores them', async () => {
    const resumed = lms12(withSaved({ entry: 'resume', lesson_status: 'incomplete' }));
    const launch = await tracker12(resumed.win).start();
    expect(launch).toMatchObject({ savedState: 'S|2|right', bookmark: 'terms', mode: 'normal' });
    expect(failures(resumed.calls)).toEqual([]);
    cleanupFrames();

    const fresh = lms12(withSaved({ entry: 'ab-initio' }));
    const again = await tracker12(fresh.win).start();
    expect(again).toMatchObject({ savedState: null, bookmark: null });
    expect(failures(fresh.calls)).toEqual([]);
  });

  it('review mode (Moodle after a final status) shows the saved answers and writes nothing', async () => {
    const { calls, win } = lms12(withSaved({ lesson_mode: 'review', lesson_status: 'passed' }));
    const tracker = tracker12(win);
    const launch = await tracker.start();
    expect(launch).toMatchObject({ mode: 'review', savedState: 'S|2|right', bookmark: 'terms' });
    playLesson(tracker, {});
    await settle(120_000);
    tracker.finish();
    expect(countOf(calls, 'LMSSetValue', 'LMSCommit')).toBe(0);
    expect(countOf(calls, 'LMSInitialize', 'LMSFinish')).toBe(2);
    expect(failures(calls)).toEqual([]);
  });

  it("the LMS's mastery score overrides the lesson's passing score", async () => {
    const { win } = lms12({ ...LMS_12_DEFAULTS, student_data: { mastery_score: '65' } });
    expect((await tracker12(win).start()).passingScore).toBe(65);
    cleanupFrames();
    const none = lms12({ core: { student_name: 'X' } });
    expect((await tracker12(none.win).start()).passingScore).toBeNull();
    expect(failures(none.calls)).toEqual([]);
  });

  it('passed is never turned into failed or incomplete', async () => {
    const { api, calls, win } = lms12(withSaved({ entry: 'resume', lesson_status: 'passed' }));
    const tracker = tracker12(win);
    await tracker.start();
    tracker.report(reportOf(2, {}));
    tracker.report(reportOf(6, allWrong));
    await settle();
    tracker.finish();
    expect(failures(calls)).toEqual([]);
    expect(held(api).core.lesson_status).toBe('passed');
    expect(calls.filter((c) => c.fn === 'LMSSetValue' && c.args[0] === 'cmi.core.lesson_status')).toEqual([]);
    // Moodle's LMSFinish would judge a lower score.raw a fail: it is not written either.
    expect(calls.filter((c) => c.fn === 'LMSSetValue' && c.args[0] === 'cmi.core.score.raw')).toEqual([]);
  });
});
