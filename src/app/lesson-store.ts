/**
 * The one place the lesson state lives while the page runs.
 *
 * A tiny external store (rather than useReducer) so that code outside React (the tracking bridge)
 * hears each change synchronously, in order, together with the action that made it, as Redux
 * Toolkit's listener middleware does.
 */
import type { Lesson } from '../content/model';
import { lessonReducer } from '../lesson/state';
import type { LessonAction, LessonState } from '../lesson/types';

export type StoreListener = (next: LessonState, previous: LessonState, action: LessonAction) => void;

export interface LessonStore {
  getState(): LessonState;
  /** Applies the action; listeners hear only real changes (the reducer returns the same object otherwise). */
  dispatch(action: LessonAction): LessonState;
  subscribe(listener: StoreListener): () => void;
}

export function createLessonStore(lesson: Lesson, initial: LessonState): LessonStore {
  const reduce = lessonReducer(lesson);
  let state = initial;
  const listeners = new Set<StoreListener>();
  return {
    getState: () => state,
    dispatch(action) {
      const previous = state;
      const next = reduce(previous, action);
      if (next !== previous) {
        state = next;
        for (const listener of [...listeners]) listener(next, previous, action);
      }
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
