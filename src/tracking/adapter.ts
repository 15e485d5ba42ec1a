/**
 * What the two SCORM versions have in common: the shape of an adapter (lesson events in, cmi values
 * out), the status rules, the spec limits, and finding items in the LMS's objective list.
 */
import type { AnswerRecord, LaunchMode, ProgressReport } from './tracker';
import type { Standard } from './formats';
import type { Writer } from './ledger';

/** What the LMS told us at the start of the session. */
export interface AdapterLaunch {
  readonly mode: LaunchMode;
  readonly savedState: string | null;
  readonly bookmark: string | null;
  readonly passingScore: number | null;
  readonly learnerName: string | null;
}

export interface Adapter {
  readonly standard: Standard;
  /** Reads the launch data and makes the first writes (exit = suspend, a fresh attempt's status). */
  begin(): AdapterLaunch;
  /** False in review and browse mode: the adapter then writes nothing at all, and nothing needs committing. */
  readonly writes: boolean;
  progress(report: ProgressReport): void;
  answer(answer: AnswerRecord): void;
  /** Called before every commit: this session's time so far. */
  sessionTime(seconds: number): void;
}

export interface AdapterOptions {
  readonly writer: Writer;
  /** Told about values the lesson's own limits keep from the LMS. */
  readonly warn: (detail: string) => void;
}

/** Location / lesson_location: 1.2 allows 255, 2004 1,000; the lesson keeps to the smaller. */
export const LOCATION_LIMIT = 255;
/** suspend_data: what real LMSs keep (1.2 LMSs cut at 4,096 although scorm-again takes 64,000). */
export const STATE_LIMIT: Record<Standard, number> = { '1.2': 4096, '2004': 64000 };

/**
 * Writes the bookmark and the lesson state unless they break the spec's limits: a state cut short
 * by the LMS would not decode, so an over-long one is not sent at all (the previous one stays).
 */
export function writePlace(
  options: AdapterOptions,
  elements: { readonly location: string; readonly state: string },
  limit: number,
  report: ProgressReport,
): void {
  const { writer, warn } = options;
  if (report.bookmark.length <= LOCATION_LIMIT) writer.set(elements.location, report.bookmark);
  else warn(`bookmark not saved: ${report.bookmark.length} characters, over ${LOCATION_LIMIT}`);
  if (report.state.length <= limit) writer.set(elements.state, report.state);
  else warn(`lesson state not saved: ${report.state.length} characters, over ${limit}`);
}

const FINAL = new Set(['passed', 'failed', 'completed']);

/**
 * The status to write, given what the LMS holds. `passed` is never turned into anything else, and a
 * final status (passed, failed, completed) never goes back to incomplete or unknown.
 */
export function settle(previous: string | undefined, next: string): string {
  if (previous === 'passed') return 'passed';
  if (previous !== undefined && FINAL.has(previous) && !FINAL.has(next)) return previous;
  return next;
}

/** Writes a status element through `settle`. */
export function setStatus(writer: Writer, element: string, next: string): void {
  writer.set(element, settle(writer.known(element), next));
}

export function launchMode(value: string): LaunchMode {
  return value === 'review' || value === 'browse' ? value : 'normal';
}

/** A count the LMS reports ('' or junk counts as none). */
export function count(value: string): number {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/**
 * The index of each objective by id. The LMS may have pre-filled some (Moodle puts the manifest's
 * primary objective at 0, and an objective's id is write-once), so existing ones are read first
 * and new ones are appended at `_count`.
 */
export function objectiveIndex(writer: Writer, readStatus: (index: number) => void): (id: string) => number {
  const ids = new Map<string, number>();
  let next = count(writer.get('cmi.objectives._count'));
  for (let i = 0; i < next; i += 1) {
    const id = writer.get(`cmi.objectives.${i}.id`);
    if (id && !ids.has(id)) {
      ids.set(id, i);
      readStatus(i);
    }
  }
  return (id) => {
    const found = ids.get(id);
    if (found !== undefined) return found;
    ids.set(id, next);
    next += 1;
    return next - 1;
  };
}

/** "8.5" → 8.5; '' or junk → null. */
export function numberOrNull(value: string): number | null {
  if (value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Where each version keeps what a launch reads. */
export interface LaunchElements {
  readonly entry: string;
  readonly mode: string;
  /** The LMS's passing score (read in this order: scorm-again keeps a 403 from an unset value for the next read). */
  readonly passingScore: string;
  readonly learnerName: string;
  readonly location: string;
}

/**
 * What every launch reads, in either version: whether it resumes (decided by entry, never by an
 * error code: Moodle answers "" with error 0 for a never-set location, scorm-again 403), the LMS's
 * mode, and, on a resume or a read-only launch (review shows the learner's answers), the saved place
 * and state. A fresh attempt ignores whatever suspend_data holds.
 */
export function readLaunch(writer: Writer, elements: LaunchElements) {
  const resume = writer.get(elements.entry) === 'resume';
  const mode = launchMode(writer.get(elements.mode));
  const passingScore = numberOrNull(writer.get(elements.passingScore));
  const learnerName = writer.get(elements.learnerName) || null;
  const restore = resume || mode !== 'normal';
  return {
    mode,
    passingScore,
    learnerName,
    bookmark: restore ? writer.get(elements.location) || null : null,
    savedState: restore ? writer.get('cmi.suspend_data') || null : null,
  };
}
