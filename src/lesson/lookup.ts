/**
 * Small read-only questions about the lesson model that several lesson modules ask.
 */
import type { Check, Lesson } from '../content/model';
import type { CheckProgress, LessonState } from './types';

/** Every check of the lesson, in section order then quiz-file order. */
export function allChecks(lesson: Lesson): readonly Check[] {
  return lesson.sections.flatMap((section) => section.checks);
}

// Keyed by the lesson object: the model is immutable, so the map never goes stale.
const checkMaps = new WeakMap<Lesson, ReadonlyMap<string, Check>>();

export function findCheck(lesson: Lesson, checkId: string): Check | undefined {
  let map = checkMaps.get(lesson);
  if (!map) {
    map = new Map(allChecks(lesson).map((check) => [check.id, check]));
    checkMaps.set(lesson, map);
  }
  return map.get(checkId);
}

/** The check's own maxTries; the lesson's (then 1) if it is somehow not a positive whole number. */
export function triesAllowed(lesson: Lesson, check: Check): number {
  for (const n of [check.maxTries, lesson.settings.maxTries]) {
    if (Number.isInteger(n) && n >= 1) return n;
  }
  return 1;
}

/** The results page is the step after the last section. */
export function resultsStep(lesson: Lesson): number {
  return lesson.sections.length;
}

/**
 * The authored list a response's ids are taken from; a response is a list of these ids, which is
 * what lets the saved state store small indices instead of ids. True-false is ['false', 'true'] so
 * that the index is 0/1.
 */
export function answerIds(check: Check): readonly string[] {
  switch (check.type) {
    case 'single-choice':
    case 'multiple-response':
      return check.options.map((o) => o.id);
    case 'true-false':
      return ['false', 'true'];
    case 'ordering':
      return check.items.map((i) => i.id);
    case 'matching':
      return [...check.pairs.map((p) => p.right.id), ...check.distractors.map((d) => d.id)];
  }
}

/**
 * A check's progress in the state. Own keys only: a check id such as "constructor" must not find
 * Object.prototype's member in a plain-object record.
 */
export function progressOf(state: LessonState, checkId: string): CheckProgress | undefined {
  return Object.hasOwn(state.checks, checkId) ? state.checks[checkId] : undefined;
}
