/**
 * A small lesson's checks (one of each type) and LessonScore values built from outcomes, so the
 * tracking tests drive the tracker in lesson terms without the lesson's own code.
 */
import type { Check } from '../../src/content/model';
import type { LessonScore, Response, SectionScore } from '../../src/lesson/types';
import type { AnswerRecord, ProgressReport, Tracker } from '../../src/tracking/tracker';

const base = { explanation: 'Because.', maxTries: 2 } as const;

export const checks: readonly Check[] = [
  {
    ...base,
    id: 'context_khalkhin_where',
    section: 'context',
    type: 'single-choice',
    prompt: 'Where was the Battle of\nKhalkhin Gol fought?',
    options: [
      { id: 'a', text: 'On the border between Mongolia and Manchukuo' },
      { id: 'b', text: 'Outside Moscow' },
      { id: 'c', text: 'In Korea' },
    ],
    correct: 'a',
  },
  {
    ...base,
    id: 'context_pacts_signed',
    section: 'context',
    type: 'multiple-response',
    prompt: 'Which of these did Japan sign? Choose all that apply.',
    options: [
      { id: 'a', text: 'The Tripartite Pact' },
      { id: 'b', text: 'The Munich Agreement' },
      { id: 'c', text: 'The Neutrality Pact' },
      { id: 'd', text: 'The Atlantic Charter' },
    ],
    correct: ['a', 'c'],
  },
  {
    ...base,
    id: 'terms_five_years',
    section: 'terms',
    type: 'true-false',
    prompt: 'The pact was to last five years.',
    correct: true,
  },
  {
    ...base,
    id: 'impact_order_events',
    section: 'impact',
    type: 'ordering',
    prompt: 'Put these events in order, earliest first.',
    items: [
      { id: 'khalkhin_gol', text: 'Khalkhin Gol' },
      { id: 'tripartite', text: 'Tripartite Pact' },
      { id: 'pact_signed', text: 'Neutrality Pact signed' },
    ],
  },
  {
    ...base,
    id: 'end_match_terms',
    section: 'end',
    type: 'matching',
    prompt: 'Match each term to its meaning.',
    pairs: [
      { left: { id: 'manchukuo', text: 'Manchukuo' }, right: { id: 'puppet', text: 'A puppet state' } },
      { left: { id: 'comintern', text: 'Comintern' }, right: { id: 'communist', text: 'Communist International' } },
    ],
    distractors: [{ id: 'navy', text: "Japan's navy" }],
  },
];

export const sectionIds = ['context', 'terms', 'impact', 'end', 'legacy'] as const;

/** The right answer, from the lesson layer (one definition for views, tracking and tests). */
import { correctResponse as rightResponse } from '../../src/lesson/grading';
export { rightResponse };

export function wrongResponse(check: Check): Response {
  switch (check.type) {
    case 'single-choice':
      return [check.options.find((o) => o.id !== check.correct)!.id];
    case 'multiple-response':
      return [check.options.find((o) => !check.correct.includes(o.id))!.id];
    case 'true-false':
      return [String(!check.correct)];
    case 'ordering':
      return [...check.items.map((i) => i.id)].reverse();
    case 'matching':
      return check.pairs.map(() => check.distractors[0]?.id ?? '');
  }
}

/** How a check stands: not tried, right, or wrong with/without tries left. */
export type Outcome = 'none' | 'right' | 'retry' | 'wrong';

/** A LessonScore computed the way the lesson does (best-try), from outcomes and sections visited. */
export function scoreOf(
  visited: number,
  outcomes: Readonly<Record<string, Outcome>>,
  passingScore = 80,
): LessonScore {
  const finished = (id: string) => outcomes[id] === 'right' || outcomes[id] === 'wrong';
  const sections: SectionScore[] = sectionIds.map((sectionId, i) => {
    const own = checks.filter((c) => c.section === sectionId);
    const done = own.filter((c) => finished(c.id)).length;
    const correct = own.filter((c) => outcomes[c.id] === 'right').length;
    const isVisited = i < visited;
    return {
      sectionId,
      checks: own.length,
      finished: done,
      correct,
      percent: own.length === 0 ? 100 : Math.round((correct / own.length) * 100),
      visited: isVisited,
      complete: isVisited && done === own.length,
    };
  });
  const finishedChecks = checks.filter((c) => finished(c.id)).length;
  const correctChecks = checks.filter((c) => outcomes[c.id] === 'right').length;
  const percent = Math.round((correctChecks / checks.length) * 100);
  const complete = sections.every((s) => s.complete);
  return {
    totalChecks: checks.length,
    finishedChecks,
    correctChecks,
    percent,
    passingScore,
    complete,
    passed: complete ? percent >= passingScore : undefined,
    progress: (Math.min(visited, sections.length) + finishedChecks) / (sections.length + checks.length),
    sections,
  };
}

/** A lesson state stand-in: what the tracker stores is opaque to it. */
export function stateText(visited: number, outcomes: Readonly<Record<string, Outcome>>): string {
  return `S|${visited}|${checks.map((c) => outcomes[c.id] ?? 'none').join(',')}`;
}

export function reportOf(visited: number, outcomes: Readonly<Record<string, Outcome>>, passingScore = 80): ProgressReport {
  const bookmark = visited > sectionIds.length ? 'results' : (sectionIds[Math.max(0, visited - 1)] ?? 'results');
  return { state: stateText(visited, outcomes), bookmark, score: scoreOf(visited, outcomes, passingScore) };
}

/** Every check finished wrong: complete, failed, 0%. */
export const allWrong: Readonly<Record<string, Outcome>> = Object.fromEntries(checks.map((c) => [c.id, 'wrong']));

export const T0 = Date.UTC(2025, 0, 15, 10, 15, 0, 123);

/**
 * Plays a learner through the small lesson: each section entered in turn, each of its checks
 * answered with `plan` ('right': right first try; 'retry-right': wrong then right; 'wrong': wrong twice).
 */
export function playLesson(
  tracker: Tracker,
  plan: Readonly<Record<string, 'right' | 'retry-right' | 'wrong'>>,
  options: { upToSection?: number; fromSection?: number; passingScore?: number; outcomes?: Record<string, Outcome> } = {},
): { outcomes: Record<string, Outcome>; answers: AnswerRecord[] } {
  const outcomes: Record<string, Outcome> = { ...options.outcomes };
  const answers: AnswerRecord[] = [];
  const last = options.upToSection ?? sectionIds.length;
  let clock = T0;
  const record = (check: Check, tryIndex: number, correct: boolean) => {
    clock += 4250;
    const answer: AnswerRecord = {
      check,
      tryIndex,
      response: correct ? rightResponse(check) : wrongResponse(check),
      correct,
      latencySeconds: 4.25,
      at: new Date(clock),
    };
    answers.push(answer);
    tracker.recordAnswer(answer);
  };
  for (let s = options.fromSection ?? 1; s <= last; s += 1) {
    tracker.report(reportOf(s, outcomes, options.passingScore));
    for (const check of checks.filter((c) => c.section === sectionIds[s - 1])) {
      const how = plan[check.id] ?? 'right';
      if (how === 'right') {
        record(check, 0, true);
        outcomes[check.id] = 'right';
      } else {
        record(check, 0, false);
        outcomes[check.id] = 'retry';
        tracker.report(reportOf(s, outcomes, options.passingScore));
        record(check, 1, how === 'retry-right');
        outcomes[check.id] = how === 'retry-right' ? 'right' : 'wrong';
      }
      tracker.report(reportOf(s, outcomes, options.passingScore));
    }
  }
  if (last === sectionIds.length) tracker.report(reportOf(sectionIds.length + 1, outcomes, options.passingScore));
  return { outcomes, answers };
}
