import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTracker, readPackageStandard } from '../../src/tracking';
import { openLmsSession } from '../../src/tracking/lms-session';
import { freshLaunch, openStandalone, storageKey } from '../../src/tracking/standalone';
import type { SaveNotice, Tracker } from '../../src/tracking/tracker';
import { playLesson, reportOf, T0 } from './fixtures';
import { cleanupFrames, lessonFrame, settle } from './lms';
import { MemoryStorage } from './storage';

const KEY = storageKey('neutrality-pact');

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  cleanupFrames();
});

function launch(storage: () => Storage | null): { tracker: Tracker; notices: SaveNotice[]; win: Window } {
  // No API anywhere: the frame's parent is the bare test page.
  const win = lessonFrame();
  const tracker = createTracker({ standard: '2004', lessonId: 'neutrality-pact', win, storage });
  const notices: SaveNotice[] = [];
  tracker.subscribe((n) => notices.push(n));
  return { tracker, notices, win };
}

const savedCmi = (storage: MemoryStorage) => JSON.parse(storage.getItem(KEY)!).cmi;

describe('no LMS: scorm-again in the page, saved in this browser', () => {
  it('across launches: saves on every commit and on terminate, and the next launch resumes', async () => {
    const storage = new MemoryStorage();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const first = launch(() => storage);
    expect(await first.tracker.start()).toEqual({
      store: 'browser',
      standard: '2004',
      mode: 'normal',
      savedState: null,
      bookmark: null,
      passingScore: null,
      learnerName: null,
    });
    playLesson(first.tracker, {}, { upToSection: 2 });
    await settle();
    // Saved on the commit, before any terminate.
    expect(savedCmi(storage)).toMatchObject({ location: 'terms', completion_status: 'incomplete' });
    first.tracker.finish(); // the page is left (src/app/page-lifecycle.ts)
    expect(savedCmi(storage).exit).toBe('suspend');

    const second = launch(() => storage);
    const resumed = await second.tracker.start();
    expect(resumed).toMatchObject({ store: 'browser', bookmark: 'terms', savedState: reportOf(2, {}).state.replace(/none,none,none/, 'right,right,right') });
    playLesson(second.tracker, { end_match_terms: 'wrong' }, {
      fromSection: 3,
      outcomes: { context_khalkhin_where: 'right', context_pacts_signed: 'right', terms_five_years: 'right' },
    });
    await settle();
    second.tracker.finish();
    const done = savedCmi(storage);
    expect(done).toMatchObject({ completion_status: 'completed', success_status: 'passed', score: { raw: '80' }, location: 'results' });
    expect(Object.keys(done.interactions)).toHaveLength(6);

    // A self-paced learner who comes back after finishing sees their results again.
    const third = launch(() => storage);
    expect(await third.tracker.start()).toMatchObject({ bookmark: 'results', savedState: expect.stringContaining('S|6|') });

    // No value was refused anywhere on the way, and nothing asked for a retry.
    expect(warn).not.toHaveBeenCalled();
    for (const n of [...first.notices, ...second.notices, ...third.notices]) expect(n.kind).toBe('saving');
  });

  it('blocked storage (the getter throws): the lesson runs in memory and says so', async () => {
    const { tracker, notices } = launch(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const info = await tracker.start();
    expect(info).toMatchObject({ store: 'memory', savedState: null });
    expect(notices).toEqual([{ kind: 'not-kept', reason: 'storage-blocked', detail: null }]);
    expect(() => {
      playLesson(tracker, { context_khalkhin_where: 'wrong' });
      tracker.finish();
    }).not.toThrow();
  });

  it('no storage at all (null) is memory too', async () => {
    expect((await launch(() => null).tracker.start()).store).toBe('memory');
  });

  it('storage that fills up: the lesson goes on in memory and says so', async () => {
    const storage = new MemoryStorage();
    const { tracker, notices } = launch(() => storage);
    expect((await tracker.start()).store).toBe('browser');
    // The lesson's first report (the bridge's, at the start) opens the session, and it is kept.
    tracker.report(reportOf(1, {}));
    await settle();
    expect(savedCmi(storage)).toMatchObject({ location: 'context' });
    storage.failWrites = true;
    tracker.report(reportOf(2, {}));
    await settle();
    expect(notices.at(-1)).toEqual({ kind: 'not-kept', reason: 'storage-full', detail: expect.stringContaining('QuotaExceededError') });
    expect(() => tracker.report(reportOf(3, {}))).not.toThrow();
  });

  it('unreadable saved data starts afresh', async () => {
    const storage = new MemoryStorage();
    storage.data.set(KEY, '{not json');
    expect(await launch(() => storage).tracker.start()).toMatchObject({ store: 'browser', savedState: null });
  });

  it("the default store is the window's localStorage", async () => {
    const win = lessonFrame();
    const tracker = createTracker({ standard: 'auto', lessonId: 'neutrality-pact', win });
    const info = await tracker.start();
    // jsdom's about:blank frame may or may not allow storage; either way the lesson runs.
    expect(['browser', 'memory']).toContain(info.store);
    tracker.finish();
  });
});

describe('no LMS: a fresh attempt starts before scorm-again has loaded', () => {
  const options = { now: () => Date.now(), coalesceMs: 300, heartbeatMs: 30_000, retryDelaysMs: [1000] };

  it('the launch known from empty storage alone is the one scorm-again then gives', async () => {
    const storage = new MemoryStorage();
    const known = freshLaunch('neutrality-pact', () => storage);
    const standalone = await openStandalone('neutrality-pact', () => storage);
    const session = openLmsSession(standalone.found, { ...options, store: standalone.store() });
    expect(known).toEqual(session.launch);
    session.finish();
  });

  it('with anything saved, or storage blocked, only scorm-again can say what the launch is', () => {
    const storage = new MemoryStorage();
    storage.data.set(KEY, '{not json');
    expect(freshLaunch('neutrality-pact', () => storage)).toBeNull();
    expect(freshLaunch('neutrality-pact', () => null)).toBeNull();
  });

  it('the session opens when the lesson first has something to keep, and keeps it all, in order', async () => {
    const storage = new MemoryStorage();
    const { tracker } = launch(() => storage);
    await tracker.start();
    await settle();
    // A fresh attempt's launch is known at once; nothing is opened or saved until there is something to keep.
    expect(storage.getItem(KEY)).toBeNull();
    tracker.report(reportOf(3, {}));
    tracker.report(reportOf(2, {}));
    await settle();
    expect(savedCmi(storage)).toMatchObject({ location: 'terms', exit: 'suspend' });
  });
});

describe('package and bundle', () => {
  it('reads the SCORM version from the meta tag the packager writes', () => {
    const doc = document.implementation.createHTMLDocument('x');
    expect(readPackageStandard(doc)).toBe('auto');
    const meta = doc.createElement('meta');
    meta.name = 'scorm-standard';
    meta.content = '1.2';
    doc.head.appendChild(meta);
    expect(readPackageStandard(doc)).toBe('1.2');
    meta.content = '2004';
    expect(readPackageStandard(doc)).toBe('2004');
    meta.content = '1.3';
    expect(readPackageStandard(doc)).toBe('auto');
  });
});
