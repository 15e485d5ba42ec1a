/**
 * Turns changes of the lesson state into what the record keeper needs, in lesson terms:
 * every new try becomes an answer record, every real change a progress report.
 *
 * This is the seam between the lesson and tracking: the views only change the state; they never
 * know that anything is being recorded.
 */
import type { Lesson } from '../content/model';
import { encodeState } from '../lesson/saved-state';
import { isCorrect } from '../lesson/grading';
import { progressOf } from '../lesson/lookup';
import { lessonScore } from '../lesson/scoring';
import { stepId } from '../lesson/state';
import type { LessonState } from '../lesson/types';
import type { Tracker } from '../tracking/tracker';
import type { LessonStore } from './lessonStore';

export interface BridgeOptions {
  readonly lesson: Lesson;
  readonly store: LessonStore;
  readonly tracker: Tracker;
  /** The passing score in force: the LMS's when it sets one, else the lesson's. */
  readonly passingScore: number;
  readonly now?: () => number;
  readonly doc?: Document;
  /** Report the starting state at once (default). False when the saved state could not be read. */
  readonly reportAtStart?: boolean;
}

/** What the record keeper is sent for a state. Pure, so tests and the benchmark can use it too. */
export function progressReport(lesson: Lesson, state: LessonState, passingScore: number) {
  return {
    state: encodeState(lesson, state),
    bookmark: stepId(lesson, state.current),
    score: lessonScore(lesson, state, passingScore),
  };
}

/** A change worth saving: anything but the time-on-task counter. */
function onlyTimeChanged(next: LessonState, previous: LessonState): boolean {
  return (
    next.current === previous.current &&
    next.furthest === previous.furthest &&
    next.checks === previous.checks &&
    next.seed === previous.seed &&
    next.timeOnTask !== previous.timeOnTask
  );
}

export function connectTracking(options: BridgeOptions): () => void {
  const { lesson, store, tracker, passingScore } = options;
  const now = options.now ?? (() => Date.now());
  const doc = options.doc ?? (typeof document === 'undefined' ? undefined : document);
  const checksById = new Map(lesson.sections.flatMap((s) => s.checks.map((c) => [c.id, c] as const)));

  // Time on task counts while the page is visible. It reaches the saved state with each report, and
  // the store catches up in a microtask: never from inside a store listener, so listeners always see
  // changes in order, and the clock never causes a commit of its own.
  let visibleSince: number | null = doc?.visibilityState === 'hidden' ? null : now();
  let carriedMs = 0;
  // When each check was last "shown": entering its section, or its previous try.
  let sectionEnteredAt = now();
  const lastTryAt = new Map<string, number>();

  /** Whole seconds of visible time not yet in the store, taken off the carry. */
  const takeSeconds = (): number => {
    const at = now();
    if (visibleSince !== null) {
      carriedMs += at - visibleSince;
      visibleSince = at;
    }
    const seconds = Math.floor(carriedMs / 1000);
    carriedMs -= seconds * 1000;
    return seconds;
  };

  const report = () => {
    const seconds = takeSeconds();
    const state = store.getState();
    tracker.report(progressReport(lesson, { ...state, timeOnTask: state.timeOnTask + seconds }, passingScore));
    if (seconds > 0) queueMicrotask(() => store.dispatch({ type: 'tick', seconds }));
  };

  const unsubscribe = store.subscribe((next, previous) => {
    if (onlyTimeChanged(next, previous)) return;
    if (next.current !== previous.current) sectionEnteredAt = now();
    if (next.checks !== previous.checks) {
      for (const [checkId, progress] of Object.entries(next.checks)) {
        const before = progressOf(previous, checkId)?.tries.length ?? 0;
        const check = checksById.get(checkId);
        if (!check) continue;
        for (let tryIndex = before; tryIndex < progress.tries.length; tryIndex++) {
          const response = progress.tries[tryIndex] ?? [];
          const shownAt = Math.max(sectionEnteredAt, lastTryAt.get(checkId) ?? 0);
          const at = now();
          lastTryAt.set(checkId, at);
          tracker.recordAnswer({
            check,
            tryIndex,
            response,
            correct: isCorrect(check, response),
            latencySeconds: Math.max(0, (at - shownAt) / 1000),
            at: new Date(at),
          });
        }
      }
    }
    report();
  });

  const onVisibility = () => {
    if (!doc) return;
    if (doc.visibilityState === 'hidden') {
      // The learner may not come back: the time read so far goes with a last report.
      report();
      visibleSince = null;
    } else if (visibleSince === null) {
      visibleSince = now();
    }
  };
  doc?.addEventListener('visibilitychange', onVisibility);

  // The first report records where a fresh attempt starts (or confirms a resumed one). Saved data the
  // lesson could not read is left alone until the learner does something: it may be from a newer
  // package, and overwriting it at once would lose it for good.
  if (options.reportAtStart ?? true) report();

  return () => {
    unsubscribe();
    doc?.removeEventListener('visibilitychange', onVisibility);
  };
}
