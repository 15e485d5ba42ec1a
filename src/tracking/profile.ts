/**
 * What one SCORM version calls things and how it writes them: the idea of scorm-again's
 * `api_constants`, one table per version around one adapter (adapter.ts). A later target (cmi5 or
 * xAPI) is one more profile, not another copy of the adapter.
 *
 * The status policies here are small pure functions from lesson scores to what the LMS should hold,
 * tested with tables (tests/tracking/status-policy.test.ts).
 */
import type { Check } from '../content/model';
import type { LessonScore, Response, SectionScore } from '../lesson/types';
import type { Standard } from './scorm-api';

/** What the LMS should hold for the lesson or for one section's objective, right now. */
export interface Standing {
  /** Status elements (relative to the unit) and their values, written in this order, after any score. */
  readonly statuses: readonly (readonly [field: string, value: string])[];
  /**
   * The element whose `passed` protects the score already held: a pass is never undone, and neither is
   * the score that earned it (an LMS that judges by score would otherwise undo the pass).
   */
  readonly success: string;
  /** Whether the score is due now. Never before the unit is complete (docs/scorm-notes.md, "Status"). */
  readonly scored: boolean;
  /** The share done, 0..1, for versions that report it (2004's progress_measure); null otherwise. */
  readonly progress: number | null;
}

export interface ScormProfile {
  readonly standard: Standard;
  /** What a launch reads. In this order: scorm-again keeps a 403 from an unset value for the next read. */
  readonly launch: {
    readonly entry: string;
    readonly mode: string;
    readonly passingScore: string;
    readonly learnerName: string;
  };
  /** The LMS's passing score, as read, in percent. */
  passingPercent(value: number): number;
  readonly location: string;
  /** What real LMSs keep of suspend_data (1.2 LMSs cut at 4,096 although scorm-again takes 64,000). */
  readonly stateLimit: number;
  readonly exit: {
    readonly element: string;
    /** The attempt is over. */
    readonly finished: string;
  };
  readonly sessionTime: { readonly element: string; readonly format: (seconds: number) => string };

  /** Where the lesson's own status and score live ('cmi.core' in 1.2, 'cmi' in 2004). */
  readonly lessonPrefix: string;
  /** Status elements read at launch, so that a status the LMS holds is never undone. */
  readonly statusFields: { readonly lesson: readonly string[]; readonly objective: readonly string[] };
  /** A fresh attempt's first status (a 1.2 SCO that sets none is stored as completed). */
  readonly startStatus: readonly [field: string, value: string];
  lessonStanding(score: LessonScore): Standing;
  sectionStanding(section: SectionScore, passingScore: number): Standing;
  /** score.* values for a percent, in the order they are written (min and max before raw). */
  scoreValues(percent: number): readonly (readonly [field: string, value: string])[];

  readonly interactions: {
    /** `student_response` (1.2) or `learner_response` (2004). */
    readonly responseField: string;
    /** `time` (1.2, time of day) or `timestamp` (2004). */
    readonly timeField: string;
    time(at: Date): string;
    latency(seconds: number): string;
    /** This version's word for a wrong answer. */
    readonly wrong: string;
    /** Whether interactions carry a description and the objective they count towards (2004). */
    readonly described: boolean;
    response(check: Check, response: Response): string;
    pattern(check: Check): string;
    /** The type of an unscored free-text answer, and how its text is written. */
    readonly freeTextType: string;
    freeText(text: string): string;
  };
}
