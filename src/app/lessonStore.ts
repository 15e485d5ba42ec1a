/**
 * The one place the lesson state lives while the page runs.
 *
 * A tiny external store (rather than useReducer) so that code outside React — the tracking bridge —
 * sees each new state synchronously, in order, and can tell which try was just added.
 */
import type { Lesson } from '../content/model';
import { lessonReducer } from '../lesson/state';
import type { LessonAction, LessonState } from '../lesson/types';

export interface LessonStore {
  getState(): LessonState;
  /** Applies the action; listeners hear only real changes (the reducer returns the same object otherwise). */
  dispatch(action: LessonAction): LessonState;
  subscribe(listener: (next: LessonState, previous: LessonState) => void): () => void;
}

export function createLessonStore(lesson: Lesson, initial: LessonState): LessonStore {
  const reduce = lessonReducer(lesson);
  let state = initial;
  const listeners = new Set<(next: LessonState, previous: LessonState) => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const previous = state;
      const next = reduce(previous, action);
      if (next !== previous) {
        state = next;
        for (const listener of [...listeners]) listener(next, previous);
      }
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
