/**
 * A learner's session in the page: the lesson state rebuilt from what the record keeper saved (or a
 * fresh start), the clock of time on task, the bridge to tracking, and the page's life. Opened by
 * LessonApp's effect once the tracker has started, and closed by its cleanup, so React StrictMode's
 * second run of the effect simply opens it again (the tracker starts the LMS session only once).
 */
import type { Lesson } from '../content/model';
import { decodeState } from '../lesson/saved-state';
import { newSeed } from '../lesson/shuffle';
import { initialState } from '../lesson/state';
import type { LessonState } from '../lesson/types';
import type { LaunchInfo, Tracker } from '../tracking/tracker';
import { createLessonStore, type LessonStore } from './lesson-store';
import { watchPage } from './page-lifecycle';
import { startTimeOnTask } from './time-on-task';
import { connectTracking } from './tracking-bridge';

export interface LearnerSession {
  readonly store: LessonStore;
  readonly launch: LaunchInfo;
  readonly passingScore: number;
  /** Why saved progress could not all be restored, in words for the learner; null when all was kept. */
  readonly restoreProblem: string | null;
  /** Whole seconds on task, over every session of this attempt. */
  timeOnTask(): number;
  /** The learner pressed Finish: the last report, then the record keeper's session ends. */
  finish(): void;
  /** Stops listening to the store and the page (the view is going away). */
  close(): void;
}

/** The state a launch starts from, and what to tell the learner about saved progress that did not all fit. */
function startingState(
  lesson: Lesson,
  launch: LaunchInfo,
  random: () => number,
): { state: LessonState; restoreProblem: string | null; unreadable: boolean } {
  const readOnly = launch.mode !== 'normal';
  const seed = newSeed(random);
  let state: LessonState = initialState(lesson, seed);
  let restoreProblem: string | null = null;
  let unreadable = false;
  if (launch.savedState) {
    const decoded = decodeState(lesson, launch.savedState, seed);
    state = decoded.state;
    if (decoded.problem) {
      unreadable = true;
      restoreProblem = 'Your saved progress could not be read, so the lesson starts from the beginning.';
    } else if (decoded.dropped.length > 0) {
      restoreProblem = `The lesson has been updated since you last opened it: ${decoded.dropped.length} answer${decoded.dropped.length === 1 ? '' : 's'} to changed questions could not be kept; everything else was.`;
    }
  }
  // In review the learner (or teacher) may look at every step.
  if (readOnly) state = { ...state, furthest: lesson.sections.length };
  return { state, restoreProblem, unreadable };
}

export interface LearnerSessionOptions {
  readonly random?: () => number;
  /** The lesson's window, whose page events matter (default: window). */
  readonly win?: Window;
  readonly now?: () => number;
}

export function openLearnerSession(lesson: Lesson, tracker: Tracker, launch: LaunchInfo, options: LearnerSessionOptions = {}): LearnerSession {
  const win = options.win ?? window;
  const now = options.now ?? (() => Date.now());
  const { state, restoreProblem, unreadable } = startingState(lesson, launch, options.random ?? Math.random);
  const store = createLessonStore(lesson, state);
  const passingScore = launch.passingScore ?? lesson.settings.passingScore;
  const clock = startTimeOnTask(state.timeOnTask, now, win.document.visibilityState !== 'hidden');
  const bridge = connectTracking({ lesson, store, tracker, passingScore, timeOnTask: clock.seconds, now, reportAtStart: !unreadable, win });

  // The last report is written before the save, so the final suspend_data rides the same commit.
  const unwatch = watchPage(win, {
    hidden: () => {
      clock.pause();
      bridge.report();
      tracker.flush();
    },
    shown: () => clock.resume(),
    leaving: () => {
      bridge.report();
      tracker.finish();
    },
  });

  return {
    store,
    launch,
    passingScore,
    restoreProblem,
    timeOnTask: clock.seconds,
    finish() {
      bridge.report();
      tracker.finish();
    },
    close() {
      unwatch();
      bridge.disconnect();
    },
  };
}
