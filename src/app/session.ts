/**
 * Starting a learner's session: ask the record keeper about this launch, rebuild the lesson state
 * from what it saved (or start fresh), and connect the two. Done once per tracker, whatever React
 * does with effects, because the LMS session must be initialised exactly once per page.
 */
import type { Lesson } from '../content/model';
import { decodeState } from '../lesson/saved-state';
import { newSeed } from '../lesson/shuffle';
import { initialState } from '../lesson/state';
import type { LessonState } from '../lesson/types';
import type { LaunchInfo, Tracker } from '../tracking/tracker';
import { createLessonStore, type LessonStore } from './lessonStore';
import { connectTracking } from './trackingBridge';

export interface Session {
  readonly store: LessonStore;
  readonly launch: LaunchInfo;
  readonly passingScore: number;
  /** Why saved progress could not all be restored, in words for the learner; null when all was kept. */
  readonly restoreProblem: string | null;
}

/** The state a launch starts from. Pure apart from the seed source, so it is tested directly. */
export function startingState(
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

const sessions = new WeakMap<Tracker, Promise<Session>>();

export function startSession(lesson: Lesson, tracker: Tracker, random: () => number = Math.random): Promise<Session> {
  const existing = sessions.get(tracker);
  if (existing) return existing;
  const session = tracker.start().then((launch) => {
    const { state, restoreProblem, unreadable } = startingState(lesson, launch, random);
    const store = createLessonStore(lesson, state);
    const passingScore = launch.passingScore ?? lesson.settings.passingScore;
    connectTracking({ lesson, store, tracker, passingScore, reportAtStart: !unreadable });
    return { store, launch, passingScore, restoreProblem };
  });
  sessions.set(tracker, session);
  return session;
}
