/**
 * What every view may read and do, in lesson terms. The app provides it; views never see how
 * progress is stored or sent anywhere.
 */
import { createContext, useContext } from 'react';
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
}

/** Where a reopened attempt picks up, with its "welcome back". */
export interface ResumePoint {
  /** The check the learner was working on (its heading gets focus on arrival); null: the step's start. */
  readonly checkId: string | null;
  /** Hide the welcome (the learner closed it). */
  dismiss(): void;
}

export const LessonContext = createContext<LessonView | null>(null);

export function useLesson(): LessonView {
  const view = useContext(LessonContext);
  if (!view) throw new Error('useLesson must be used inside a LessonContext provider');
  return view;
}
