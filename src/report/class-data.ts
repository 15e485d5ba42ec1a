/**
 * What every export reader produces: the learners of one class, each with an attempt status and the
 * interactions the LMS kept, in the LMS's own words. One shape for Moodle, SCORM Cloud and the preview,
 * so the statistics never know which LMS the data came from.
 */

/** How far a learner got, which no LMS states plainly (Moodle shows Score 0 for the first two). */
export type Progress =
  /** Finished the lesson (completed, passed or failed): the score counts. */
  | 'finished'
  /** Opened the lesson and left before the end: no score yet. */
  | 'unfinished'
  /** Enrolled, never opened it. */
  | 'not-started';

export type ResultWord = 'correct' | 'wrong' | 'unanticipated' | 'neutral' | 'unknown';

export interface RawInteraction {
  readonly id: string;
  readonly response: string;
  /** The correct-response pattern the LMS kept, when the export has it. */
  readonly rightAnswer?: string;
  readonly result: ResultWord;
  /** Where the LMS kept it (Moodle's column group N; index in cmi.interactions). */
  readonly index: number;
  readonly type?: string;
}

export interface LearnerRecord {
  readonly name: string;
  /** E-mail or the LMS's learner id, when the export has one: tells apart two learners with one name. */
  readonly key: string;
  readonly progress: Progress;
  /** The LMS's status in its own words ("Incomplete", "passed", "COMPLETED"…). */
  readonly lmsStatus: string;
  /** Percent 0–100; null when the LMS has none (not finished, never started). */
  readonly score: number | null;
  /** Seconds spent, when the export can tell. */
  readonly seconds: number | null;
  readonly startedAt?: string;
  readonly lastAccessedAt?: string;
  readonly attempt?: number;
  /** The export cannot tell a score of 0 from an unfinished attempt (Moodle's Basic report shows 0 for both). */
  readonly zeroOrUnfinished?: boolean;
  readonly interactions: readonly RawInteraction[];
}

/** What the report can and cannot know from an export, and what to do about it. */
export interface ReportNotice {
  readonly level: 'error' | 'warning' | 'info';
  readonly text: string;
  /** What the teacher can do, in steps they can follow. */
  readonly action?: string;
}

export type ExportFormat = 'moodle-text' | 'moodle-xlsx' | 'scorm-cloud' | 'preview';

export interface ClassRecord {
  readonly format: ExportFormat;
  readonly fileName: string;
  /** Which SCORM version the package spoke, when the export tells. */
  readonly standard?: '1.2' | '2004';
  readonly lessonTitle?: string;
  readonly learners: readonly LearnerRecord[];
  /** Whether the export names each interaction (Moodle: the Question column). */
  readonly hasInteractionIds: boolean;
  /** Whether it shows what each learner answered. */
  readonly hasResponses: boolean;
  readonly notices: readonly ReportNotice[];
}

/** A file the report cannot read at all: damaged, foreign or empty. The message says which and what to do. */
export class ExportError extends Error {
  constructor(
    readonly fileName: string,
    /** What is wrong with the file, without its name. */
    readonly reason: string,
    readonly action?: string,
  ) {
    super(`${fileName}: ${reason}`);
    this.name = 'ExportError';
  }
}

export function resultWord(value: string | undefined | null): ResultWord {
  const v = (value ?? '').trim().toLowerCase();
  if (v === 'correct') return 'correct';
  if (v === 'wrong' || v === 'incorrect') return 'wrong';
  if (v === 'unanticipated') return 'unanticipated';
  if (v === 'neutral') return 'neutral';
  return 'unknown';
}

/** Percent from a string such as "80", "80.5", "0.8" with scaled=true; null when not a number. */
export function percent(value: unknown, scaled = false): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isFinite(n)) return null;
  const p = scaled ? n * 100 : n;
  return Math.max(0, Math.min(100, Math.round(p * 100) / 100));
}
