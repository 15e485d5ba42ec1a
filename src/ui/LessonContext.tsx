/**
 * What every view may read and do, in lesson terms. The app provides it; views never see how
 * progress is stored or sent anywhere.
 */
import { createContext, useContext } from 'react';
import type { Lesson } from '../content/model';
import type { LessonScore, LessonState, Response } from '../lesson/types';

/** Where progress is kept and whether the last save went through, as the learner should be told. */
export interface SavingStatus {
  readonly store: 'lms' | 'browser' | 'memory';
  readonly saving: 'ok' | 'retrying';
  readonly detail: string | null;
}

export interface LessonView {
  readonly lesson: Lesson;
  readonly state: LessonState;
  readonly score: LessonScore;
  readonly saving: SavingStatus | null;
  /** The learner pressed "Finish": results are sent and the session is closed. */
  readonly finished: boolean;
  /** The learner's name when the LMS gives one (for the printed results). */
  readonly learnerName: string | null;
  /** LMS review or browse mode: answers are shown, with the correct ones, and none is taken. */
  readonly readOnly: boolean;
  /** Saved progress that could not all be restored, in words for the learner. */
  readonly restoreProblem: string | null;
  go(step: number): void;
  answer(checkId: string, response: Response): void;
  finish(): void;
}

export const LessonContext = createContext<LessonView | null>(null);

export function useLesson(): LessonView {
  const view = useContext(LessonContext);
  if (!view) throw new Error('useLesson must be used inside a LessonContext provider');
  return view;
}
