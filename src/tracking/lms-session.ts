/**
 * One LMS session: Initialize once, the adapter's writes, commits, Terminate once.
 * Whatever the LMS answers, no method here throws and the lesson goes on.
 */
import { createAdapter } from './adapter';
import { createCommitScheduler, type CommitScheduler, type Timers } from './commits';
import { connect } from './connection';
import type { FoundApi } from './discover';
import { createLedger } from './ledger';
import type { ScormProfile } from './profile';
import type { Standard } from './scorm-api';
import { scorm12 } from './scorm12-profile';
import { scorm2004 } from './scorm2004-profile';
import type { AnswerRecord, LaunchInfo, NotKeptReason, PositionRecord, ProgressReport, RecordStore, SaveNotice } from './tracker';

const PROFILES: Record<Standard, ScormProfile> = { '1.2': scorm12, '2004': scorm2004 };

/** A launch whose records stay in memory: nothing saved comes back, and nothing reaches an LMS. */
export function memoryLaunch(standard: Standard): LaunchInfo {
  return { store: 'memory', standard, mode: 'normal', savedState: null, bookmark: null, passingScore: null, learnerName: null };
}

export interface LmsSessionOptions {
  readonly store: RecordStore;
  readonly now: () => number;
  readonly coalesceMs: number;
  readonly heartbeatMs: number;
  readonly retryDelaysMs: readonly number[];
  readonly timers?: Timers;
  /** Called once the session has ended (Terminate called). */
  readonly onEnded?: () => void;
}

export interface LmsSession {
  readonly launch: LaunchInfo;
  report(progress: ProgressReport): void;
  answer(answer: AnswerRecord): void;
  position(position: PositionRecord): void;
  /** Commit now what is unsaved (the page is being hidden). */
  flush(): void;
  finish(): void;
  subscribe(listener: (notice: SaveNotice) => void): () => void;
  /** Saving stopped after launch (storage filled up): the lesson goes on in memory. */
  stopKeeping(reason: NotKeptReason, detail: string): void;
}

export function openLmsSession(found: FoundApi, options: LmsSessionOptions): LmsSession {
  const listeners = new Set<(notice: SaveNotice) => void>();
  const store = options.store;
  let notice: SaveNotice =
    store === 'memory' ? { kind: 'not-kept', reason: 'storage-blocked', detail: null } : { kind: 'saving', store, detail: null };
  const emit = (next: SaveNotice): void => {
    if (JSON.stringify(next) === JSON.stringify(notice)) return;
    notice = next;
    for (const listener of listeners) {
      try {
        listener(notice);
      } catch {
        // A listener's fault is not the LMS session's.
      }
    }
  };
  /** The record keeper's words for a problem, whatever the notice is. */
  const warn = (detail: string): void => {
    console.warn(`[tracking] ${detail}`);
    emit({ ...notice, detail });
  };
  const onSaving = (saving: 'ok' | 'retrying', detail: string | null): void => {
    if (notice.kind === 'not-kept') return;
    emit(saving === 'retrying' ? { kind: 'retrying', store: notice.store, detail: detail ?? 'refused' } : { kind: 'saving', store: notice.store, detail });
  };

  const connection = connect(found);
  const ledger = createLedger(connection, warn);
  const adapterOptions = { writer: ledger, warn };
  const adapter = createAdapter(PROFILES[found.standard], adapterOptions);

  const started = connection.initialize();
  const startedAt = options.now();
  let launch: LaunchInfo;
  let live = started;
  if (started) {
    launch = { store: options.store, standard: found.standard, ...adapter.begin() };
  } else {
    // The LMS refused to start a session: nothing can reach it, so what the learner does is kept
    // in memory only. The lesson runs from the beginning and says so.
    const detail = `The LMS did not start the session: ${connection.lastError() ?? 'no error code'}`;
    console.warn(`[tracking] ${detail}`);
    notice = { kind: 'not-kept', reason: store === 'lms' ? 'lms-refused' : 'store-unavailable', detail };
    launch = memoryLaunch(found.standard);
  }
  const writes = live && adapter.writes;

  /** Whether the last Commit was refused: the next one re-sends what the LMS may have dropped. */
  let refused = false;
  const commitOnce = (retry: boolean): string | null => {
    if (retry || refused) ledger.resend();
    adapter.sessionTime((options.now() - startedAt) / 1000);
    refused = !connection.commit();
    if (!refused) {
      ledger.committed();
      return null;
    }
    return connection.lastError() ?? 'The LMS refused to save (no error code).';
  };

  const scheduler: CommitScheduler | null = writes
    ? createCommitScheduler({
        commit: commitOnce,
        hasUnsaved: () => refused || ledger.hasPending(),
        onSaving,
        coalesceMs: options.coalesceMs,
        heartbeatMs: options.heartbeatMs,
        retryDelaysMs: options.retryDelaysMs,
        ...(options.timers ? { timers: options.timers } : {}),
      })
    : null;

  function finish(): void {
    if (!live) return;
    live = false;
    scheduler?.stop();
    if (writes) {
      if (refused || ledger.hasPending()) {
        // Unsaved changes get a commit of their own, so a refusal can be retried once before closing.
        if (commitOnce(false) !== null) commitOnce(true);
      } else {
        // Everything else is saved: Terminate persists the session time with it (RTE Terminate and
        // 1.2 LMSFinish both store the data), so a closing page makes one request fewer.
        adapter.sessionTime((options.now() - startedAt) / 1000);
      }
      if (refused) warn('The last save before closing was refused by the LMS.');
      else if (notice.kind === 'retrying') onSaving('ok', null);
    }
    if (!connection.terminate()) {
      warn(`The LMS refused to end the session: ${connection.lastError() ?? 'no error code'}`);
    }
    options.onEnded?.();
  }

  // exit = suspend and a fresh attempt's status reach the LMS even before the first report.
  scheduler?.request();

  return {
    launch,
    report(progress) {
      if (!live || !writes) return;
      adapter.progress(progress);
      scheduler?.request();
    },
    answer(answer) {
      if (!live || !writes) return;
      adapter.answer(answer);
      scheduler?.request();
    },
    position(position) {
      if (!live || !writes) return;
      adapter.position(position);
      scheduler?.request();
    },
    flush() {
      if (live) scheduler?.flush();
    },
    finish,
    subscribe(listener) {
      listeners.add(listener);
      // A subscriber that arrives late still hears about trouble that started before it.
      if (notice.kind !== 'saving' || notice.detail !== null) listener(notice);
      return () => listeners.delete(listener);
    },
    stopKeeping(reason, detail) {
      emit({ kind: 'not-kept', reason, detail });
    },
  };
}
