/**
 * SCORM 1.2, shaped by what Moodle's 1.2 runtime does (docs/scorm-notes.md, "Status"):
 *
 * - One status for completion and success (`cmi.core.lesson_status`).
 * - A score set before the end turns into a fail: with a mastery score, Moodle's LMSFinish replaces
 *   the status with passed/failed from score.raw. So score.raw and a final status are written only
 *   when the lesson is complete; an unfinished learner leaves with `incomplete`, no score, exit suspend.
 * - A 1.2 SCO that never sets a status is stored as `completed`: `incomplete` goes in at the start.
 * - `cmi.core.exit = "normal"` is refused by Moodle: the attempt ends with "".
 */
import type { LessonScore, SectionScore } from '../lesson/types';
import { correctPattern, freeText, learnerResponse, rawScore, time12, timespan12 } from './formats';
import type { ScormProfile, Standing } from './profile';

/** The lesson's one status. Complete means every check is finished: only then can it be `failed`. */
export function lessonStatus12(score: LessonScore): string {
  if (!score.complete) return 'incomplete';
  if (score.passed === undefined) return 'completed';
  return score.passed ? 'passed' : 'failed';
}

/** A section's objective status: judged against the passing score once the section is complete. */
export function sectionStatus12(section: SectionScore, passingScore: number): string {
  if (section.complete) {
    if (section.checks === 0) return 'completed';
    return section.percent >= passingScore ? 'passed' : 'failed';
  }
  return section.visited ? 'incomplete' : 'not attempted';
}

export const scorm12: ScormProfile = {
  standard: '1.2',
  launch: {
    entry: 'cmi.core.entry',
    mode: 'cmi.core.lesson_mode',
    passingScore: 'cmi.student_data.mastery_score',
    learnerName: 'cmi.core.student_name',
  },
  passingPercent: (value) => value,
  location: 'cmi.core.lesson_location',
  stateLimit: 4096,
  exit: { element: 'cmi.core.exit', finished: '' },
  sessionTime: { element: 'cmi.core.session_time', format: timespan12 },

  lessonPrefix: 'cmi.core',
  statusFields: { lesson: ['lesson_status'], objective: ['status'] },
  startStatus: ['lesson_status', 'incomplete'],
  lessonStanding: (score): Standing => ({
    statuses: [['lesson_status', lessonStatus12(score)]],
    success: 'lesson_status',
    scored: score.complete,
    progress: null,
  }),
  sectionStanding: (section, passingScore): Standing => ({
    statuses: [['status', sectionStatus12(section, passingScore)]],
    success: 'status',
    scored: section.complete && section.checks > 0,
    progress: null,
  }),
  scoreValues: (percent) => [
    ['min', '0'],
    ['max', '100'],
    ['raw', rawScore(percent)],
  ],

  interactions: {
    responseField: 'student_response',
    timeField: 'time',
    time: time12,
    latency: timespan12,
    // Moodle refuses "incorrect" in 1.2.
    wrong: 'wrong',
    described: false,
    response: (check, response) => learnerResponse(check, response, '1.2'),
    pattern: (check) => correctPattern(check, '1.2'),
    freeTextType: 'fill-in',
    // CMIFeedback: at most 255 characters.
    freeText: (text) => freeText(text, 255),
  },
};
