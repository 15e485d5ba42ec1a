/**
 * The lesson reducer: the only code that makes new lesson states. Pure: time and randomness arrive as
 * action data. A refused action returns the very same state object, so React skips the render.
 */
import type { Lesson } from '../content/model';
import type { LessonAction, LessonState } from './types';
import { isComplete, normalizeResponse } from './grading';
import { findCheck, progressOf, resultsStep } from './lookup';
import { checkOutcome } from './scoring';
import { fitPosition, positionDebates } from './positions';

/** The bookmark of the results step (sections are bookmarked by their id). */
export const RESULTS_BOOKMARK = 'results';

/** A fresh attempt. The lesson is not read: every lesson starts the same way, at its first step. */
export function initialState(_lesson: Lesson, seed: number): LessonState {
  return {
    seed: seed >>> 0, // the saved form holds an unsigned 32-bit integer
    current: 0,
    furthest: 0,
    checks: {},
    positions: {},
    timeOnTask: 0,
  };
}

/** Every check of a section finished (correct, or out of tries). The results step has none. */
function sectionFinished(lesson: Lesson, state: LessonState, step: number): boolean {
  const section = lesson.sections[step];
  return (section?.checks ?? []).every((check) => checkOutcome(lesson, check, progressOf(state, check.id)).finished);
}

/** Whether `go` to this step would be accepted: for the views to enable or disable navigation. */
export function canGo(lesson: Lesson, state: LessonState, step: number): boolean {
  if (!Number.isInteger(step) || step < 0 || step > resultsStep(lesson)) return false;
  if (step <= state.furthest) return true;
  return step === state.furthest + 1 && (!lesson.settings.gating || sectionFinished(lesson, state, state.furthest));
}

export function reduce(lesson: Lesson, state: LessonState, action: LessonAction): LessonState {
  switch (action.type) {
    case 'go': {
      if (action.step === state.current || !canGo(lesson, state, action.step)) return state;
      return { ...state, current: action.step, furthest: Math.max(state.furthest, action.step) };
    }
    case 'answer': {
      const check = findCheck(lesson, action.checkId);
      if (!check || !isComplete(check, action.response)) return state;
      const progress = progressOf(state, check.id);
      if (checkOutcome(lesson, check, progress).finished) return state;
      const tries = [...(progress?.tries ?? []), normalizeResponse(check, action.response)];
      return { ...state, checks: { ...state.checks, [check.id]: { tries } } };
    }
    case 'writePosition': {
      if (!positionDebates(lesson).some((d) => d.id === action.debate)) return state;
      const text = fitPosition(typeof action.text === 'string' ? action.text : '');
      if ((state.positions[action.debate] ?? '') === text) return state;
      const { [action.debate]: _old, ...others } = state.positions;
      return { ...state, positions: text === '' ? others : { ...others, [action.debate]: text } };
    }
    case 'restart':
      return initialState(lesson, action.seed);
  }
}

/** reduce bound to a lesson, for useReducer. */
export function lessonReducer(lesson: Lesson): (state: LessonState, action: LessonAction) => LessonState {
  return (state, action) => reduce(lesson, state, action);
}

/** A step's bookmark: its section id, or "results". Out-of-range steps are clamped to a real step. */
export function stepId(lesson: Lesson, step: number): string {
  const last = resultsStep(lesson);
  const clamped = Number.isInteger(step) ? Math.min(Math.max(step, 0), last) : 0;
  return lesson.sections[clamped]?.id ?? RESULTS_BOOKMARK;
}

/** The step a bookmark names, or null when it names nothing in this lesson (e.g. a removed section). */
export function stepFromBookmark(lesson: Lesson, bookmark: string | null | undefined): number | null {
  if (bookmark === RESULTS_BOOKMARK) return resultsStep(lesson);
  const index = lesson.sections.findIndex((section) => section.id === bookmark);
  return index >= 0 ? index : null;
}
