/**
 * Outcomes and scores, derived from the model and the state (never stored, so never out of date).
 */
import type { Check, Lesson } from '../content/model';
import type { CheckOutcome, CheckProgress, LessonScore, LessonState, Response, SectionScore } from './types';
import { isCorrect } from './grading';
import { progressOf, triesAllowed } from './lookup';

export function checkOutcome(lesson: Lesson, check: Check, progress: CheckProgress | undefined): CheckOutcome {
  const allowed = triesAllowed(lesson, check);
  // The reducer never stores more than this; the clip only guards a hand-made state.
  const results = (progress?.tries ?? []).slice(0, allowed).map((response) => isCorrect(check, response));
  const firstRight = results.indexOf(true);
  const used = firstRight >= 0 ? firstRight + 1 : results.length;
  const counted = results.slice(0, used);
  const correct = firstRight >= 0;
  const finished = correct || used >= allowed;
  const status = correct ? 'correct' : finished ? 'incorrect' : used === 0 ? 'unanswered' : 'retry';
  const scoredCorrect = lesson.settings.scoring === 'first-try' ? counted[0] === true : correct;
  // A finished check takes no more tries, whatever was left unused.
  return { status, triesUsed: used, triesLeft: finished ? 0 : allowed - used, finished, scoredCorrect, results: counted };
}

/**
 * Whether submitting `response` now will finish the check (the rule `finished` follows above: right, or
 * the last try), known before the answer is recorded: the view moves focus ahead of drawing it.
 */
export function finishesCheck(check: Check, outcome: CheckOutcome, response: Response): boolean {
  return !outcome.finished && (outcome.triesLeft <= 1 || isCorrect(check, response));
}

function percentOf(part: number, whole: number): number {
  // Nothing to get wrong counts as full marks, so a lesson (or section) without checks can pass.
  return whole === 0 ? 100 : Math.round((100 * part) / whole);
}

export function lessonScore(
  lesson: Lesson,
  state: LessonState,
  passingScore: number = lesson.settings.passingScore,
): LessonScore {
  const sections: SectionScore[] = lesson.sections.map((section, index) => {
    const outcomes = section.checks.map((check) => checkOutcome(lesson, check, progressOf(state, check.id)));
    const finished = outcomes.filter((o) => o.finished).length;
    const correct = outcomes.filter((o) => o.scoredCorrect).length;
    const visited = index <= state.furthest;
    return {
      sectionId: section.id,
      checks: outcomes.length,
      finished,
      correct,
      percent: percentOf(correct, outcomes.length),
      visited,
      complete: visited && finished === outcomes.length,
    };
  });
  const sum = (pick: (s: SectionScore) => number) => sections.reduce((total, s) => total + pick(s), 0);
  const totalChecks = sum((s) => s.checks);
  const finishedChecks = sum((s) => s.finished);
  const correctChecks = sum((s) => s.correct);
  const visitedSections = sections.filter((s) => s.visited).length;
  const percent = percentOf(correctChecks, totalChecks);
  const complete = sections.every((s) => s.complete);
  const units = sections.length + totalChecks;
  return {
    totalChecks,
    finishedChecks,
    correctChecks,
    percent,
    passingScore,
    complete,
    passed: complete ? percent >= passingScore : undefined,
    progress: units === 0 ? 1 : (visitedSections + finishedChecks) / units,
    sections,
  };
}
