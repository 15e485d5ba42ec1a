/**
 * No LMS found (self-paced study, a plain web link): scorm-again plays the LMS inside the page, and
 * the browser's localStorage is its database. The tracker then runs exactly the same 2004 code as
 * inside an LMS.
 *
 * scorm-again is loaded with a dynamic import(), so a launch inside an LMS never downloads it.
 */
import type * as ScormAgainModule from 'scorm-again';
import type { FoundApi } from './discover';
import type { LaunchInfo, RecordStore } from './tracker';

export interface Standalone {
  readonly found: FoundApi;
  /** Where saves go now: 'browser', or 'memory' when storage is blocked or full. */
  store(): RecordStore;
  /** Told once if saving to storage starts failing (quota full) and the lesson goes on in memory. */
  onFallback(listener: (detail: string) => void): void;
}

export function storageKey(lessonId: string): string {
  return `neutrality-pact:${lessonId}:cmi`;
}

/** Storage that answers reads and writes, or null (blocked: the getter throws, or writes throw). */
function usableStorage(storage: () => Storage | null, key: string): Storage | null {
  try {
    const s = storage();
    if (!s) return null;
    // Safari's private mode and some blocked-cookie settings fail only on write.
    s.setItem(`${key}:probe`, '1');
    s.removeItem(`${key}:probe`);
    return s;
  } catch {
    return null;
  }
}

/** The saved CMI, as `{ cmi: {...} }`, or null when none or unreadable. */
function readSaved(storage: Storage | null, key: string): { cmi: Record<string, unknown> } | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const cmi = (parsed as { cmi?: unknown }).cmi;
    return typeof cmi === 'object' && cmi !== null ? { cmi: { ...(cmi as Record<string, unknown>) } } : null;
  } catch {
    return null;
  }
}

/**
 * The launch, known before scorm-again has loaded, when this browser keeps progress and holds nothing
 * of this lesson yet: a fresh attempt, kept in this browser. Null otherwise: with something saved,
 * only the record keeper can say what the launch resumes, and blocked storage is for it to report.
 * With it the start screen is drawn before scorm-again is loaded (docs/performance.md); it is the
 * launch the record keeper then gives (tests/tracking/standalone.test.ts).
 */
export function freshLaunch(lessonId: string, storage: () => Storage | null): LaunchInfo | null {
  const key = storageKey(lessonId);
  const store = usableStorage(storage, key);
  try {
    if (!store || store.getItem(key) !== null) return null;
  } catch {
    return null;
  }
  return { store: 'browser', standard: '2004', mode: 'normal', savedState: null, bookmark: null, passingScore: null, learnerName: null };
}

type ScormAgain = typeof ScormAgainModule;
let recordKeeper: Promise<ScormAgain> | null = null;

/**
 * scorm-again, loaded once: the first call starts the download (src/tracking/early-start.ts calls it
 * before the rest of the launch script runs), later calls share it.
 */
export function loadRecordKeeper(): Promise<ScormAgain> {
  if (!recordKeeper) {
    recordKeeper = import('scorm-again');
    // A failed download is not kept: the next launch of the tracker tries again.
    recordKeeper.catch(() => (recordKeeper = null));
  }
  return recordKeeper;
}

export async function openStandalone(lessonId: string, storage: () => Storage | null): Promise<Standalone> {
  const { Scorm2004API } = await loadRecordKeeper();
  const key = storageKey(lessonId);
  let store = usableStorage(storage, key);
  const fallbacks: ((detail: string) => void)[] = [];

  const create = () => new Scorm2004API({ autocommit: false, logLevel: 5 /* none: the tracker reports */ });
  let api = create();
  const saved = readSaved(store, key);
  if (saved) {
    const { cmi } = saved;
    // A self-paced learner always comes back to their own work, finished or not: resume whenever
    // there is a saved state. What belonged to the last session only is dropped.
    const resume = typeof cmi.suspend_data === 'string' && cmi.suspend_data !== '';
    delete cmi.exit;
    delete cmi.session_time;
    cmi.entry = resume ? 'resume' : 'ab-initio';
    try {
      // Only before Initialize (scorm-again ignores it afterwards).
      api.loadFromJSON({ cmi });
    } catch {
      // Unreadable data: start afresh rather than half-restored.
      api = create();
    }
  }

  const save = (): void => {
    if (!store) return;
    try {
      store.setItem(key, api.renderCMIToJSONString());
    } catch (error) {
      store = null;
      // DOMException from another realm is not `instanceof Error`: read its name directly.
      const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : 'error';
      const detail = `This browser refused to keep progress (${name}).`;
      for (const listener of fallbacks) listener(detail);
    }
  };
  // Every commit and the terminate: the same moments a real LMS would store.
  api.on('Commit', save);
  api.on('Terminate', save);

  return {
    found: { standard: '2004', api },
    store: () => (store ? 'browser' : 'memory'),
    onFallback: (listener) => {
      fallbacks.push(listener);
    },
  };
}
