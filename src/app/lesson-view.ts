/**
 * The view the app gives the views (src/ui/LessonContext.tsx): what stays put while the lesson runs
 * (the lesson, the actions, where saving stands) and what the lesson state derives (the state itself,
 * the score, time on task). A source, not a value: views pick the part they show and re-render only
 * when it changes, so an answer costs the check it changed and the progress line, not the whole page.
 */
import type { Lesson } from '../content/model';
import { lessonScore } from '../lesson/scoring';
import type { LessonState } from '../lesson/types';
import type { LessonView, LessonViewSource } from '../ui/LessonContext';
import type { Defer } from './after-paint';
import type { LessonStore } from './lesson-store';

/** Everything in the view that the lesson state does not decide. */
export type SteadyView = Omit<LessonView, 'state' | 'score' | 'secondsOnTask'>;

export interface ViewSourceOptions {
  readonly lesson: Lesson;
  readonly store: LessonStore;
  readonly steady: SteadyView;
  readonly passingScore: number;
  /** Read when the view is made (each change of state): nothing re-renders because time passes. */
  readonly secondsOnTask: () => number;
  /**
   * When the summaries (`subscribeAfterPaint`) hear of a change: after the frame that shows it
   * (src/app/after-paint.ts). Absent: at once, with every other view.
   */
  readonly defer?: Defer;
}

export function createViewSource({ lesson, store, steady, passingScore, secondsOnTask, defer }: ViewSourceOptions): LessonViewSource {
  let made: { state: LessonState; view: LessonView } | null = null;
  // The summaries' listeners, told together once per paint however many changes came before it,
  // through one store listener kept while any summary listens.
  const later = new Set<() => void>();
  let pending: (() => void) | null = null;
  let stopHearing: (() => void) | null = null;
  const tellLater = (): void => {
    pending = null;
    for (const listener of [...later]) listener();
  };
  return {
    getView() {
      const state = store.getState();
      if (made?.state !== state) {
        made = { state, view: { ...steady, state, score: lessonScore(lesson, state, passingScore), secondsOnTask: secondsOnTask() } };
      }
      return made.view;
    },
    subscribe(listener) {
      return store.subscribe(() => listener());
    },
    subscribeAfterPaint(listener) {
      if (!defer) return store.subscribe(() => listener());
      later.add(listener);
      stopHearing ??= store.subscribe(() => {
        pending ??= defer(tellLater);
      });
      return () => {
        later.delete(listener);
        if (later.size > 0) return;
        stopHearing?.();
        stopHearing = null;
        pending?.();
        pending = null;
      };
    },
  };
}
