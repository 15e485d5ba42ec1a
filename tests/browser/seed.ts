/**
 * Saved attempts for the browser tests, put into the page's storage before the lesson first loads instead
 * of clicked through: made with the lesson's own reducer and codec (src/lesson), so only states a learner
 * can reach are used. The clicking itself (each kind of check, by keyboard and by pointer, every try
 * recorded) is the whole-lesson journey's job, once per version (suite.ts), and the jsdom journeys'.
 */
import type { Check, Lesson } from '../../src/content/model.ts';
import { encodeState } from '../../src/lesson/saved-state.ts';
import { initialState, reduce, stepId } from '../../src/lesson/state.ts';
import type { LessonState } from '../../src/lesson/types.ts';
import { responseFor } from '../../scorm/lib/browser-learner.ts';
import { manifestIds } from '../../scorm/lib/manifest.ts';
import { slug, type Standard } from '../../scorm/lib/standard.ts';
import { storageKey } from '../../src/tracking/standalone.ts';

/**
 * The first `sections` sections worked through: each check right on the first try, or (where `right`
 * says no) wrong on every try, with the same near misses a learner gives in the browser (responseFor);
 * then on to the next step, as the Next button does.
 */
export function workedThrough(lesson: Lesson, sections: number, right: (check: Check) => boolean, seed = 4242): LessonState {
  let state = initialState(lesson, seed);
  for (const section of lesson.sections.slice(0, sections)) {
    for (const check of section.checks) {
      const tries = right(check) ? [responseFor(check, true)] : Array.from({ length: check.maxTries }, () => responseFor(check, false));
      for (const response of tries) state = reduce(lesson, state, { type: 'answer', checkId: check.id, response });
    }
  }
  for (let step = 1; step <= sections; step++) state = reduce(lesson, state, { type: 'go', step });
  return state;
}

/**
 * The preview LMS's stored record (scorm/preview/src/record.ts) for attempt 1 left part-way with exit
 * "suspend": what an LMS keeps of a session the learner closed. The data model holds what the lesson
 * writes for that (its state, its place, the status); scorm-again loads it at the next launch, which
 * resumes. As a `storage` option for Journey.start.
 */
export function previewAttempt(standard: Standard, lesson: Lesson, state: LessonState): Record<string, string> {
  const location = stepId(lesson, state.current);
  const suspend_data = encodeState(lesson, state);
  const cmi =
    standard === '2004'
      ? { suspend_data, location, exit: 'suspend', completion_status: 'incomplete', success_status: 'unknown' }
      : { suspend_data, core: { lesson_location: location, exit: 'suspend', lesson_status: 'incomplete' } };
  const record = { format: 1, attempt: 1, cmi: { cmi }, totalTime: '', mode: 'normal', savedAt: new Date(0).toISOString(), history: [] };
  return { [`scorm-preview:${manifestIds(lesson).manifest}:${slug(standard)}`]: JSON.stringify(record) };
}

/** The no-LMS record keeper's saved attempt (src/tracking/standalone.ts), as Journey.start's `storage`. */
export function standaloneAttempt(lesson: Lesson, state: LessonState): Record<string, string> {
  const location = stepId(lesson, state.current);
  return { [storageKey(lesson.id)]: JSON.stringify({ cmi: { suspend_data: encodeState(lesson, state), location } }) };
}
