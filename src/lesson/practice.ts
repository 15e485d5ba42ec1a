/**
 * The practice round: the checks a learner missed, asked again, unscored. It is a value of its own,
 * never part of the lesson state, so nothing in it can reach the saved attempt, the score or the LMS;
 * the results view holds it while it is on screen. Tries, outcomes and the tally use the same rules as
 * the lesson (checkOutcome), so "right" in practice means what it meant the first time.
 */
import type { Check, Lesson } from '../content/model';
import { isComplete, normalizeResponse } from './grading';
import { findCheck, progressOf } from './lookup';
import { missedChecks } from './remediation';
import { checkOutcome } from './scoring';
import { displayOrder } from './shuffle';
import type { CheckOutcome, LessonState, Response } from './types';

export interface PracticeRound {
  /** The missed checks, in lesson order, when the round started. */
  readonly checkIds: readonly string[];
  /** Shuffles the options afresh, so the learner cannot answer by position. */
  readonly seed: number;
  /** Practice tries per check id, oldest first. */
  readonly tries: Readonly<Record<string, readonly Response[]>>;
}

/** A round over every check the learner missed; the caller passes the seed (randomness stays outside). */
export function startPractice(lesson: Lesson, state: LessonState, seed: number): PracticeRound {
  return { checkIds: missedChecks(lesson, state).map((m) => m.check.id), seed: seed >>> 0, tries: {} };
}

export function practiceChecks(lesson: Lesson, round: PracticeRound): Check[] {
  return round.checkIds.flatMap((id) => {
    const check = findCheck(lesson, id);
    return check ? [check] : [];
  });
}

function practiceTries(round: PracticeRound, checkId: string): readonly Response[] {
  return Object.hasOwn(round.tries, checkId) ? (round.tries[checkId] ?? []) : [];
}

/** How a check stands in the practice round, by the lesson's own rules (tries allowed, scoring). */
export function practiceOutcome(lesson: Lesson, round: PracticeRound, check: Check): CheckOutcome {
  return checkOutcome(lesson, check, { tries: practiceTries(round, check.id) });
}

export function lastPracticeTry(round: PracticeRound, checkId: string): Response | undefined {
  const tries = practiceTries(round, checkId);
  return tries[tries.length - 1];
}

/** The order the round shows a check's options in: a new shuffle, not the one of the first time. */
export function practiceOrder(round: PracticeRound, check: Check): readonly string[] {
  return displayOrder(check, round.seed);
}

/** A practice try. Refused (the same round back) as the lesson refuses one: unknown, finished or incomplete. */
export function practise(lesson: Lesson, round: PracticeRound, checkId: string, response: Response): PracticeRound {
  const check = round.checkIds.includes(checkId) ? findCheck(lesson, checkId) : undefined;
  if (!check || !isComplete(check, response) || practiceOutcome(lesson, round, check).finished) return round;
  const tries = [...practiceTries(round, checkId), normalizeResponse(check, response)];
  return { ...round, tries: { ...round.tries, [checkId]: tries } };
}

export interface PracticeTally {
  readonly total: number;
  /** Practice checks finished (right, or out of tries). */
  readonly finished: number;
  /** Right this time, under the lesson's scoring rule. */
  readonly right: number;
  /** The same checks scored right in the lesson itself (the first time): 0, since they were missed. */
  readonly rightFirstTime: number;
}

export function practiceTally(lesson: Lesson, state: LessonState, round: PracticeRound): PracticeTally {
  const checks = practiceChecks(lesson, round);
  const outcomes = checks.map((check) => practiceOutcome(lesson, round, check));
  return {
    total: checks.length,
    finished: outcomes.filter((o) => o.finished).length,
    right: outcomes.filter((o) => o.scoredCorrect).length,
    rightFirstTime: checks.filter((check) => checkOutcome(lesson, check, progressOf(state, check.id)).scoredCorrect).length,
  };
}
