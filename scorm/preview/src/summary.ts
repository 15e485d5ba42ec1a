/**
 * The teacher's summary at the top of the panel: score, status, the whole-lesson objective, a bar per
 * section and every answer in words, from the data model the LMS holds. Pure. The words come from the
 * teacher kit's own code (src/report: the item bank and the readers of `cmi.interactions`), so the
 * preview says exactly what the class report would say about this attempt.
 */
import { learnerFromCmi, learnerTries, rightWithin, type ItemBank } from '../../../src/report/index.ts';
import type { Standard } from '../../lib/standard.ts';
import { list, read, type CmiJson } from './cmi.ts';

export interface SectionBar {
  readonly id: string;
  readonly title: string;
  /** Checks right within the allowed tries. */
  readonly right: number;
  readonly answered: number;
  readonly total: number;
}

export interface AnswerLine {
  readonly sectionTitle: string;
  readonly question: string;
  /** Each try in order, in words, with whether it was right. */
  readonly tries: readonly { readonly words: string; readonly correct: boolean }[];
  /** The right answer in words, once the learner has used every try without it. */
  readonly rightAnswer: string | null;
}

export interface ObjectiveLine {
  /** The manifest's primary objective id, or null in SCORM 1.2 (its manifest has no objectives). */
  readonly id: string | null;
  readonly status: string;
  /** Where the status comes from, in a sentence. */
  readonly source: string;
}

export interface TeacherSummary {
  readonly score: string;
  readonly status: string;
  readonly objective: ObjectiveLine;
  /** "7 of 25 answered, 5 right"; null without the item bank. */
  readonly checks: string | null;
  readonly sections: readonly SectionBar[];
  readonly answers: readonly AnswerLine[];
  /** Written answers (debate positions): the learner's own words. */
  readonly written: readonly string[];
}

const known = (value: string): boolean => value !== '' && value !== 'unknown';

/**
 * The success status an LMS records in 2004. With a passing score from the manifest the standard (and
 * scorm-again) judges success from score.scaled; Moodle keeps what the SCO set.
 */
export function judgedSuccess(json: CmiJson | null): { stored: string; derived: string } {
  const stored = read(json, 'cmi.success_status') || 'unknown';
  const passing = read(json, 'cmi.scaled_passing_score');
  const scaled = read(json, 'cmi.score.scaled');
  if (passing === '') return { stored, derived: stored };
  const derived = scaled === '' ? 'unknown' : Number(scaled) >= Number(passing) ? 'passed' : 'failed';
  return { stored, derived };
}

function score12(json: CmiJson | null, finished: boolean): string {
  const raw = read(json, 'cmi.core.score.raw');
  if (raw === '') return finished ? 'none sent' : 'none yet: the lesson sends its score when the learner finishes';
  const max = read(json, 'cmi.core.score.max') || '100';
  return `${raw} out of ${max} (cmi.core.score.raw)`;
}

function score2004(json: CmiJson | null, finished: boolean): string {
  const scaled = read(json, 'cmi.score.scaled');
  const raw = read(json, 'cmi.score.raw');
  if (scaled === '' && raw === '') return finished ? 'none sent' : 'none yet: the lesson sends its score when the learner finishes';
  const rawPart = raw === '' ? '' : `raw ${raw} of ${read(json, 'cmi.score.max') || '100'}`;
  if (scaled === '') return rawPart;
  const percent = Math.round(Number(scaled) * 1000) / 10;
  return `${percent}% (scaled ${scaled}${rawPart ? `, ${rawPart}` : ''})`;
}

function status12(json: CmiJson | null): string {
  return `${read(json, 'cmi.core.lesson_status') || 'not attempted'} (cmi.core.lesson_status)`;
}

function status2004(json: CmiJson | null): string {
  const completion = read(json, 'cmi.completion_status') || 'unknown';
  const { stored, derived } = judgedSuccess(json);
  const success = derived === stored ? derived : `${derived} (judged from the score; the lesson set "${stored}")`;
  return `${completion}, ${success}`;
}

/**
 * The whole-lesson objective. In 2004 it is the manifest's primary objective, which the LMS puts at
 * cmi.objectives.0 before the lesson starts. The lesson reports on it through cmi.completion_status,
 * cmi.success_status and cmi.score.scaled, which SCORM 2004 ties to the primary objective (the
 * sequencing book's mapping of the run-time data to the tracking model): it writes no separate status on
 * cmi.objectives.0, so that entry reads "unknown" there. An LMS shows the tied status; so does this.
 * SCORM 1.2 manifests have no objectives: the lesson's one status is cmi.core.lesson_status.
 */
function objective(standard: Standard, json: CmiJson | null, primaryId: string | null): ObjectiveLine {
  if (standard === '1.2') {
    return {
      id: null,
      status: read(json, 'cmi.core.lesson_status') || 'not attempted',
      source: 'SCORM 1.2 has no lesson-level objective: the lesson’s status (cmi.core.lesson_status) stands for it. The sections’ objectives are below.',
    };
  }
  const entry = primaryId ? list(json, 'cmi.objectives').find((o) => read(o, 'id') === primaryId) : undefined;
  const own = entry ? [read(entry, 'completion_status'), read(entry, 'success_status')] : ['', ''];
  if (entry && (known(own[0] ?? '') || known(own[1] ?? ''))) {
    return { id: primaryId, status: `${own[0] || 'unknown'}, ${own[1] || 'unknown'}`, source: 'As the lesson set it on the objective itself.' };
  }
  return {
    id: primaryId,
    status: status2004(json),
    source:
      'The primary objective from the manifest. SCORM 2004 ties it to the lesson’s own completion_status, success_status and score.scaled, which is how the lesson reports it; its entry in cmi.objectives carries no status of its own.',
  };
}

/**
 * @param bank the lesson's item bank (the teacher kit's items.json); without it the summary has no
 *   sections or answers, only score, status and objective
 */
export function teacherSummary(standard: Standard, json: CmiJson | null, bank: ItemBank | null, primaryObjectiveId: string | null): TeacherSummary {
  const status = standard === '1.2' ? read(json, 'cmi.core.lesson_status') : read(json, 'cmi.completion_status');
  const finished = ['completed', 'passed', 'failed'].includes(status);
  const base = {
    score: standard === '1.2' ? score12(json, finished) : score2004(json, finished),
    status: standard === '1.2' ? status12(json) : status2004(json),
    objective: objective(standard, json, primaryObjectiveId),
  };
  if (!bank) return { ...base, checks: null, sections: [], answers: [], written: [] };

  const learner = learnerFromCmi(json ?? { cmi: {} }, {});
  const tries = learnerTries(bank, learner, standard);
  const items = new Map(bank.items.map((i) => [i.id, i]));
  const titles = new Map(bank.sections.map((s) => [s.id, s.title]));
  const right = (id: string): boolean => rightWithin(tries.get(id), items.get(id)?.maxTries ?? 1);
  const sections = bank.sections.map((s) => ({
    id: s.id,
    title: s.title,
    right: s.checks.filter(right).length,
    answered: s.checks.filter((c) => (tries.get(c)?.length ?? 0) > 0).length,
    total: s.checks.length,
  }));
  const answers = bank.items.flatMap((item): AnswerLine[] => {
    const list = tries.get(item.id) ?? [];
    if (list.length === 0) return [];
    const out = !list.some((t) => t.correct) && list.length >= item.maxTries;
    return [
      {
        sectionTitle: titles.get(item.section) ?? item.section,
        question: item.question,
        tries: list.map((t) => ({ words: t.words, correct: t.correct })),
        rightAnswer: out ? item.correct.words : null,
      },
    ];
  });
  return {
    ...base,
    checks: `${answers.length} of ${bank.items.length} answered, ${bank.items.filter((i) => right(i.id)).length} right`,
    sections,
    answers,
    // A changed position is sent again under the same id: the last one is the learner's current words.
    written: [...new Map(learner.interactions.filter((x) => /fill-in/.test(x.type ?? '') && x.response.trim() !== '').map((x) => [x.id, x.response])).values()],
  };
}
