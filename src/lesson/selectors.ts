/**
 * What the views read from the lesson state, and the only way they read it: the state's shape can
 * change (or its records move to Maps) without touching a view, and every lookup by check id is safe
 * for any id, including one such as "constructor" that a plain object would answer from its prototype.
 */
import type { Check, Lesson } from '../content/model';
import type { CheckOutcome, CheckProgress, LessonState, Response } from './types';
import { progressOf, resultsStep } from './lookup';
import { checkOutcome } from './scoring';
import { displayOrder } from './shuffle';

/** The step on screen: 0..sections.length-1 for sections, sections.length for results. */
export function currentStep(state: LessonState): number {
  return state.current;
}

/** Whether the learner has reached this step (and may go back to it). */
export function isReached(state: Pick<LessonState, 'furthest'>, step: number): boolean {
  return step <= state.furthest;
}

/** Whether the results step is on screen. */
export function onResults(lesson: Lesson, state: LessonState): boolean {
  return state.current === resultsStep(lesson);
}

/** Time on task in whole seconds, over every session. */
export function timeOnTask(state: LessonState): number {
  return state.timeOnTask;
}

/** A check's progress; undefined when it has not been answered. */
export function checkProgress(state: LessonState, checkId: string): CheckProgress | undefined {
  return progressOf(state, checkId);
}

/** Every submitted try at a check, oldest first (empty when there is none). */
export function triesAt(state: LessonState, checkId: string): readonly Response[] {
  return progressOf(state, checkId)?.tries ?? [];
}

/** The last submitted try at a check, or undefined. */
export function lastTry(state: LessonState, checkId: string): Response | undefined {
  const tries = triesAt(state, checkId);
  return tries[tries.length - 1];
}

/** How a check stands for this learner. */
export function outcomeOf(lesson: Lesson, state: LessonState, check: Check): CheckOutcome {
  return checkOutcome(lesson, check, progressOf(state, check.id));
}

/** The order this learner sees a check's options, items or matching targets in (seeded per learner). */
export function shownOrder(state: Pick<LessonState, 'seed'>, check: Check): readonly string[] {
  return displayOrder(check, state.seed);
}

/** The learner's written position on a debate, or '' when there is none. */
export function positionOn(state: LessonState, debateId: string): string {
  return Object.hasOwn(state.positions, debateId) ? (state.positions[debateId] ?? '') : '';
}

/**
 * A fresh attempt: nothing answered, no position written, still on the first step with nothing beyond
 * it reached. Derived, not saved: an attempt that has done nothing has nothing to resume, so a learner
 * who left before doing anything is simply offered the start again.
 */
export function isFreshAttempt(state: LessonState): boolean {
  return (
    state.current === 0 &&
    state.furthest === 0 &&
    Object.keys(state.checks).length === 0 &&
    Object.keys(state.positions).length === 0
  );
}

/**
 * Where a reopened attempt picks up: the first unfinished check of the section on screen (the one the
 * learner was working on), or null for the step's start (every check there finished, or the results).
 */
export function resumeCheck(lesson: Lesson, state: LessonState): Check | null {
  const section = lesson.sections[state.current];
  return section?.checks.find((check) => !outcomeOf(lesson, state, check).finished) ?? null;
}
