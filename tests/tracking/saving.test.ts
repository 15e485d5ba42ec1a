import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTracker } from '../../src/tracking';
import { createCommitScheduler, DEFAULT_HEARTBEAT_MS } from '../../src/tracking/commits';
import type { SaveNotice, Tracker } from '../../src/tracking/tracker';
import { playLesson, reportOf, T0 } from './fixtures';
import { cleanupFrames, countOf, failures, held, lms12, lms2004, settle } from './lms';

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  cleanupFrames();
});

function listen(tracker: Tracker): SaveNotice[] {
  const notices: SaveNotice[] = [];
  tracker.subscribe((n) => notices.push(n));
  return notices;
}

describe('commits', () => {
  it('a burst of reports and answers shares one Commit; session_time goes with every Commit', async () => {
    const { calls, win } = lms2004();
    const tracker = createTracker({ standard: '2004', lessonId: 'x', win });
    await tracker.start();
    await settle();
    expect(countOf(calls, 'Commit')).toBe(1); // exit = suspend and the fresh attempt's status
    playLesson(tracker, {}, { upToSection: 2 });
    expect(countOf(calls, 'Commit')).toBe(1);
    await settle(300);
    expect(countOf(calls, 'Commit')).toBe(2);
    const sessionTimes = calls.filter((c) => c.fn === 'SetValue' && c.args[0] === 'cmi.session_time');
    expect(sessionTimes).toHaveLength(2);
    expect(failures(calls)).toEqual([]);
  });

  it('an idle lesson sends no empty commits: the heartbeat commits only what is unsaved', async () => {
    const { calls, win } = lms2004();
    await createTracker({ standard: '2004', lessonId: 'x', win }).start();
    await settle(1000);
    await settle(10 * 60_000);
    expect(countOf(calls, 'Commit')).toBe(1);
  });

  it('the heartbeat beats every 30 s by default and never less often than every 60 s, committing when something is unsaved', () => {
    const beat = (heartbeatMs: number, unsaved: boolean, ms: number) => {
      let commits = 0;
      const scheduler = createCommitScheduler({
        commit: () => {
          commits += 1;
          return null;
        },
        hasUnsaved: () => unsaved,
        onSaving: () => undefined,
        coalesceMs: 300,
        heartbeatMs,
        retryDelaysMs: [],
      });
      vi.advanceTimersByTime(ms);
      scheduler.stop();
      return commits;
    };
    expect(beat(DEFAULT_HEARTBEAT_MS, true, 90_000)).toBe(3);
    expect(beat(10 * 60_000, true, 120_000)).toBe(2);
    expect(beat(DEFAULT_HEARTBEAT_MS, false, 120_000)).toBe(0);
  });

  it('commits at once when asked (the page is being hidden)', async () => {
    const { api, calls, win } = lms12();
    const tracker = createTracker({ standard: '1.2', lessonId: 'x', win });
    await tracker.start();
    await settle();
    tracker.report(reportOf(1, {}));
    tracker.flush();
    expect(countOf(calls, 'LMSCommit')).toBe(2);
    expect(held(api).core.lesson_location).toBe('context');
  });

  it('a hidden page with nothing unsaved sends nothing (an idle second tab must not overwrite the first)', async () => {
    const { calls, win } = lms12();
    const tracker = createTracker({ standard: '1.2', lessonId: 'x', win });
    await tracker.start();
    await settle();
    expect(countOf(calls, 'LMSCommit')).toBe(1);
    tracker.flush();
    expect(countOf(calls, 'LMSCommit')).toBe(1);
  });

  it('Terminate exactly once, however often finish() is called; nothing is called afterwards', async () => {
    // The app calls finish() from the learner's Finish and from pagehide, in either order
    // (tests/app/page-lifecycle.test.ts plays both orders through the page).
    {
      const { calls, win } = lms2004();
      const tracker = createTracker({ standard: '2004', lessonId: 'x', win });
      await tracker.start();
      tracker.report(reportOf(1, {}));
      tracker.finish();
      tracker.finish();
      const before = calls.length;
      tracker.report(reportOf(2, {}));
      tracker.flush();
      await settle(120_000);
      expect(calls.length).toBe(before);
      expect(countOf(calls, 'Terminate')).toBe(1);
      expect(failures(calls)).toEqual([]);
      cleanupFrames();
    }
  });

  it('start() is idempotent, and two trackers on one page share one session (React StrictMode)', async () => {
    const { calls, win } = lms2004();
    const a = createTracker({ standard: '2004', lessonId: 'x', win });
    const b = createTracker({ standard: '2004', lessonId: 'x', win });
    const first = a.start();
    expect(a.start()).toBe(first);
    const [la, lb] = await Promise.all([first, b.start()]);
    expect(lb).toEqual(la);
    expect(countOf(calls, 'Initialize')).toBe(1);
    expect(failures(calls)).toEqual([]);
  });

  it('a report before start() is dropped; one made while the session opens is sent once it is open, in order', async () => {
    const { api, calls, win } = lms2004();
    const tracker = createTracker({ standard: '2004', lessonId: 'x', win });
    expect(() => tracker.report(reportOf(3, {}))).not.toThrow();
    expect(calls).toEqual([]);
    const started = tracker.start();
    tracker.report(reportOf(3, {}));
    await started;
    await settle();
    // Nothing reached the LMS before Initialize, and the report made during the start did, after it.
    expect(calls[0]?.fn).toBe('Initialize');
    expect(api.cmi.location).toBe('impact');
    tracker.report(reportOf(2, {}));
    await settle();
    expect(api.cmi.location).toBe('terms');
    expect(failures(calls)).toEqual([]);
  });
});

describe('an LMS that refuses to save', () => {
  it('2004: reads the error, says "retrying", retries with backoff, re-sends what it may have dropped, recovers', async () => {
    const { api, calls, win } = lms2004();
    const tracker = createTracker({ standard: '2004', lessonId: 'x', win });
    const notices = listen(tracker);
    await tracker.start();
    await settle();

    // From now on the LMS refuses three commits, and forgets what it was sent each time.
    const accepted = api.Commit;
    let refusals = 3;
    const refused: number[] = [];
    api.Commit = (parameter?: string) => {
      if (refusals > 0) {
        refusals -= 1;
        refused.push(Date.now());
        api.cmi.suspend_data = 'lost';
        api.cmi.location = 'lost';
        api.throwSCORMError('Commit', 391, 'The LMS is unreachable');
        return 'false';
      }
      return accepted(parameter);
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    playLesson(tracker, { context_pacts_signed: 'wrong' }, { upToSection: 2 });
    await settle(300);
    expect(notices.at(-1)).toEqual({
      kind: 'retrying',
      store: 'lms',
      detail: expect.stringMatching(/^391: .*The LMS is unreachable/),
    });
    // The lesson goes on meanwhile: answers and reports are taken as usual.
    tracker.report(reportOf(3, { context_khalkhin_where: 'right', context_pacts_signed: 'wrong', terms_five_years: 'right' }));
    await settle(1000);
    await settle(2000);
    expect(refusals).toBe(0);
    expect(refused.map((t) => t - refused[0]!)).toEqual([0, 1000, 3000]);
    expect(notices.at(-1)!.kind).toBe('retrying');
    await settle(4000);

    expect(notices.at(-1)).toEqual({ kind: 'saving', store: 'lms', detail: null });
    // One notice while it lasts (repeats of the same refusal are not news), one when it is over.
    expect(notices.map((n) => n.kind)).toEqual(['retrying', 'saving']);
    // Nothing lost: what the LMS dropped was sent again before the commit it accepted.
    expect(api.cmi.location).toBe('impact');
    expect(api.cmi.suspend_data).toBe(reportOf(3, { context_khalkhin_where: 'right', context_pacts_signed: 'wrong', terms_five_years: 'right' }).state);
    expect(api.cmi.interactions.childArray).toHaveLength(4);
    // Every call other than the refused commits answered 0.
    expect(failures(calls)).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('1.2: the same, and a SetValue the LMS refuses is reported, never thrown', async () => {
    const { api, win } = lms12();
    const tracker = createTracker({ standard: '1.2', lessonId: 'x', win, retryDelaysMs: [500] });
    const notices = listen(tracker);
    await tracker.start();
    await settle();

    const accepted = api.LMSCommit;
    let refusals = 2;
    api.LMSCommit = (parameter?: string) => {
      if (refusals > 0) {
        refusals -= 1;
        api.throwSCORMError('LMSCommit', 101, 'Database locked');
        return 'false';
      }
      return accepted(parameter);
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    tracker.report(reportOf(1, {}));
    await settle(300);
    expect(notices.at(-1)).toMatchObject({ kind: 'retrying', detail: expect.stringContaining('101') });
    await settle(500);
    await settle(500);
    expect(notices.at(-1)).toEqual({ kind: 'saving', store: 'lms', detail: null });
    expect(held(api).core.lesson_location).toBe('context');

    // An LMS whose SetValue throws: the lesson does not notice beyond a notice.
    api.LMSSetValue = () => {
      throw new Error('boom');
    };
    expect(() => tracker.report(reportOf(2, {}))).not.toThrow();
    expect(notices.at(-1)!.detail).toContain('boom');
    expect(warn).toHaveBeenCalled();
  });

  it('finishing while a retry waits: the last commit re-sends everything, and the notice clears', async () => {
    const { api, calls, win } = lms2004();
    const tracker = createTracker({ standard: '2004', lessonId: 'x', win });
    const notices = listen(tracker);
    await tracker.start();
    await settle();
    const accepted = api.Commit;
    let refusing = true;
    api.Commit = (parameter?: string) => {
      if (!refusing) return accepted(parameter);
      api.cmi.location = 'lost';
      api.throwSCORMError('Commit', 391, 'Busy');
      return 'false';
    };
    tracker.report(reportOf(3, {}));
    await settle(300);
    expect(notices.at(-1)!.kind).toBe('retrying');
    refusing = false;
    tracker.finish();
    expect(api.cmi.location).toBe('impact');
    expect(notices.at(-1)).toEqual({ kind: 'saving', store: 'lms', detail: null });
    expect(countOf(calls, 'Terminate')).toBe(1);
  });

  it('an LMS that refuses to Initialize: the lesson runs from the start, in memory, and says so', async () => {
    const { api, win } = lms2004();
    api.Initialize = () => {
      api.throwSCORMError('Initialize', 102, 'No session');
      return 'false';
    };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const tracker = createTracker({ standard: '2004', lessonId: 'x', win });
    const notices = listen(tracker);
    const launch = await tracker.start();
    // Nothing reaches the LMS: the records are in memory only, and the lesson says so.
    expect(launch).toMatchObject({ store: 'memory', mode: 'normal', savedState: null });
    expect(notices.at(-1)).toEqual({ kind: 'not-kept', reason: 'lms-refused', detail: expect.stringContaining('102') });
    expect(() => {
      playLesson(tracker, {});
      tracker.finish();
    }).not.toThrow();
  });
});
