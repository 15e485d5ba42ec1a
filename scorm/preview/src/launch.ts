/**
 * How the preview LMS opens a session, decided the way an LMS decides it: from what it saved last time
 * and from the manifest. Pure, so the rules are tested without a browser.
 *
 * - Nothing saved: a fresh attempt, entry "ab-initio".
 * - Last exit "suspend": the attempt resumes, entry "resume", with all the saved data.
 * - SCORM 2004, any other exit: the attempt is over and a new one starts empty (RTE 4.2.8; Moodle too).
 * - SCORM 1.2, any other exit: the data stays, entry "" (1.2 LMSs keep one record per learner).
 * - Review: the saved data, mode "review", credit "no-credit"; nothing the SCO sends is kept.
 */
import type { Standard } from '../../lib/standard.ts';
import { clone, isObject, read, type CmiJson } from './cmi.ts';
import { freshRecord, type LaunchMode, type StoredRecord } from './record.ts';

/** What the LMS took from the package's manifest. */
export interface ManifestInfo {
  readonly identifier: string;
  readonly title: string;
  /** 1.2 adlcp:masteryscore. */
  readonly masteryScore: string | null;
  /** 2004 minNormalizedMeasure of the primary objective (given to the SCO as cmi.scaled_passing_score). */
  readonly scaledPassingScore: string | null;
  /** 2004 primary objective id (Moodle puts it at cmi.objectives.0 before the SCO starts). */
  readonly primaryObjectiveId: string | null;
}

export interface LaunchPlan {
  /** The record to keep from now on (a new attempt has a new number and no data). */
  readonly record: StoredRecord;
  /** What to hand scorm-again's loadFromJSON before Initialize. */
  readonly load: CmiJson;
  readonly entry: string;
  readonly mode: LaunchMode;
  /** Why the launch is what it is, for the log. */
  readonly notes: readonly string[];
}

export const LEARNER = { id: 'preview-learner', name: 'Learner, Preview' } as const;

export function savedExit(standard: Standard, cmi: CmiJson | null): string {
  return read(cmi, standard === '1.2' ? 'cmi.core.exit' : 'cmi.exit');
}

export function summarize(standard: Standard, record: StoredRecord, endedAt: string): StoredRecord['history'][number] {
  const status =
    standard === '1.2'
      ? read(record.cmi, 'cmi.core.lesson_status')
      : `${read(record.cmi, 'cmi.completion_status') || 'unknown'}, ${read(record.cmi, 'cmi.success_status') || 'unknown'}`;
  const score = standard === '1.2' ? read(record.cmi, 'cmi.core.score.raw') : read(record.cmi, 'cmi.score.scaled');
  return { attempt: record.attempt, status: status || '—', score: score || '—', endedAt };
}

/** A new attempt: the old one goes to the history, the data is cleared. */
export function newAttempt(standard: Standard, record: StoredRecord, now: Date): StoredRecord {
  const history = record.cmi ? [...record.history, summarize(standard, record, now.toISOString())] : record.history;
  return freshRecord(record.attempt + (record.cmi ? 1 : 0), history);
}

export function planLaunch(
  standard: Standard,
  stored: StoredRecord,
  manifest: ManifestInfo,
  mode: LaunchMode,
  now: Date,
): LaunchPlan {
  const notes: string[] = [];
  let record = { ...stored, mode };
  const exit = savedExit(standard, record.cmi);
  let entry: string;
  if (record.cmi === null) {
    entry = 'ab-initio';
    notes.push(`Attempt ${record.attempt}: a fresh start.`);
  } else if (exit === 'suspend') {
    entry = 'resume';
    notes.push(`Attempt ${record.attempt} resumes: the last session left with exit "suspend".`);
  } else if (mode === 'review') {
    entry = '';
    notes.push(`Reviewing attempt ${record.attempt}.`);
  } else if (standard === '2004') {
    record = { ...newAttempt(standard, record, now), mode };
    entry = 'ab-initio';
    notes.push(
      `The last session left with exit "${exit}", not "suspend": a SCORM 2004 LMS ends that attempt, so attempt ${record.attempt} starts empty.`,
    );
  } else {
    entry = '';
    notes.push(`Attempt ${record.attempt} continues with its data; the last session left with exit "${exit}", so entry is "".`);
  }
  if (mode === 'review') notes.push('Review mode: credit "no-credit"; the LMS keeps nothing the lesson sends.');

  const load = standard === '1.2' ? load12(record, manifest, entry, mode) : load2004(record, manifest, entry, mode);
  return { record, load, entry, mode, notes };
}

function base(record: StoredRecord): CmiJson {
  const saved = record.cmi && isObject(record.cmi.cmi) ? clone(record.cmi.cmi) : {};
  return saved;
}

function load12(record: StoredRecord, manifest: ManifestInfo, entry: string, mode: LaunchMode): CmiJson {
  const cmi = base(record);
  const core = isObject(cmi.core) ? cmi.core : {};
  // Per-session values start over; the LMS sets its own (read-only) values below.
  delete core.exit;
  delete core.session_time;
  Object.assign(core, {
    student_id: LEARNER.id,
    student_name: LEARNER.name,
    lesson_mode: mode,
    credit: mode === 'normal' ? 'credit' : 'no-credit',
    entry,
  });
  if (record.totalTime) core.total_time = record.totalTime;
  cmi.core = core;
  const studentData = isObject(cmi.student_data) ? cmi.student_data : {};
  if (manifest.masteryScore !== null) studentData.mastery_score = manifest.masteryScore;
  cmi.student_data = studentData;
  return { cmi };
}

function load2004(record: StoredRecord, manifest: ManifestInfo, entry: string, mode: LaunchMode): CmiJson {
  const cmi = base(record);
  delete cmi.exit;
  delete cmi.session_time;
  delete cmi.total_time;
  Object.assign(cmi, {
    learner_id: LEARNER.id,
    learner_name: LEARNER.name,
    mode,
    credit: mode === 'normal' ? 'credit' : 'no-credit',
    entry,
  });
  if (record.totalTime) cmi.total_time = record.totalTime;
  if (manifest.scaledPassingScore !== null) cmi.scaled_passing_score = manifest.scaledPassingScore;
  // As Moodle does: the manifest's primary objective is already at cmi.objectives.0 when the SCO starts.
  const objectives = isObject(cmi.objectives) ? cmi.objectives : {};
  if (manifest.primaryObjectiveId && Object.keys(objectives).length === 0) {
    objectives['0'] = { id: manifest.primaryObjectiveId };
  }
  cmi.objectives = objectives;
  return { cmi };
}
