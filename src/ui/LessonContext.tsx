/**
 * What every view may read and do, in lesson terms. The app provides it; views never see how
 * progress is stored or sent anywhere.
 *
 * The app provides a source of the view, not the view itself, so that an answer re-renders only what
 * it changes: a view reads the part it shows with `useLessonSelect`, and re-renders when that part
 * changes (the check that was answered, the progress line), not on every change to the lesson.
 * `useLesson` gives the whole view, for views that show the whole lesson (the results page).
 */
import { createContext, useContext, useRef, useSyncExternalStore } from 'react';
import type { Lesson } from '../content/model';
import type { LessonScore, LessonState, Response } from '../lesson/types';

/**
 * Where progress is kept and whether the last save went through, with the reason when nothing is
 * kept, as the learner should be told. (The tracker's SaveNotice has this shape; views do not know it.)
 */
export type SavingStatus =
  | { readonly kind: 'saving'; readonly store: 'lms' | 'browser'; readonly detail: string | null }
  | { readonly kind: 'retrying'; readonly store: 'lms' | 'browser'; readonly detail: string }
  | {
      readonly kind: 'not-kept';
      readonly reason: 'lms-refused' | 'storage-blocked' | 'storage-full' | 'store-unavailable';
      readonly detail: string | null;
    };

export interface LessonView {
  readonly lesson: Lesson;
  readonly state: LessonState;
  readonly score: LessonScore;
  readonly saving: SavingStatus | null;
  /** The learner pressed "Finish": results are sent and the session is closed. */
  readonly finished: boolean;
  /** The learner's name when the LMS gives one (for the printed results). */
  readonly learnerName: string | null;
  /** Whole seconds on task over every session, as when the view was last made (the app's clock owns it). */
  readonly secondsOnTask: number;
  /** LMS review or browse mode: answers are shown, with the correct ones, and none is taken. */
  readonly readOnly: boolean;
  /** Saved progress that could not all be restored, in words for the learner. */
  readonly restoreProblem: string | null;
  go(step: number): void;
  answer(checkId: string, response: Response): void;
  /**
   * Keep the learner's written position on a debate (the `writePosition` lesson action). Optional
   * until the app wires it: without it the position box says it cannot be saved.
   */
  writePosition?(debate: string, text: string): void;
  finish(): void;
  /**
   * Self-study only (no LMS, not a review, not yet finished on this page): clear every answer and
   * start again from the first section, for the next learner on a shared computer. Null when not offered.
   */
  readonly restart: (() => void) | null;
  /**
   * Set while the start screen shows (a fresh attempt, not a review): leave it for the first section.
   * Optional, like `resume`, so hand-made views in tests need not spell it out.
   */
  readonly begin?: (() => void) | null;
  /** Set on an attempt reopened with progress, until the learner moves on or dismisses the welcome. */
  readonly resume?: ResumePoint | null;
  /**
   * False while `lesson` is the launch part (src/content/launch-split.ts): the later sections' text,
   * the documents and the glossary are still loading. Absent: the lesson is whole.
   */
  readonly whole?: boolean;
  /** Asks for the whole lesson now (the glossary or the documents opened before it has come). */
  wantWhole?(): void;
}

/** Where a reopened attempt picks up, with its "welcome back". */
export interface ResumePoint {
  /** The check the learner was working on (its heading gets focus on arrival); null: the step's start. */
  readonly checkId: string | null;
  /** Hide the welcome (the learner closed it). */
  dismiss(): void;
}

/** The view as it stands, and word of each change. The app's (src/app/lesson-view.ts). */
export interface LessonViewSource {
  /** The same object until something in the view changes. */
  getView(): LessonView;
  subscribe(listener: () => void): () => void;
  /**
   * Word of each change once the browser has painted what the learner's action changed (a frame
   * later): for summaries of the lesson (the progress line, the step list, the way on) that may
   * trail the check the learner answered, so that its feedback is drawn first. Absent: `subscribe`.
   */
  subscribeAfterPaint?(listener: () => void): () => void;
}

export const LessonContext = createContext<LessonViewSource | null>(null);

/** A source that always gives this view (a view made by hand, as in a test harness). */
export function steadySource(view: LessonView): LessonViewSource {
  return { getView: () => view, subscribe: () => () => undefined };
}

function useSource(): LessonViewSource {
  const source = useContext(LessonContext);
  if (!source) throw new Error('useLesson must be used inside a LessonContext provider');
  return source;
}

/** The whole view: re-renders on every change to the lesson. */
export function useLesson(): LessonView {
  const source = useSource();
  return useSyncExternalStore(source.subscribe, source.getView, source.getView);
}

/**
 * The part of the view that `select` picks: re-renders only when that part changes (`Object.is`, or
 * `equal`). The actions and the lesson never change while a lesson runs, so selecting them costs nothing.
 */
export function useLessonSelect<T>(select: (view: LessonView) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const source = useSource();
  return useSelected(source, source.subscribe, select, equal);
}

/**
 * As `useLessonSelect`, for a summary of the lesson (counts, bars, the gate): it re-renders after the
 * browser has painted the change, not in the same frame. An answer on a slow laptop then draws its
 * feedback first and the summary a frame later, instead of both after one longer wait.
 */
export function useLessonSummary<T>(select: (view: LessonView) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const source = useSource();
  return useSelected(source, source.subscribeAfterPaint ?? source.subscribe, select, equal);
}

function useSelected<T>(
  source: LessonViewSource,
  subscribe: (listener: () => void) => () => void,
  select: (view: LessonView) => T,
  equal: (a: T, b: T) => boolean,
): T {
  const last = useRef<{ view: LessonView; select: (view: LessonView) => T; value: T } | null>(null);
  const snapshot = (): T => {
    const view = source.getView();
    const kept = last.current;
    if (kept && kept.view === view && kept.select === select) return kept.value;
    const picked = select(view);
    const value = kept && equal(kept.value, picked) ? kept.value : picked;
    last.current = { view, select, value };
    return value;
  };
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** For `useLessonSelect`: two objects are equal when their own fields are (`Object.is`). */
export function sameFields<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(a) as (keyof T)[];
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
}

/**
 * For `useLessonSelect` on the score: equal when every count a progress display shows is (answered,
 * correct, and per section checks, answered, complete, visited). A wrong try with tries left changes none.
 */
export function sameCounts(a: LessonScore, b: LessonScore): boolean {
  return (
    a.finishedChecks === b.finishedChecks &&
    a.correctChecks === b.correctChecks &&
    a.totalChecks === b.totalChecks &&
    a.sections.length === b.sections.length &&
    a.sections.every((s, i) => {
      const t = b.sections[i];
      return t !== undefined && s.checks === t.checks && s.finished === t.finished && s.complete === t.complete && s.visited === t.visited;
    })
  );
}
