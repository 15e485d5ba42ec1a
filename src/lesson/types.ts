/**
 * The lesson state: everything about one learner's attempt, in one serialisable value.
 *
 * Only the reducer (state.ts) makes new states. Time and randomness come in as action data, never
 * from the clock or Math.random inside the reducer, so the same actions always give the same state.
 */

/**
 * A learner's answer to one check, as ids from the lesson model:
 * - single-choice: [optionId]
 * - multiple-response: the chosen option ids, in the order the options are authored
 * - true-false: ['true'] or ['false']
 * - ordering: item ids in the order the learner put them
 * - matching: for each pair in authored order, the id of the right-hand item chosen for its left item
 */
export type Response = readonly string[];

export interface CheckProgress {
  /** Every submitted try, oldest first. Never longer than the check's maxTries. */
  readonly tries: readonly Response[];
}

/**
 * The saved form (saved-state.ts) carries its own format tag and the content version, so the state
 * itself holds neither. Whether this launch is read-only (LMS review) is the LMS's word for the launch,
 * not something the learner did: the app holds it beside the state, never in it.
 */
export interface LessonState {
  /** Seeds the per-learner shuffle of options and ordering items. */
  readonly seed: number;
  /** Index of the step on screen: 0..sections.length-1 for sections, sections.length for results. */
  readonly current: number;
  /** The furthest step reached. Steps 0..furthest are "reached"; a learner may return to any of them. */
  readonly furthest: number;
  /** Keyed by check id. A check with no entry has not been answered. */
  readonly checks: Readonly<Record<string, CheckProgress>>;
  /**
   * The learner's written position after each debate that asks for one, keyed by the debate's visual
   * id. Never longer than POSITION_LIMIT in saved form (positions.ts); an empty text is no entry.
   */
  readonly positions: Readonly<Record<string, string>>;
  /** Time on task in whole seconds over the earlier sessions, as saved; the running clock is the app's (src/app/time-on-task.ts). */
  readonly timeOnTask: number;
}

export type LessonAction =
  /** Go to a step. Refused unless it is reached, or it is the next step and the gate (if on) allows it. */
  | { readonly type: 'go'; readonly step: number }
  /** Submit a try at a check. Refused when the check is finished, unknown, or the answer incomplete. */
  | { readonly type: 'answer'; readonly checkId: string; readonly response: Response }
  /**
   * Write (or replace) the learner's position on a debate. Refused when the debate asks for no
   * position (read-only launches are refused by the app, as for answers). Text beyond the limit is cut; empty text removes the position.
   */
  | { readonly type: 'writePosition'; readonly debate: string; readonly text: string }
  /**
   * Start the lesson again from nothing (self-study on a shared computer: the next learner). Every
   * answer, the place and the time on task go; the new seed gives a fresh shuffle.
   */
  | { readonly type: 'restart'; readonly seed: number };

/** How one check stands, derived from the model and the state. */
export type CheckStatus =
  /** No try yet. */
  | 'unanswered'
  /** Last try wrong, tries left. */
  | 'retry'
  /** A try was right: finished. */
  | 'correct'
  /** Every try used, none right: finished, answer shown. */
  | 'incorrect';

export interface CheckOutcome {
  readonly status: CheckStatus;
  readonly triesUsed: number;
  readonly triesLeft: number;
  /** Finished: correct, or out of tries. */
  readonly finished: boolean;
  /** Whether the check counts as correct under the lesson's scoring rule (first-try or best-try). */
  readonly scoredCorrect: boolean;
  /** Each try's correctness, oldest first. */
  readonly results: readonly boolean[];
}

export interface SectionScore {
  readonly sectionId: string;
  readonly checks: number;
  readonly finished: number;
  readonly correct: number;
  /** 0–100, whole numbers; the share of this section's checks scored correct. */
  readonly percent: number;
  readonly visited: boolean;
  /** Visited and every check finished. */
  readonly complete: boolean;
}

export interface LessonScore {
  readonly totalChecks: number;
  readonly finishedChecks: number;
  readonly correctChecks: number;
  /** 0–100 whole number: correctChecks / totalChecks. */
  readonly percent: number;
  readonly passingScore: number;
  /** Every section visited and every check finished. */
  readonly complete: boolean;
  /** complete && percent >= passingScore. Undefined while the lesson is not complete. */
  readonly passed: boolean | undefined;
  /** 0–1: share of the lesson done (visited sections and finished checks together). */
  readonly progress: number;
  readonly sections: readonly SectionScore[];
}
