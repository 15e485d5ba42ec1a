/**
 * SCORM 2004 4th Edition, using nothing that 3rd Edition LMSs (Docebo, Cornerstone) lack: completion
 * and success are separate, the score carries `scaled`, and interactions have descriptions.
 */
import type { LessonScore, SectionScore } from '../lesson/types';
import {
  correctPattern,
  duration2004,
  freeText,
  learnerResponse,
  rawScore,
  scaledScore,
  timestamp2004,
} from './formats';
import type { ScormProfile, Standing } from './profile';

/** completion_status and success_status of a unit: success only once it is complete (and scored). */
function statuses(complete: boolean, visited: boolean, passed: boolean | undefined): Standing['statuses'] {
  const completion = complete ? 'completed' : visited ? 'incomplete' : 'not attempted';
  if (!complete || passed === undefined) return [['completion_status', completion]];
  return [
    ['completion_status', completion],
    ['success_status', passed ? 'passed' : 'failed'],
  ];
}

/**
 * The lesson: incomplete until every section is visited and every check finished; then completed,
 * with success from the passing score. The score only once complete: an LMS that judges success from
 * the score (satisfiedByMeasure) would otherwise record a fail half-way through.
 */
export function lessonStanding2004(score: LessonScore): Standing {
  return {
    statuses: statuses(score.complete, true, score.passed),
    success: 'success_status',
    scored: score.complete,
    progress: score.progress,
  };
}

/** A section's objective: a section without checks is completed by a visit and has no success. */
export function sectionStanding2004(section: SectionScore, passingScore: number): Standing {
  const scored = section.complete && section.checks > 0;
  return {
    statuses: statuses(section.complete, section.visited, scored ? section.percent >= passingScore : undefined),
    success: 'success_status',
    scored,
    progress: section.checks > 0 ? section.finished / section.checks : section.visited ? 1 : 0,
  };
}

export const scorm2004: ScormProfile = {
  standard: '2004',
  launch: {
    entry: 'cmi.entry',
    mode: 'cmi.mode',
    passingScore: 'cmi.scaled_passing_score',
    learnerName: 'cmi.learner_name',
  },
  // Rounded to hundredths: 0.7 * 100 is 70.00000000000001.
  passingPercent: (scaled) => Math.round(Math.max(0, scaled) * 10000) / 100,
  location: 'cmi.location',
  stateLimit: 64000,
  // Without exit = suspend a 2004 LMS starts the next launch as a new, empty attempt; "normal" ends it.
  exit: { element: 'cmi.exit', finished: 'normal' },
  // Every commit: without it Moodle stores an invalid total time.
  sessionTime: { element: 'cmi.session_time', format: duration2004 },

  lessonPrefix: 'cmi',
  statusFields: { lesson: ['completion_status', 'success_status'], objective: ['completion_status', 'success_status'] },
  startStatus: ['completion_status', 'incomplete'],
  lessonStanding: lessonStanding2004,
  sectionStanding: sectionStanding2004,
  scoreValues: (percent) => [
    ['min', '0'],
    ['max', '100'],
    ['raw', rawScore(percent)],
    ['scaled', scaledScore(percent)],
  ],

  interactions: {
    responseField: 'learner_response',
    timeField: 'timestamp',
    time: timestamp2004,
    latency: duration2004,
    wrong: 'incorrect',
    described: true,
    response: (check, response) => learnerResponse(check, response, '2004'),
    pattern: (check) => correctPattern(check, '2004'),
    freeTextType: 'long-fill-in',
    // CMILangString4000, one line.
    freeText: (text) => freeText(text, 4000),
  },
};
