/**
 * What the panel shows, computed from the data model the LMS holds. Pure: the page only renders it.
 */
import type { Standard } from '../../lib/standard.ts';
import { list, read, type CmiJson } from './cmi.ts';
import { judgedSuccess } from './summary.ts';

/** Real SCORM 1.2 LMSs cut suspend_data here (scorm-again itself allows 64,000 in 1.2). */
export const SUSPEND_LIMIT_12 = 4096;
export const SUSPEND_LIMIT_2004 = 64000;

export type Row = readonly [label: string, value: string];

export interface InteractionRow {
  readonly id: string;
  readonly question: string;
  readonly type: string;
  readonly answer: string;
  readonly correct: string;
  readonly result: string;
  readonly time: string;
}

export interface PanelView {
  readonly status: readonly Row[];
  readonly launch: readonly Row[];
  readonly objectives: readonly { readonly id: string; readonly status: string; readonly score: string }[];
  readonly interactions: readonly InteractionRow[];
  readonly suspendLength: number;
  readonly time: readonly Row[];
}

const dash = (v: string): string => (v === '' ? '—' : v);

/** "85 (range 0 to 100)", or just "85" when the lesson sent no range. */
function withRange(raw: string, min: string, max: string): string {
  return min === '' && max === '' ? dash(raw) : `${dash(raw)} (range ${dash(min)} to ${dash(max)})`;
}

/**
 * @param totalBefore the total time the LMS gave this session at launch (1.2 does not render it back)
 * @param totalNow the total including this session, as the LMS would store it at Terminate
 * @param primaryObjectiveId the manifest's primary objective (2004), marked in the objectives table
 */
export function panelView(standard: Standard, json: CmiJson | null, totalBefore: string, totalNow: string, primaryObjectiveId: string | null = null): PanelView {
  const times = (session: string): Row[] => [
    ['Session time (sent by the lesson)', dash(session)],
    ['Total time before this session', dash(totalBefore)],
    ['Total time with this session', dash(totalNow)],
  ];
  return standard === '1.2'
    ? { ...view12(json), time: times(read(json, 'cmi.core.session_time')) }
    : { ...view2004(json, primaryObjectiveId), time: times(read(json, 'cmi.session_time')) };
}

function view12(json: CmiJson | null): Omit<PanelView, 'time'> {
  const r = (p: string) => read(json, `cmi.${p}`);
  return {
    status: [
      ['Lesson status', dash(r('core.lesson_status'))],
      ['Score (raw)', withRange(r('core.score.raw'), r('core.score.min'), r('core.score.max'))],
      ['Mastery score', dash(r('student_data.mastery_score'))],
      ['Location (bookmark)', dash(r('core.lesson_location'))],
      ['Exit', dash(r('core.exit'))],
    ],
    launch: [
      ['Entry', dash(r('core.entry'))],
      ['Mode', dash(r('core.lesson_mode'))],
      ['Credit', dash(r('core.credit'))],
    ],
    objectives: list(json, 'cmi.objectives').map((o) => ({
      id: dash(read(o, 'id')),
      status: dash(read(o, 'status')),
      score: dash(read(o, 'score.raw')),
    })),
    interactions: list(json, 'cmi.interactions').map((i) => ({
      id: dash(read(i, 'id')),
      question: '— (1.2 has no description)',
      type: dash(read(i, 'type')),
      answer: dash(read(i, 'student_response')),
      correct: dash(list(i, 'correct_responses').map((c) => read(c, 'pattern')).join(' | ')),
      result: dash(read(i, 'result')),
      time: dash(read(i, 'time')),
    })),
    suspendLength: r('suspend_data').length,
  };
}

function view2004(json: CmiJson | null, primaryObjectiveId: string | null): Omit<PanelView, 'time'> {
  const r = (p: string) => read(json, `cmi.${p}`);
  return {
    status: [
      ['Completion status', dash(r('completion_status'))],
      ['Success status', successStatus(json)],
      ['Score (scaled)', dash(r('score.scaled'))],
      ['Score (raw)', withRange(r('score.raw'), r('score.min'), r('score.max'))],
      ['Passing score (scaled)', dash(r('scaled_passing_score'))],
      ['Progress', dash(r('progress_measure'))],
      ['Location (bookmark)', dash(r('location'))],
      ['Exit', dash(r('exit'))],
    ],
    launch: [
      ['Entry', dash(r('entry'))],
      ['Mode', dash(r('mode'))],
      ['Credit', dash(r('credit'))],
    ],
    objectives: list(json, 'cmi.objectives').map((o) => ({
      id: dash(read(o, 'id')),
      status:
        `${read(o, 'completion_status') || 'unknown'}, ${read(o, 'success_status') || 'unknown'}` +
        (read(o, 'id') === primaryObjectiveId ? ' (the primary objective: its status is the lesson’s own, in the summary)' : ''),
      score: dash(read(o, 'score.scaled')),
    })),
    interactions: list(json, 'cmi.interactions').map((i) => ({
      id: dash(read(i, 'id')),
      question: dash(read(i, 'description')),
      type: dash(read(i, 'type')),
      answer: dash(read(i, 'learner_response')),
      correct: dash(list(i, 'correct_responses').map((c) => read(c, 'pattern')).join(' | ')),
      result: dash(read(i, 'result')),
      time: dash(read(i, 'timestamp')),
    })),
    suspendLength: r('suspend_data').length,
  };
}

/**
 * With a passing score from the manifest, a 2004 LMS following the standard (and scorm-again) reports
 * success from score.scaled, not from what the SCO set: no score, "unknown". Moodle keeps what the SCO set.
 * Both are shown when they differ.
 */
function successStatus(json: CmiJson | null): string {
  const { stored, derived } = judgedSuccess(json);
  return derived === stored ? stored : `${derived} (decided from score.scaled and the passing score; the lesson set "${stored}")`;
}
