/**
 * Turns what happened in the lesson into what the record keeper needs, in lesson terms: an
 * `answer` action becomes an answer record, and every real change a progress report.
 *
 * This is the seam between the lesson and tracking: the views only dispatch actions; they never
 * know that anything is being recorded.
 *
 * Off the click path: a change only notes what to send (the try, with its time taken at the click);
 * encoding the state and writing to the record keeper run once the feedback has been painted
 * (`defer`, by default after the next frame), and at once whenever `report()` is called: before the
 * page is hidden or left and before the learner's finish, so nothing waits on a timer at those moments.
 */
import { positionDebates } from '../lesson/positions';
import type { Lesson } from '../content/model';
import { encodeState } from '../lesson/saved-state';
import { findCheck, progressOf } from '../lesson/lookup';
import { checkOutcome, lessonScore } from '../lesson/scoring';
import { stepId } from '../lesson/state';
import type { LessonState } from '../lesson/types';
import type { Tracker } from '../tracking/tracker';
import { afterPaint, type Defer } from './after-paint';
import type { LessonStore } from './lesson-store';

export interface BridgeOptions {
  readonly lesson: Lesson;
  readonly store: LessonStore;
  readonly tracker: Tracker;
  /** The passing score in force: the LMS's when it sets one, else the lesson's. */
  readonly passingScore: number;
  /** Whole seconds on task so far (the session's clock owns the time; the bridge only reads it). */
  readonly timeOnTask: () => number;
  readonly now?: () => number;
  /** Report the starting state at once (default). False when the saved state could not be read. */
  readonly reportAtStart?: boolean;
  /** When the writes a change causes are made (default: after the next paint of `win`). */
  readonly defer?: Defer;
  /** The lesson's window, whose frames the default `defer` waits for (default: window). */
  readonly win?: Window;
}

export interface Bridge {
  /**
   * Writes what is waiting (the tries not yet recorded) and a report of the state as it stands, with
   * the time on task so far, now: before the page is hidden or left, and before the learner's own
   * finish. Reports nothing while saved data the lesson could not read is still being left alone
   * (see `reportAtStart`).
   */
  report(): void;
  /** Writes what is waiting, then stops listening to the store. */
  disconnect(): void;
}

/** What the record keeper is sent for a state. Pure, so tests and the benchmark can use it too. */
export function progressReport(lesson: Lesson, state: LessonState, passingScore: number) {
  return {
    state: encodeState(lesson, state),
    bookmark: stepId(lesson, state.current),
    score: lessonScore(lesson, state, passingScore),
  };
}

export function connectTracking(options: BridgeOptions): Bridge {
  const { lesson, store, tracker, passingScore, timeOnTask } = options;
  const now = options.now ?? (() => Date.now());

  // Saved data the lesson could not read is left alone until the learner does something: it may be
  // from a newer package, and overwriting it at once would lose it for good.
  let reporting = options.reportAtStart ?? true;
  // When each check was last "shown": entering its section, or its previous try (answer latency).
  let sectionEnteredAt = now();
  const lastTryAt = new Map<string, number>();

  const defer = options.defer ?? afterPaint(options.win ?? window);
  /** Records owed to the tracker, in the order they happened; written with the next report. */
  let owed: (() => void)[] = [];
  let cancel: (() => void) | null = null;

  const report = (): void => {
    cancel?.();
    cancel = null;
    const records = owed;
    owed = [];
    for (const record of records) record();
    if (!reporting) return;
    const state = store.getState();
    tracker.report(progressReport(lesson, { ...state, timeOnTask: timeOnTask() }, passingScore));
  };

  const unsubscribe = store.subscribe((next, previous, action) => {
    reporting = true;
    if (action.type === 'go') sectionEnteredAt = now();
    if (action.type === 'answer') {
      // The state changed, so the reducer took the try: it is the check's last one, as stored.
      const check = findCheck(lesson, action.checkId);
      const progress = progressOf(next, action.checkId);
      const response = progress?.tries.at(-1);
      if (check && progress && response) {
        // Timed now, at the click; recorded after the paint.
        const at = now();
        const shownAt = Math.max(sectionEnteredAt, lastTryAt.get(check.id) ?? 0);
        lastTryAt.set(check.id, at);
        owed.push(() =>
          tracker.recordAnswer({
            check,
            tryIndex: progress.tries.length - 1,
            response,
            correct: checkOutcome(lesson, check, progress).results.at(-1) === true,
            latencySeconds: Math.max(0, (at - shownAt) / 1000),
            at: new Date(at),
          }),
        );
      }
    }
    // A written debate position goes to the LMS as an unscored interaction a teacher can read; only
    // when the reducer kept a change (an unknown debate or the same text leaves the state as it was).
    if (action.type === 'writePosition' && next.positions !== previous.positions) {
      const debate = positionDebates(lesson).find((d) => d.id === action.debate);
      const text = next.positions[action.debate] ?? '';
      if (debate) owed.push(() => tracker.recordPosition(debate.id, debate.debate.question, text));
    }
    cancel ??= defer(report);
  });

  // The first report records where a fresh attempt starts (or confirms a resumed one), once the first
  // screen is drawn: with no LMS, a fresh attempt's record keeper (scorm-again) is loaded only when
  // there is something to keep, so it does not hold back the start screen on a slow laptop.
  if (reporting) cancel = defer(report);

  return {
    report,
    disconnect() {
      if (cancel) report();
      unsubscribe();
    },
  };
}
