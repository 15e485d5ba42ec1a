/**
 * Work that must happen soon but not before the learner sees the result of what they did: saving an
 * answer runs after the browser has painted its feedback, so a slow laptop (or a busy LMS page in the
 * same renderer) does not hold the feedback back.
 */

/** Schedules `task` once; the returned function cancels it if it has not run. */
export type Defer = (task: () => void) => () => void;

/**
 * The latest a deferred task waits, even when no frame comes (a hidden page draws none). Short, so
 * the save is still well inside the tracker's commit window.
 */
export const AFTER_PAINT_LATEST_MS = 150;

/**
 * After the next paint: the frame that shows what the current event changed, then a task after it
 * (a timeout posted from requestAnimationFrame runs once that frame is drawn), or after
 * AFTER_PAINT_LATEST_MS, whichever comes first. Timers are looked up at call time, so test fake
 * timers apply.
 */
export function afterPaint(win: Window): Defer {
  return (task) => {
    let done = false;
    const run = (): void => {
      if (done) return;
      done = true;
      globalThis.clearTimeout(latest);
      task();
    };
    const latest = globalThis.setTimeout(run, AFTER_PAINT_LATEST_MS);
    let frame: number | null = null;
    try {
      if (typeof win.requestAnimationFrame === 'function') {
        frame = win.requestAnimationFrame(() => {
          frame = null;
          globalThis.setTimeout(run, 0);
        });
      }
    } catch {
      // No frames here: the timeout alone runs it.
    }
    return () => {
      done = true;
      globalThis.clearTimeout(latest);
      if (frame !== null) {
        try {
          win.cancelAnimationFrame(frame);
        } catch {
          // The window is gone: nothing to cancel.
        }
      }
    };
  };
}
