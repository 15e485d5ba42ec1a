/**
 * When to Commit: coalesced after changes, on a heartbeat, at once when asked (page hidden), and
 * again with backoff after the LMS refuses. The scheduler knows nothing of SCORM: `commit` does the
 * work and answers null (saved) or the LMS's description of the refusal.
 */

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** The global timers, looked up at call time so that test fake timers apply. */
const globalTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  setInterval: (run, ms) => globalThis.setInterval(run, ms),
  clearInterval: (handle) => globalThis.clearInterval(handle as ReturnType<typeof setInterval>),
};

export interface CommitSchedulerOptions {
  /** One attempt. `retry` is true after a refusal. Returns null when saved, else why not. */
  readonly commit: (retry: boolean) => string | null;
  /**
   * Whether anything is unsaved. The heartbeat commits only then: an idle learner's lesson would
   * otherwise send an empty commit a minute for the whole lesson. Without it, every beat commits.
   */
  readonly hasUnsaved?: () => boolean;
  readonly onSaving: (saving: 'ok' | 'retrying', detail: string | null) => void;
  /** Reports within this window share one Commit. */
  readonly coalesceMs: number;
  /** A Commit at least this often while the page is open (session time, a sign of life). */
  readonly heartbeatMs: number;
  /** Waits between retries; the last one repeats for as long as the LMS refuses. */
  readonly retryDelaysMs: readonly number[];
  readonly timers?: Timers;
}

export interface CommitScheduler {
  /** Something changed: commit soon, together with whatever else changes meanwhile. */
  request(): void;
  /** Commit now (the page is being hidden). */
  flush(): void;
  /** No more commits: the session is ending. */
  stop(): void;
}

export const DEFAULT_COALESCE_MS = 300;
export const DEFAULT_HEARTBEAT_MS = 30_000;
/** The spec leaves it open; LMS sessions time out, so at least once a minute (docs/scorm-notes.md, "Saving"). */
const MAX_HEARTBEAT_MS = 60_000;
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 4000, 8000, 16000, 30000];

export function createCommitScheduler(options: CommitSchedulerOptions): CommitScheduler {
  const timers = options.timers ?? globalTimers;
  const delays = options.retryDelaysMs.length > 0 ? options.retryDelaysMs : DEFAULT_RETRY_DELAYS_MS;
  let soon: unknown = null;
  let retryTimer: unknown = null;
  let failures = 0;
  let stopped = false;

  const clearSoon = (): void => {
    if (soon !== null) timers.clearTimeout(soon);
    soon = null;
  };
  const clearRetry = (): void => {
    if (retryTimer !== null) timers.clearTimeout(retryTimer);
    retryTimer = null;
  };

  function attempt(): void {
    if (stopped) return;
    clearSoon();
    clearRetry();
    const refusal = options.commit(failures > 0);
    if (refusal === null) {
      if (failures > 0) options.onSaving('ok', null);
      failures = 0;
      return;
    }
    options.onSaving('retrying', refusal);
    const wait = delays[Math.min(failures, delays.length - 1)] ?? 30000;
    failures += 1;
    retryTimer = timers.setTimeout(() => {
      retryTimer = null;
      attempt();
    }, wait);
  }

  const heartbeat = timers.setInterval(
    () => {
      // While a retry is waiting, it is the next commit; the heartbeat does not jump the backoff.
      if (retryTimer === null && (options.hasUnsaved?.() ?? true)) attempt();
    },
    Math.min(Math.max(options.heartbeatMs, 1000), MAX_HEARTBEAT_MS),
  );

  return {
    request() {
      if (stopped || soon !== null || retryTimer !== null) return;
      soon = timers.setTimeout(() => {
        soon = null;
        attempt();
      }, options.coalesceMs);
    },
    // A hidden page commits what is unsaved at once. Nothing unsaved, nothing sent: with no LMS, a
    // commit writes the whole record to localStorage, and an idle second tab would overwrite the
    // progress made in the first.
    flush() {
      if (retryTimer !== null || (options.hasUnsaved?.() ?? true)) attempt();
    },
    stop() {
      stopped = true;
      clearSoon();
      clearRetry();
      timers.clearInterval(heartbeat);
    },
  };
}
