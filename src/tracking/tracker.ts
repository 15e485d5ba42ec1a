/**
 * What the lesson may say to whatever keeps its records (an LMS, or scorm-again in the page when
 * there is no LMS). This interface speaks in lesson terms only; the implementations behind it are
 * the only code in the project that knows SCORM exists.
 */
import type { Check } from '../content/model';
import type { LessonScore, Response } from '../lesson/types';
import type { Standard } from './scorm-api';

/** 'normal' is a credit attempt; 'review' and 'browse' are read-only launches set by the LMS. */
export type LaunchMode = 'normal' | 'review' | 'browse';

/** Where the records end up: a real LMS, this browser's localStorage, or only memory (storage blocked). */
export type RecordStore = 'lms' | 'browser' | 'memory';

export interface LaunchInfo {
  readonly store: RecordStore;
  /** The SCORM version spoken: fixed by the package the build went into. */
  readonly standard: Standard;
  readonly mode: LaunchMode;
  /** The saved lesson state, only when the LMS says this launch resumes an attempt. */
  readonly savedState: string | null;
  /** The saved bookmark (a section id or "results"), only on a resume. */
  readonly bookmark: string | null;
  /** A passing score (percent) the LMS imposes, overriding the lesson's own; null when it sets none. */
  readonly passingScore: number | null;
  readonly learnerName: string | null;
}

/** Everything the record keeper needs after a change, derived by the lesson (tracking does no scoring). */
export interface ProgressReport {
  /** The encoded lesson state (suspend_data). */
  readonly state: string;
  /** The step on screen: a section id or "results". */
  readonly bookmark: string;
  readonly score: LessonScore;
}

/** One submitted try at a check. */
export interface AnswerRecord {
  readonly check: Check;
  /** 0 for the first try. */
  readonly tryIndex: number;
  readonly response: Response;
  readonly correct: boolean;
  /** Seconds from the check being shown (or the previous try) to this try. */
  readonly latencySeconds: number;
  readonly at: Date;
}

/** The learner's own written position on a debate: sent as an unscored free-text interaction. */
export interface PositionRecord {
  readonly debateId: string;
  /** The question the learner answered (the interaction's description where the version has one). */
  readonly prompt: string;
  readonly text: string;
  readonly at: Date;
}

/** Why nothing the learner does is being kept. */
export type NotKeptReason =
  /** An LMS launched the lesson but refused to start a session. */
  | 'lms-refused'
  /** No LMS, and this browser does not let the page keep anything (storage blocked, some private modes). */
  | 'storage-blocked'
  /** No LMS, and this browser's storage filled up during the lesson. */
  | 'storage-full'
  /** No LMS, and the lesson's own record keeper could not be loaded. */
  | 'store-unavailable';

/**
 * What the learner should be told about saving, with its reason. `detail` is the record keeper's own
 * words for the last problem, for the notice's details and the console.
 */
export type SaveNotice =
  /** Saving works: to the LMS, or to this browser only. */
  | { readonly kind: 'saving'; readonly store: 'lms' | 'browser'; readonly detail: string | null }
  /** The last save was refused and is being retried; nothing is lost and the learner can carry on. */
  | { readonly kind: 'retrying'; readonly store: 'lms' | 'browser'; readonly detail: string }
  /** Nothing is being kept, for this reason: the lesson goes on in memory. */
  | { readonly kind: 'not-kept'; readonly reason: NotKeptReason; readonly detail: string | null };

export interface Tracker {
  /** Connect once per page. Resolves with what the record keeper says about this launch. */
  start(): Promise<LaunchInfo>;
  /** Record one try at a check (an interaction). Saved with the next report. */
  recordAnswer(answer: AnswerRecord): void;
  /**
   * Record the learner's written position on a debate (unscored). A changed text is recorded again;
   * the same text twice is recorded once. Saved with the next report.
   */
  recordPosition(debateId: string, prompt: string, text: string): void;
  /** The lesson changed: save it (commits are coalesced by the tracker). */
  report(progress: ProgressReport): void;
  /**
   * Save now whatever is unsaved: the page is being hidden and the learner may not come back. Nothing
   * unsaved, nothing sent (an idle second tab must not overwrite the first one's progress).
   */
  flush(): void;
  /** The learner finished, or the page is going away: save and end the session, once. */
  finish(): void;
  /** Hear about saving trouble and recovery. Returns an unsubscribe function. */
  subscribe(listener: (notice: SaveNotice) => void): () => void;
}
