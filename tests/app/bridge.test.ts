/**
 * The app's session and its bridge to tracking, without views: answers recorded from the `answer`
 * action with their latency, time on task counted only while the page is visible and reported before
 * the hidden-page save, and saved data the lesson could not read left alone until the learner acts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AFTER_PAINT_LATEST_MS } from '../../src/app/after-paint';
import { openLearnerSession } from '../../src/app/learner-session';
import { decodeState } from '../../src/lesson/saved-state';
import { createTracker } from '../../src/tracking';
import type { LaunchInfo } from '../../src/tracking/tracker';
import { cleanupFrames, countOf, failures, held, lms12, lms2004, settle, written, type Call } from '../tracking/lms';
import { checks, makeLesson, recordingTracker } from '../ui/fixtures';

const lesson = makeLesson({ gating: false });
const wrong = ['b'];
const right = ['a'];

/** A window whose visibility the test sets, with the events the session listens to. */
function page() {
  const doc = new EventTarget() as EventTarget & { visibilityState: string };
  doc.visibilityState = 'visible';
  const win = Object.assign(new EventTarget(), { document: doc, location: { reload: vi.fn() } });
  const visibility = (state: 'hidden' | 'visible') => {
    doc.visibilityState = state;
    doc.dispatchEvent(new Event('visibilitychange'));
  };
  return { win: win as unknown as Window, visibility };
}

/** A clock the test moves by hand. */
function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, pass: (seconds: number) => void (t += seconds * 1000) };
}

const timeIn = (state: string | undefined) => decodeState(lesson, state ?? '', 1).state.timeOnTask;

/** Writes to the record keeper wait until the feedback is painted; this page draws no frames, so the latest wait. */
const afterPaint = () => vi.advanceTimersByTime(AFTER_PAINT_LATEST_MS);

afterEach(() => {
  vi.useRealTimers();
  cleanupFrames();
});

describe('answers come from the answer action', async () => {
  it('each try once, with its latency from the section being entered or the previous try (timed at the click, recorded after the paint)', async () => {
    vi.useFakeTimers();
    const rec = recordingTracker();
    const time = clock();
    const session = openLearnerSession(lesson, rec.tracker, await rec.tracker.start(), { win: page().win, now: time.now, random: () => 0.3 });
    time.pass(5);
    session.store.dispatch({ type: 'answer', checkId: checks.capital.id, response: wrong });
    time.pass(3);
    session.store.dispatch({ type: 'answer', checkId: checks.capital.id, response: right });
    // A refused action (the check is finished) changes nothing and records nothing.
    session.store.dispatch({ type: 'answer', checkId: checks.capital.id, response: right });
    time.pass(2);
    session.store.dispatch({ type: 'go', step: 1 });
    time.pass(4.5);
    session.store.dispatch({ type: 'answer', checkId: checks.signers.id, response: ['c', 'a', 'd'] });
    expect(rec.answers).toEqual([]);
    afterPaint();
    expect(rec.answers.map((a) => [a.check.id, a.tryIndex, a.correct, a.latencySeconds, a.response])).toEqual([
      [checks.capital.id, 0, false, 5, wrong],
      [checks.capital.id, 1, true, 3, right],
      // The response as the lesson stores it (multiple-response in authored order).
      [checks.signers.id, 0, true, 4.5, ['a', 'c', 'd']],
    ]);
    expect(rec.answers[1]!.at.getTime()).toBe(time.now() - 6.5 * 1000);
    session.close();
  });
});

describe('time on task', async () => {
  it('counts only while the page is visible, and the hidden page reports it before it saves', async () => {
    vi.useFakeTimers();
    const rec = recordingTracker();
    const calls: string[] = [];
    rec.tracker.report = ((report) => {
      calls.push(`report ${timeIn(report.state)}`);
      rec.reports.push(report);
    }) as typeof rec.tracker.report;
    rec.tracker.flush = () => void calls.push('flush');
    const time = clock();
    const { win, visibility } = page();
    const session = openLearnerSession(lesson, rec.tracker, await rec.tracker.start(), { win, now: time.now });
    time.pass(10.6);
    visibility('hidden');
    // The last report, with the time so far, goes before the save: both ride one commit.
    expect(calls.slice(-2)).toEqual(['report 10', 'flush']);
    time.pass(600);
    visibility('visible');
    time.pass(5);
    expect(session.timeOnTask()).toBe(15);
    session.store.dispatch({ type: 'answer', checkId: checks.capital.id, response: right });
    afterPaint();
    expect(timeIn(rec.lastReport()?.state)).toBe(15);
    // Nothing is dispatched for time: the state changes only when the learner acts.
    expect(session.store.getState().timeOnTask).toBe(0);
    session.close();
  });

  it('adds this session to the time saved by earlier ones', async () => {
    const first = recordingTracker();
    const time = clock();
    const one = openLearnerSession(lesson, first.tracker, await first.tracker.start(), { win: page().win, now: time.now });
    time.pass(42);
    one.finish();
    one.close();
    expect(first.finishedCount()).toBe(1);
    const saved = first.lastReport()!.state;
    expect(timeIn(saved)).toBe(42);
    const second = recordingTracker({ savedState: saved, bookmark: 'one' });
    const two = openLearnerSession(lesson, second.tracker, await second.tracker.start(), { win: page().win, now: time.now });
    time.pass(8);
    expect(two.timeOnTask()).toBe(50);
    two.close();
  });
});

describe('saved data the lesson could not read', async () => {
  const unreadable = '%%%saved by a newer package%%%';

  it('is not overwritten at the start, by a hidden page or by time passing; the first thing the learner does replaces it', async () => {
    vi.useFakeTimers();
    const rec = recordingTracker({ savedState: unreadable, bookmark: 'two' });
    const time = clock();
    const { win, visibility } = page();
    const session = openLearnerSession(lesson, rec.tracker, await rec.tracker.start(), { win, now: time.now });
    expect(session.restoreProblem).toMatch(/could not be read/);
    time.pass(120);
    visibility('hidden');
    visibility('visible');
    expect(rec.reports).toEqual([]);
    session.store.dispatch({ type: 'answer', checkId: checks.capital.id, response: right });
    afterPaint();
    expect(rec.reports).toHaveLength(1);
    session.close();
  });

  it('stays in a real LMS until the learner acts', async () => {
    vi.useFakeTimers();
    const lms = lms2004({ entry: 'resume', location: 'two', suspend_data: unreadable });
    const tracker = createTracker({ standard: '2004', lessonId: lesson.id, win: lms.win });
    const launch: LaunchInfo = await tracker.start();
    const { win, visibility } = page();
    const session = openLearnerSession(lesson, tracker, launch, { win });
    await settle(60_000);
    visibility('hidden');
    expect(held(lms.api).suspend_data).toBe(unreadable);
    visibility('visible');
    session.store.dispatch({ type: 'answer', checkId: checks.capital.id, response: right });
    await settle();
    expect(held(lms.api).suspend_data).not.toBe(unreadable);
    expect(decodeState(lesson, held(lms.api).suspend_data, 1).problem).toBeNull();
    session.close();
  });
});

describe('leaving the page', () => {
  it('Terminate once whether the learner finishes before the page is left or after; the last state rides it', async () => {
    vi.useFakeTimers();
    for (const order of [['finish', 'pagehide'], ['pagehide', 'finish']] as const) {
      const lms = lms2004();
      const tracker = createTracker({ standard: '2004', lessonId: lesson.id, win: lms.win });
      const { win } = page();
      const session = openLearnerSession(lesson, tracker, await tracker.start(), { win });
      session.store.dispatch({ type: 'go', step: 1 });
      for (const step of order) {
        if (step === 'finish') session.finish();
        else win.dispatchEvent(new Event('pagehide'));
      }
      const before = lms.calls.length;
      session.store.dispatch({ type: 'go', step: 2 });
      await settle(120_000);
      expect(lms.calls.length).toBe(before);
      expect(countOf(lms.calls, 'Terminate')).toBe(1);
      expect(failures(lms.calls)).toEqual([]);
      expect(held(lms.api).location).toBe('two');
      session.close();
      cleanupFrames();
    }
  });
});

describe('written debate positions', () => {
  const view = { label: 'Yes', who: ['A historian'], argument: 'Because.', evidence: ['A document'] };
  const withDebate: typeof lesson = {
    ...lesson,
    sections: lesson.sections.map((s, i) =>
      i === 0
        ? { ...s, visuals: { ...s.visuals, 'was-it': { kind: 'debate', title: 'A debate', question: 'Was it a breach?', views: [view, view], respond: 'Where do you stand?' } } }
        : s,
    ),
  };

  it('a kept position goes to the record keeper once, with the debate question; an unknown debate or the same text sends nothing', async () => {
    vi.useFakeTimers();
    const rec = recordingTracker();
    const session = openLearnerSession(withDebate, rec.tracker, await rec.tracker.start(), { win: page().win, now: clock().now, random: () => 0.3 });
    session.store.dispatch({ type: 'writePosition', debate: 'was-it', text: 'Yes: Article 1 was broken.' });
    session.store.dispatch({ type: 'writePosition', debate: 'was-it', text: 'Yes: Article 1 was broken.' });
    session.store.dispatch({ type: 'writePosition', debate: 'no-such-debate', text: 'Anything' });
    afterPaint();
    expect(rec.positions).toEqual([{ debateId: 'was-it', prompt: 'Was it a breach?', text: 'Yes: Article 1 was broken.' }]);
  });
});

describe.each(['2004', '1.2'] as const)('saving is off the click path (SCORM %s, a real LMS)', (standard) => {
  const open = async () => {
    vi.useFakeTimers();
    const lms = standard === '2004' ? lms2004() : lms12();
    const tracker = createTracker({ standard, lessonId: lesson.id, win: lms.win });
    const { win, visibility } = page();
    const session = openLearnerSession(lesson, tracker, await tracker.start(), { win });
    await settle();
    return { lms, session, visibility, since: lms.calls.length };
  };
  const commit = standard === '2004' ? 'Commit' : 'LMSCommit';
  /** What the LMS was sent since `since`: the answer's result and the saved state's tries at the check. */
  const sent = (calls: readonly Call[]) => {
    const values = written(calls);
    const result = [...values].find(([element]) => /^cmi\.interactions\.\d+\.result$/.test(element))?.[1];
    const saved = values.get('cmi.suspend_data');
    return { result, tries: saved === undefined ? 0 : (decodeState(lesson, saved, 1).state.checks[checks.capital.id]?.tries.length ?? 0) };
  };

  it('the click writes nothing; after the paint the answer and the state are written, then committed', async () => {
    const { lms, session, since } = await open();
    session.store.dispatch({ type: 'answer', checkId: checks.capital.id, response: right });
    expect(lms.calls.length).toBe(since);
    await settle(AFTER_PAINT_LATEST_MS);
    expect(sent(lms.calls.slice(since))).toEqual({ result: 'correct', tries: 1 });
    await settle();
    expect(lms.calls.at(-1)?.fn).toBe(commit);
    expect(failures(lms.calls)).toEqual([]);
    session.close();
  });

  it('a page hidden at once after the answer still saves it, without waiting for a timer', async () => {
    const { lms, session, visibility, since } = await open();
    session.store.dispatch({ type: 'answer', checkId: checks.capital.id, response: right });
    visibility('hidden');
    expect(sent(lms.calls.slice(since))).toEqual({ result: 'correct', tries: 1 });
    expect(lms.calls.at(-1)?.fn).toBe(commit);
    // Nothing is left waiting to be written twice.
    const after = lms.calls.length;
    await settle(AFTER_PAINT_LATEST_MS);
    expect(countOf(lms.calls.slice(after), standard === '2004' ? 'SetValue' : 'LMSSetValue')).toBe(0);
    expect(failures(lms.calls)).toEqual([]);
    session.close();
  });
});
