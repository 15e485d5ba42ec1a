/**
 * What a learner should do after the results: which checks they missed, where each one's passage is,
 * and which sections to go back to first. Pure functions of the model, the state and the score.
 */
import type { Check, Lesson, Passage, Section } from '../content/model';
import { progressOf } from './lookup';
import { checkOutcome } from './scoring';
import type { LessonScore, LessonState, SectionScore } from './types';

/** A check the learner finished without it counting as correct, with where to reread for it. */
export interface MissedCheck {
  readonly check: Check;
  /** Index of the check's section in the lesson (the step to go to). */
  readonly step: number;
  readonly section: Section;
  /** The passage it tests; the section's top when the content names none. */
  readonly passage: Passage | null;
}

/**
 * The checks the learner has missed, in lesson order: finished and not scored correct (out of tries,
 * or, under first-try scoring, right only on a later try). Unanswered checks are still to do, not missed.
 */
export function missedChecks(lesson: Lesson, state: LessonState): MissedCheck[] {
  return lesson.sections.flatMap((section, step) =>
    section.checks.flatMap((check) => {
      const outcome = checkOutcome(lesson, check, progressOf(state, check.id));
      return outcome.finished && !outcome.scoredCorrect ? [{ check, step, section, passage: check.passage ?? null }] : [];
    }),
  );
}

export interface WeakSection {
  readonly step: number;
  readonly section: Section;
  readonly score: SectionScore;
  /** The passages to reread in it, once each, in text order, from its missed checks. */
  readonly passages: readonly Passage[];
  readonly missed: readonly MissedCheck[];
}

/** How many sections the next step names: a learner starts with a few, not with the whole lesson. */
export const WEAKEST_LIMIT = 3;

/**
 * The sections to go back to first: those with a missed check that score below the pass mark, weakest
 * first (ties in lesson order), at most WEAKEST_LIMIT. When every section is at or above the pass mark
 * (a fail can come from the total alone), the ones with missed checks, weakest first.
 */
export function weakestSections(lesson: Lesson, state: LessonState, score: LessonScore): WeakSection[] {
  const missed = missedChecks(lesson, state);
  const all = lesson.sections.flatMap((section, step): WeakSection[] => {
    const sectionScore = score.sections[step];
    const own = missed.filter((m) => m.step === step);
    if (!sectionScore || own.length === 0) return [];
    const passages = [...new Map(own.flatMap((m) => (m.passage ? [[m.passage.anchor, m.passage] as const] : []))).values()];
    return [{ step, section, score: sectionScore, passages, missed: own }];
  });
  const below = all.filter((w) => w.score.percent < score.passingScore);
  return (below.length > 0 ? below : all)
    .slice()
    .sort((a, b) => a.score.percent - b.score.percent || a.step - b.step)
    .slice(0, WEAKEST_LIMIT);
}
