/**
 * The lesson's way in to tracking: `createTracker` picks the record keeper (the LMS that launched
 * the lesson, or scorm-again in the page when there is none) and hides which one it is.
 */
import {
  DEFAULT_COALESCE_MS,
  DEFAULT_HEARTBEAT_MS,
  DEFAULT_RETRY_DELAYS_MS,
  type Timers,
} from './commits';
import { findApi, type FoundApi } from './discover';
import { STANDARD_META_NAME } from './scorm-api';
import { memoryLaunch, openLmsSession, type LmsSession } from './lms-session';
import { freshLaunch, openStandalone } from './standalone';
import type { LaunchInfo, SaveNotice, Tracker } from './tracker';

export type { Tracker, LaunchInfo, LaunchMode, ProgressReport, AnswerRecord, PositionRecord, SaveNotice, NotKeptReason, RecordStore } from './tracker';

export type PackageStandard = 'auto' | '1.2' | '2004';

export interface TrackerOptions {
  /** The version the package speaks ('auto' in dev builds: 2004 if found, else 1.2). */
  readonly standard: PackageStandard;
  /** Names the browser storage of the no-LMS case. */
  readonly lessonId: string;
  /** The lesson's window (default: window). The API is looked for from its parent up, then its opener. */
  readonly win?: Window;
  /** The no-LMS store (default: win.localStorage). May throw or answer null: progress then stays in memory. */
  readonly storage?: () => Storage | null;
  /** Default 30 s, at most 60 s. */
  readonly heartbeatMs?: number;
  /** Waits between retries of a refused commit. Default 1, 2, 4, 8, 16, 30 s (the last repeats). */
  readonly retryDelaysMs?: readonly number[];
  /** Reports within this window share one Commit. Default 300 ms. */
  readonly coalesceMs?: number;
  readonly now?: () => number;
  readonly timers?: Timers;
}

/** A session on a record keeper, opened once, and the launch it resolves with. */
interface Opening {
  /**
   * The session, opened on the first ask: inside an LMS, and on a resume, as the tracker starts; for
   * a fresh attempt with no LMS, when the lesson first has something to keep.
   */
  session(): Promise<LmsSession>;
  /** At once when the launch is known before the session is open (a fresh attempt with no LMS). */
  readonly launch: Promise<LaunchInfo>;
  /** Whether the session waits to be asked for (the launch was known without it). */
  readonly lazy: boolean;
}

/**
 * The one "start once" guard: a session per record keeper, keyed by the LMS's API object, or by the
 * window and lesson when there is no LMS. A tracker started twice, or two trackers on one page, share
 * it: Initialize twice is an error (103). An ended session leaves it, so a later launch on the same
 * page (a second attempt) opens a new one.
 */
const openings = new WeakMap<object, Map<string, Opening>>();

function openOnce(owner: object, key: string, launchKnown: () => LaunchInfo | null, open: (onEnded: () => void) => Promise<LmsSession>): Opening {
  let byKey = openings.get(owner);
  if (!byKey) {
    byKey = new Map();
    openings.set(owner, byKey);
  }
  const existing = byKey.get(key);
  if (existing) return existing;
  const forget = (): void => {
    if (byKey.get(key) === opening) byKey.delete(key);
  };
  // Asked only for a new opening: a second start() on the page reuses the first one's launch.
  const known = launchKnown();
  let session: Promise<LmsSession> | null = null;
  const opened = (): Promise<LmsSession> => (session ??= open(forget));
  const opening: Opening = { session: opened, launch: known ? Promise.resolve(known) : opened().then((s) => s.launch), lazy: known !== null };
  byKey.set(key, opening);
  return opening;
}

export function createTracker(options: TrackerOptions): Tracker {
  const win = options.win ?? window;
  const storage = options.storage ?? ((): Storage | null => win.localStorage);
  /** The opening this tracker speaks to, and its session once open. */
  let attached: Opening | null = null;
  let session: LmsSession | null = null;
  let connecting = false;
  /**
   * What the lesson asked of the session before it was open, in order. With no LMS, a fresh attempt's
   * launch is known from storage alone, so the lesson runs (and its start screen is drawn) before
   * scorm-again is loaded: the first thing to keep opens the session, and waits here until it is.
   */
  let waiting: ((s: LmsSession) => void)[] = [];
  const connect = (): void => {
    const opening = attached;
    if (!opening || connecting) return;
    connecting = true;
    void opening.session().then((s) => {
      if (attached !== opening) return;
      s.subscribe(forward);
      session = s;
      for (const call of waiting.splice(0)) call(s);
    });
  };
  const toSession = (call: (s: LmsSession) => void): void => {
    if (session) call(session);
    else if (attached) {
      waiting.push(call);
      connect();
    }
  };
  let last: SaveNotice | null = null;
  const listeners = new Set<(notice: SaveNotice) => void>();
  const forward = (notice: SaveNotice): void => {
    last = notice;
    for (const listener of listeners) listener(notice);
  };

  function open(found: FoundApi | null, onEnded: () => void): Promise<LmsSession> {
    const sessionOptions = {
      now: options.now ?? (() => Date.now()),
      coalesceMs: options.coalesceMs ?? DEFAULT_COALESCE_MS,
      heartbeatMs: options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS,
      retryDelaysMs: options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
      ...(options.timers ? { timers: options.timers } : {}),
      onEnded,
    };
    const opened = found
      ? // Inside a promise, so that even a fault of ours while opening ends in the memory fallback.
        new Promise<LmsSession>((resolve) => resolve(openLmsSession(found, { ...sessionOptions, store: 'lms' })))
      : openStandalone(options.lessonId, storage).then((standalone) => {
          const s = openLmsSession(standalone.found, { ...sessionOptions, store: standalone.store() });
          standalone.onFallback((detail) => s.stopKeeping('storage-full', detail));
          return s;
        });
    return opened.catch(() => {
      onEnded();
      return memorySession(options.standard);
    });
  }

  return {
    start() {
      const found = findApi(win, options.standard);
      const opening = found
        ? openOnce(found.api, '', () => null, (onEnded) => open(found, onEnded))
        : openOnce(win, options.lessonId, () => freshLaunch(options.lessonId, storage), (onEnded) => open(null, onEnded));
      if (opening !== attached) {
        attached = opening;
        session = null;
        waiting = [];
        connecting = false;
        if (!opening.lazy) connect();
      }
      return opening.launch;
    },
    recordAnswer(answer) {
      toSession((s) => s.answer(answer));
    },
    recordPosition(debateId, prompt, text) {
      const at = new Date((options.now ?? Date.now)());
      toSession((s) => s.position({ debateId, prompt, text, at }));
    },
    report(progress) {
      toSession((s) => s.report(progress));
    },
    flush() {
      toSession((s) => s.flush());
    },
    finish() {
      toSession((s) => s.finish());
    },
    subscribe(listener) {
      listeners.add(listener);
      if (last) listener(last);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * When even the no-LMS record keeper cannot be loaded (scorm-again failed to download): the lesson
 * runs, keeps nothing, and says so.
 */
function memorySession(standard: PackageStandard): LmsSession {
  const notice: SaveNotice = { kind: 'not-kept', reason: 'store-unavailable', detail: 'The progress store could not be loaded.' };
  return {
    launch: memoryLaunch(standard === '1.2' ? '1.2' : '2004'),
    report: () => undefined,
    answer: () => undefined,
    position: () => undefined,
    flush: () => undefined,
    finish: () => undefined,
    subscribe: (listener) => {
      listener(notice);
      return () => undefined;
    },
    stopKeeping: () => undefined,
  };
}

/**
 * The version a package speaks, from `<meta name="scorm-standard" content="1.2|2004">` (the packager
 * writes it into index.html). Absent or unknown: 'auto'.
 */
export function readPackageStandard(doc: Document): PackageStandard {
  const content = doc.querySelector(`meta[name="${STANDARD_META_NAME}"]`)?.getAttribute('content')?.trim();
  return content === '1.2' || content === '2004' ? content : 'auto';
}
