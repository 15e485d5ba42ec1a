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
import { findApi } from './discover';
import { openSession, type Session } from './session';
import { openStandalone } from './standalone';
import type { LaunchInfo, SaveNotice, Tracker } from './tracker';

export type { Tracker, LaunchInfo, LaunchMode, ProgressReport, AnswerRecord, SaveNotice, RecordStore } from './tracker';

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

/**
 * Sessions open on a record keeper, so that two trackers for the same page (React StrictMode runs
 * effects, and may build values, twice) share one session: Initialize twice is an error (103).
 * Keyed by the LMS's API object, or by the window and lesson when there is no LMS.
 */
const open = new WeakMap<object, Map<string, Promise<Session>>>();

function opened(owner: object): Map<string, Promise<Session>> {
  let byKey = open.get(owner);
  if (!byKey) {
    byKey = new Map();
    open.set(owner, byKey);
  }
  return byKey;
}

export function createTracker(options: TrackerOptions): Tracker {
  const win = options.win ?? window;
  const storage =
    options.storage ??
    ((): Storage | null => {
      return win.localStorage;
    });

  let session: Session | null = null;
  let launching: Promise<LaunchInfo> | null = null;
  let last: SaveNotice | null = null;
  /** Calls made before the session is open, replayed in order once it is. */
  const queued: ((s: Session) => void)[] = [];
  /** Subscriptions are held here, so they outlive the order of start() and subscribe(). */
  const listeners = new Set<(notice: SaveNotice) => void>();

  const run = (call: (s: Session) => void): void => {
    if (session) call(session);
    else queued.push(call);
  };

  function begin(): Promise<Session> {
    const found = findApi(win, options.standard);
    const owner: object = found ? found.api : win;
    const key = found ? '' : options.lessonId;
    const byKey = opened(owner);
    const existing = byKey.get(key);
    if (existing) return existing;

    const sessionOptions = {
      now: options.now ?? (() => Date.now()),
      coalesceMs: options.coalesceMs ?? DEFAULT_COALESCE_MS,
      heartbeatMs: options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS,
      retryDelaysMs: options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
      ...(options.timers ? { timers: options.timers } : {}),
      // Once ended, a new tracker on the same page may open a new session (a second launch).
      onEnded: () => byKey.delete(key),
    };
    const promise = found
      ? // Inside a promise, so that even a fault of ours while opening ends in the memory fallback.
        new Promise<Session>((resolve) => resolve(openSession(found, { ...sessionOptions, store: 'lms' })))
      : openStandalone(options.lessonId, storage).then((standalone) => {
          const s = openSession(standalone.found, { ...sessionOptions, store: standalone.store() });
          standalone.onFallback((detail) => s.storeChanged('memory', detail));
          return s;
        });
    byKey.set(key, promise);
    promise.catch(() => byKey.delete(key));
    return promise;
  }

  return {
    start() {
      // The same promise every call: React StrictMode runs the effect that calls it twice.
      launching ??= begin()
        .catch(() => memorySession(options.standard))
        .then((s) => {
          session = s;
          s.subscribe((notice) => {
            last = notice;
            for (const listener of listeners) listener(notice);
          });
          for (const call of queued.splice(0)) call(s);
          return s.launch;
        });
      return launching;
    },
    recordAnswer(answer) {
      run((s) => s.answer(answer));
    },
    report(progress) {
      run((s) => s.report(progress));
    },
    flush() {
      run((s) => s.flush());
    },
    finish() {
      run((s) => s.finish());
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
function memorySession(standard: PackageStandard): Session {
  const notice: SaveNotice = { store: 'memory', saving: 'ok', detail: 'The progress store could not be loaded.' };
  return {
    launch: {
      store: 'memory',
      standard: standard === '1.2' ? '1.2' : '2004',
      mode: 'normal',
      savedState: null,
      bookmark: null,
      passingScore: null,
      learnerName: null,
    },
    report: () => undefined,
    answer: () => undefined,
    flush: () => undefined,
    finish: () => undefined,
    subscribe: (listener) => {
      listener(notice);
      return () => undefined;
    },
    storeChanged: () => undefined,
  };
}

/**
 * The version a package speaks, from `<meta name="scorm-standard" content="1.2|2004">` (the packager
 * writes it into index.html). Absent or unknown: 'auto'.
 */
export function readPackageStandard(doc: Document): PackageStandard {
  const content = doc.querySelector('meta[name="scorm-standard"]')?.getAttribute('content')?.trim();
  return content === '1.2' || content === '2004' ? content : 'auto';
}
