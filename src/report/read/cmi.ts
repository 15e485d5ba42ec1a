/**
 * A learner's attempt as a SCORM data model (`{ cmi: { … } }`, as scorm-again renders it and the preview
 * LMS exports it), read into a LearnerRecord. Both versions' element names are understood.
 */
import { percent, resultWord, type LearnerRecord, type Progress, type RawInteraction } from '../class-data.ts';
import { spanSeconds } from './durations.ts';

type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function at(json: unknown, path: string): unknown {
  let value: unknown = json;
  for (const key of path.split('.')) {
    if (Array.isArray(value)) value = value[Number(key)];
    else if (isObject(value)) value = value[key];
    else return undefined;
  }
  return value;
}

export function str(json: unknown, path: string): string {
  const v = at(json, path);
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

/** A SCORM list rendered as an array or as an object keyed "0", "1", … , in index order. */
export function entries(value: unknown): Json[] {
  const list = Array.isArray(value)
    ? value
    : isObject(value)
      ? Object.keys(value)
          .filter((k) => /^\d+$/.test(k))
          .sort((a, b) => Number(a) - Number(b))
          .map((k) => value[k])
      : [];
  return list.filter(isObject);
}

export function cmiStandard(cmi: unknown): '1.2' | '2004' {
  return isObject(at(cmi, 'cmi.core')) ? '1.2' : '2004';
}

function progress12(status: string): Progress {
  if (status === 'passed' || status === 'failed' || status === 'completed') return 'finished';
  if (status === 'incomplete' || status === 'browsed') return 'unfinished';
  return 'not-started';
}

function progress2004(completion: string, success: string): Progress {
  if (completion === 'completed') return 'finished';
  if (completion === 'incomplete' || success === 'passed' || success === 'failed') return 'unfinished';
  return 'not-started';
}

export function learnerFromCmi(cmi: unknown, given: { name?: string; key?: string; totalTime?: string }): LearnerRecord {
  const standard = cmiStandard(cmi);
  const v12 = standard === '1.2';
  const list = entries(at(cmi, 'cmi.interactions'));
  const interactions: RawInteraction[] = list.map((i, index) => ({
    id: str(i, 'id'),
    response: str(i, v12 ? 'student_response' : 'learner_response'),
    rightAnswer: str(entries(at(i, 'correct_responses'))[0], 'pattern'),
    result: resultWord(str(i, 'result')),
    index,
    type: str(i, 'type'),
  }));
  const status = v12 ? str(cmi, 'cmi.core.lesson_status') : str(cmi, 'cmi.completion_status');
  const success = v12 ? '' : str(cmi, 'cmi.success_status');
  let progress = v12 ? progress12(status) : progress2004(status, success);
  if (progress === 'not-started' && interactions.length > 0) progress = 'unfinished';
  const raw = str(cmi, v12 ? 'cmi.core.score.raw' : 'cmi.score.raw');
  const scaled = v12 ? '' : str(cmi, 'cmi.score.scaled');
  // A name given with the export (the preview's class file names each attempt) wins over the LMS's.
  const name = given.name || str(cmi, v12 ? 'cmi.core.student_name' : 'cmi.learner_name') || 'Learner';
  const key = given.key || str(cmi, v12 ? 'cmi.core.student_id' : 'cmi.learner_id') || name;
  // The LMS's total including this session when the export gives it; else the data model's total plus session.
  const givenTotal = spanSeconds(given.totalTime);
  const total = givenTotal ?? spanSeconds(str(cmi, v12 ? 'cmi.core.total_time' : 'cmi.total_time'));
  const session = givenTotal === null ? spanSeconds(str(cmi, v12 ? 'cmi.core.session_time' : 'cmi.session_time')) : null;
  return {
    name,
    key,
    progress,
    lmsStatus: [status, success].filter((s) => s && s !== 'unknown').join(', ') || 'not attempted',
    score: progress === 'finished' ? (percent(raw) ?? percent(scaled, true)) : null,
    seconds: total !== null || session !== null ? (total ?? 0) + (session ?? 0) : null,
    interactions,
  };
}
