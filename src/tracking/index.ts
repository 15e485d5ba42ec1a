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
import { openStandalone } from './standalone';
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

/** A session being opened on a record keeper, and the launch it resolves with. */
interface Opening {
  readonly session: Promise<LmsSession>;
  readonly launch: Promise<LaunchInfo>;
  /** Set as soon as the session is open, before `launch` resolves. */
  open: LmsSession | null;
}

/**
 * The one "start once" guard: a session per record keeper, keyed by the LMS's API object, or by the
 * window and lesson when there is no LMS. A tracker started twice, or two trackers on one page, share
 * it: Initialize twice is an error (103). An ended session leaves it, so a later launch on the same
 * page (a second attempt) opens a new one.
 */
const openings = new WeakMap<object, Map<string, Opening>>();

function openOnce(owner: object, key: string, open: (onEnded: () => void) => Promise<LmsSession>): Opening {
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
  const session = open(forget);
  const opening: Opening = {
    session,
    launch: session.then((s) => {
      opening.open = s;
      return s.launch;
    }),
    open: null,
  };
  byKey.set(key, opening);
  return opening;
}

export function createTracker(options: TrackerOptions): Tracker {
  const win = options.win ?? window;
  const storage = options.storage ?? ((): Storage | null => win.localStorage);
  /** The opening this tracker speaks to. Calls before it is open are dropped: the app calls only after start(). */
  let attached: Opening | null = null;
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

  const current = (): LmsSession | null => attached?.open ?? null;

  return {
    start() {
      const found = findApi(win, options.standard);
      const opening = found
        ? openOnce(found.api, '', (onEnded) => open(found, onEnded))
        : openOnce(win, options.lessonId, (onEnded) => open(null, onEnded));
      if (opening !== attached) {
        attached = opening;
        void opening.session.then((s) => s.subscribe(forward));
      }
      return opening.launch;
    },
    recordAnswer(answer) {
      current()?.answer(answer);
    },
    recordPosition(debateId, prompt, text) {
      current()?.position({ debateId, prompt, text, at: new Date((options.now ?? Date.now)()) });
    },
    report(progress) {
      current()?.report(progress);
    },
    flush() {
      current()?.flush();
    },
    finish() {
      current()?.finish();
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
