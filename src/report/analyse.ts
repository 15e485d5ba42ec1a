/**
 * From an item bank and one or more class exports to every figure of the class report: per question,
 * per section, per learner and for the class. Pure: the page, the CLI and the tests all call this.
 *
 * Choices (said on the page too):
 * - Item statistics (facility, discrimination, answer counts, α) use the learners who finished the
 *   lesson and whose answers the export carries; an unanswered check counts as wrong for them, as an
 *   unanswered question does in Moodle. Learners who have not finished appear in the grid, not the figures.
 * - Discrimination and α use the first try: a second try comes after the lesson's hint and feedback,
 *   so it measures the feedback as much as the learner.
 * - Mastery and "sections to revisit" use what the lesson scores: right within the allowed tries.
 */
import { decodeResponse, patternStandard, type Standard } from './answers.ts';
import type { ClassRecord, LearnerRecord, Progress, ReportNotice } from './class-data.ts';
import { answerWords, isRightAnswer, parseInteractionId, type BankItem, type ItemBank } from './item-bank.ts';
import { alphaReading, cronbachAlpha, itemFlags, itemRestCorrelation, type ItemFlag } from './statistics.ts';

export interface TryRecord {
  readonly tryNumber: number;
  readonly raw: string;
  /** The response as the lesson's ids; null when it could not be read back. */
  readonly ids: readonly string[] | null;
  readonly words: string;
  readonly correct: boolean;
}

export interface AnswerCount {
  readonly words: string;
  readonly count: number;
  readonly correct: boolean;
  readonly misconception?: string;
  /** The feedback the lesson gives for this answer (the reason it is wrong), when it has one. */
  readonly feedback?: string;
}

export interface ItemReport {
  readonly id: string;
  readonly section: string;
  readonly question: string;
  readonly skill?: string;
  readonly objective?: string;
  readonly rightAnswer: string;
  /** Learners the figures are based on. */
  readonly n: number;
  /** Share right at the first try (0–1); null when no learner's answers are known. */
  readonly facility: number | null;
  /** Share right within the allowed tries. */
  readonly facilityWithinTries: number | null;
  readonly discrimination: number | null;
  /** First-try answers, in words, most given first. */
  readonly answers: readonly AnswerCount[];
  readonly commonWrong: AnswerCount | null;
  readonly flags: readonly ItemFlag[];
  /** How many of them skipped it (finished without answering). */
  readonly skipped: number;
}

export type Mastery = 'mastered' | 'partly' | 'not-yet' | 'not-reached' | 'unknown';

export interface LearnerSection {
  readonly section: string;
  readonly right: number;
  readonly answered: number;
  readonly total: number;
  readonly mastery: Mastery;
}

export interface RevisitItem {
  readonly section: string;
  readonly sectionTitle: string;
  /** Where to reread: the passage each missed check tests, or the section when the content names none. */
  readonly passages: readonly string[];
  readonly missed: readonly { readonly question: string; readonly rightAnswer: string; readonly explanation: string }[];
}

export interface LearnerReport {
  readonly name: string;
  readonly key: string;
  readonly progress: Progress;
  /** The status in plain words, never just "0". */
  readonly status: string;
  readonly score: number | null;
  readonly passed: boolean | null;
  readonly minutes: number | null;
  readonly checksAnswered: number;
  readonly checksRightFirstTry: number;
  readonly checksRight: number;
  readonly sections: readonly LearnerSection[];
  readonly revisit: readonly RevisitItem[];
  /** Written answers (e.g. debate positions) the export carries. */
  readonly written: readonly { readonly id: string; readonly text: string }[];
}

export interface SectionReport {
  readonly id: string;
  readonly title: string;
  readonly checks: number;
  /** Share of the section's checks right within the tries, over all learners who finished. */
  readonly classMastery: number | null;
  readonly mastered: number;
  readonly partly: number;
  readonly notYet: number;
  readonly notReached: number;
}

/**
 * How many learners the report has, by progress; `inStatistics` are the finished ones whose answers the
 * export carries (the base of every item figure).
 */
export type LearnerCounts = Readonly<Record<'learners' | 'finished' | 'unfinished' | 'notStarted' | 'inStatistics', number>>;

export interface ClassReport {
  readonly lesson: ItemBank['lesson'];
  readonly sources: readonly { readonly fileName: string; readonly format: string; readonly standard?: string }[];
  readonly notices: readonly ReportNotice[];
  readonly counts: LearnerCounts;
  readonly hasAnswers: boolean;
  readonly items: readonly ItemReport[];
  readonly sections: readonly SectionReport[];
  readonly learners: readonly LearnerReport[];
  readonly distribution: readonly { readonly label: string; readonly from: number; readonly to: number; readonly count: number }[];
  readonly reliability: { readonly alpha: number | null; readonly reading: string; readonly items: number; readonly learners: number };
}

interface Mapped {
  readonly learner: LearnerRecord;
  /** Check id → tries in order. */
  readonly tries: ReadonlyMap<string, readonly TryRecord[]>;
  readonly written: readonly { id: string; text: string }[];
}

function judge(item: BankItem, raw: string, result: LearnerRecord['interactions'][number]['result'], standard: Standard | undefined): { ids: string[] | null; words: string; correct: boolean } {
  const ids = decodeResponse(item, raw, standard);
  const words = ids ? answerWords(item, ids) : raw.trim() === '' ? '(no answer)' : `(unreadable answer "${raw}")`;
  // The LMS's result word when it kept one (what the lesson judged); otherwise judged from the answer.
  const byResponse = ids ? isRightAnswer(item, ids) : false;
  const correct = result === 'correct' ? true : result === 'wrong' ? false : byResponse;
  return { ids, words, correct };
}

/** A written answer (e.g. a debate position): a fill-in interaction, or an id that says it is one. */
function isWritten(x: LearnerRecord['interactions'][number]): boolean {
  if (x.id === '' || x.response.trim() === '') return false;
  return x.type ? /fill-in/.test(x.type) : /position|debate|written|essay/i.test(x.id);
}

function mapLearner(learner: LearnerRecord, bank: ReadonlyMap<string, BankItem>, standard: Standard | undefined, tally: { unknownIds: Set<string>; otherVersion: number; unreadable: number }): Mapped {
  const tries = new Map<string, TryRecord[]>();
  const written: { id: string; text: string }[] = [];
  for (const x of learner.interactions) {
    const parsed = parseInteractionId(x.id);
    const item = parsed ? bank.get(parsed.checkId) : undefined;
    if (!parsed || !item) {
      if (isWritten(x)) written.push({ id: x.id, text: x.response });
      else if (x.id !== '') tally.unknownIds.add(x.id);
      continue;
    }
    const list = tries.get(item.id) ?? [];
    // An LMS may keep a rewritten interaction twice; the first record of a try counts.
    if (list.some((t) => t.tryNumber === parsed.tryNumber)) continue;
    const own = x.rightAnswer ? patternStandard(item, x.rightAnswer) : null;
    if (x.rightAnswer && own === null) tally.otherVersion++;
    const judged = judge(item, x.response, x.result, own ?? standard);
    if (judged.ids === null && x.response.trim() !== '') tally.unreadable++;
    list.push({ tryNumber: parsed.tryNumber, raw: x.response, ids: judged.ids, words: judged.words, correct: judged.correct });
    tries.set(item.id, list.sort((a, b) => a.tryNumber - b.tryNumber));
  }
  return { learner, tries, written };
}

/** One learner's tries at each check, in words (the preview LMS's summary shows one attempt this way). */
export function learnerTries(bank: ItemBank, learner: LearnerRecord, standard?: Standard): ReadonlyMap<string, readonly TryRecord[]> {
  const tally = { unknownIds: new Set<string>(), otherVersion: 0, unreadable: 0 };
  return mapLearner(learner, new Map(bank.items.map((i) => [i.id, i])), standard, tally).tries;
}

const firstRight = (t: readonly TryRecord[] | undefined): boolean => t?.[0]?.tryNumber === 1 && t[0].correct;
/** Right within the allowed tries: what the lesson scores. */
export const rightWithin = (t: readonly TryRecord[] | undefined, max: number): boolean => (t ?? []).some((x) => x.tryNumber <= max && x.correct);

function statusWords(l: LearnerRecord, passing: number): string {
  if (l.progress === 'not-started') return 'Never opened the lesson';
  if (l.zeroOrUnfinished) return 'Score 0: either finished with 0 or not finished (this download cannot tell)';
  if (l.progress === 'unfinished') return 'Started, not finished (no score yet)';
  if (l.score === null) return 'Finished (no score recorded)';
  return `Finished: ${l.score >= passing ? 'passed' : 'not passed'} with ${Math.round(l.score)}%`;
}

function masteryOf(right: number, answered: number, total: number, progress: Progress, passing: number, hasAnswers: boolean): Mastery {
  if (!hasAnswers) return 'unknown';
  if (answered === 0 && progress !== 'finished') return 'not-reached';
  const share = total === 0 ? 0 : right / total;
  if (share * 100 >= passing) return 'mastered';
  return share >= 0.5 ? 'partly' : 'not-yet';
}

/** Several exports of one class (e.g. preview attempts) read as one; a learner found twice is kept once. */
export function mergeClasses(records: readonly ClassRecord[]): { learners: LearnerRecord[]; standard: Standard | undefined; notices: ReportNotice[] } {
  const learners: LearnerRecord[] = [];
  const notices: ReportNotice[] = [];
  let duplicates = 0;
  for (const r of records) {
    notices.push(...r.notices.map((n) => (records.length > 1 ? { ...n, text: `${r.fileName}: ${n.text}` } : n)));
    for (const l of r.learners) {
      if (learners.some((k) => k.key === l.key && k.name === l.name)) duplicates++;
      else learners.push(l);
    }
  }
  if (duplicates > 0) notices.push({ level: 'warning', text: `${duplicates} learner${duplicates === 1 ? ' appears' : 's appear'} in more than one file; the first file's record is used.` });
  const standards = new Set(records.map((r) => r.standard).filter((s): s is Standard => s !== undefined));
  return { learners, standard: standards.size === 1 ? [...standards][0] : undefined, notices };
}

export function analyseClass(bank: ItemBank, records: readonly ClassRecord[]): ClassReport {
  const passing = bank.scoring.passingScore;
  const items = new Map(bank.items.map((i) => [i.id, i]));
  const { learners, standard, notices } = mergeClasses(records);
  const tally = { unknownIds: new Set<string>(), otherVersion: 0, unreadable: 0 };
  const mapped = learners.map((l) => mapLearner(l, items, standard, tally));
  const hasAnswers = records.some((r) => r.hasInteractionIds && r.hasResponses) && mapped.some((m) => m.tries.size > 0);

  if (tally.unknownIds.size > 0 && mapped.every((m) => m.tries.size === 0) && hasAnswersIn(records)) {
    notices.push({
      level: 'error',
      text: `None of the ${tally.unknownIds.size} question ids in this export belongs to "${bank.lesson.title}" ${bank.lesson.version} (for example "${[...tally.unknownIds][0]}").`,
      action: 'Use the class report from the teacher kit of the lesson version your learners took, or check that this is the right activity\'s download.',
    });
  } else if (tally.unknownIds.size > 0) {
    notices.push({ level: 'info', text: `${tally.unknownIds.size} interaction id${tally.unknownIds.size === 1 ? '' : 's'} in the export match no check of this lesson and ${tally.unknownIds.size === 1 ? 'is' : 'are'} left out (e.g. "${[...tally.unknownIds][0]}").` });
  }
  if (tally.otherVersion > 0) {
    notices.push({
      level: 'warning',
      text: `${tally.otherVersion} answer${tally.otherVersion === 1 ? ' has' : 's have'} a right answer that differs from this lesson version's (${bank.lesson.version}): they may come from another version of the lesson.`,
      action: 'Use the teacher kit of the version your learners took.',
    });
  }
  if (tally.unreadable > 0) notices.push({ level: 'warning', text: `${tally.unreadable} answer${tally.unreadable === 1 ? ' could' : 's could'} not be read back into words; they are shown as the LMS stored them.` });

  // Learners whose answers the item statistics use.
  const base = hasAnswers ? mapped.filter((m) => m.learner.progress === 'finished' && m.tries.size > 0) : [];
  const firstMarks: number[][] = base.map((m) => bank.items.map((i) => (firstRight(m.tries.get(i.id)) ? 1 : 0)));
  const totals = firstMarks.map((row) => row.reduce<number>((a, b) => a + b, 0));

  const itemReports = bank.items.map((item, j): ItemReport => {
    const n = base.length;
    const x = firstMarks.map((row) => row[j] ?? 0);
    const counts = new Map<string, AnswerCount>();
    let skipped = 0;
    for (const m of base) {
      const first = m.tries.get(item.id)?.find((t) => t.tryNumber === 1);
      if (!first) {
        skipped++;
        continue;
      }
      const ids = first.ids;
      const chosen = ids ? (item.options ?? []).filter((o) => ids.includes(o.id) && !item.correct.response.includes(o.id)) : [];
      const misconception = chosen.map((o) => o.misconception).filter(Boolean).join(' / ');
      const feedback = chosen.map((o) => o.feedback).filter(Boolean).join(' / ');
      const prev = counts.get(first.words);
      counts.set(first.words, {
        words: first.words,
        count: (prev?.count ?? 0) + 1,
        correct: first.correct,
        ...(misconception ? { misconception } : {}),
        ...(feedback && !first.correct ? { feedback } : {}),
      });
    }
    const answers = [...counts.values()].sort((a, b) => b.count - a.count || a.words.localeCompare(b.words));
    const facility = n > 0 ? x.reduce((a, b) => a + b, 0) / n : null;
    const within = n > 0 ? base.filter((m) => rightWithin(m.tries.get(item.id), item.maxTries)).length / n : null;
    const discrimination = n > 1 ? itemRestCorrelation(x, totals) : null;
    return {
      id: item.id,
      section: item.section,
      question: item.question,
      ...(item.skill ? { skill: item.skill } : {}),
      ...(item.objective ? { objective: item.objective } : {}),
      rightAnswer: item.correct.words,
      n,
      facility,
      facilityWithinTries: within,
      discrimination,
      answers,
      commonWrong: answers.find((a) => !a.correct) ?? null,
      flags: itemFlags(facility, discrimination),
      skipped,
    };
  });

  const learnerReports = mapped.map(({ learner, tries, written }): LearnerReport => {
    const sections = bank.sections.map((s): LearnerSection => {
      const answered = s.checks.filter((c) => (tries.get(c)?.length ?? 0) > 0).length;
      const right = s.checks.filter((c) => rightWithin(tries.get(c), items.get(c)?.maxTries ?? 1)).length;
      return { section: s.id, right, answered, total: s.checks.length, mastery: masteryOf(right, answered, s.checks.length, learner.progress, passing, hasAnswers) };
    });
    const revisit = bank.sections.flatMap((s, k): RevisitItem[] => {
      const mastery = sections[k]?.mastery;
      if (mastery !== 'partly' && mastery !== 'not-yet') return [];
      const missed = s.checks.map((c) => items.get(c)).filter((i): i is BankItem => !!i && !rightWithin(tries.get(i.id), i.maxTries));
      const passages = [...new Set(missed.map((i) => i.passage?.heading ?? s.title))];
      return [{ section: s.id, sectionTitle: s.title, passages, missed: missed.map((i) => ({ question: i.question, rightAnswer: i.correct.words, explanation: i.explanation })) }];
    });
    const all = [...tries.values()];
    return {
      name: learner.name,
      key: learner.key,
      progress: learner.progress,
      status: statusWords(learner, passing),
      score: learner.score,
      passed: learner.progress === 'finished' && learner.score !== null ? learner.score >= passing : null,
      minutes: learner.seconds === null ? null : Math.round(learner.seconds / 60),
      checksAnswered: all.filter((t) => t.length > 0).length,
      checksRightFirstTry: all.filter((t) => firstRight(t)).length,
      checksRight: [...tries].filter(([id, t]) => rightWithin(t, items.get(id)?.maxTries ?? 1)).length,
      sections,
      revisit,
      written,
    };
  });

  const sectionReports = bank.sections.map((s, k): SectionReport => {
    const rows = learnerReports.map((l) => l.sections[k]).filter((x): x is LearnerSection => !!x);
    const done = learnerReports.filter((l) => l.progress === 'finished').map((l) => l.sections[k]).filter((x): x is LearnerSection => !!x);
    const count = (m: Mastery): number => rows.filter((r) => r.mastery === m).length;
    return {
      id: s.id,
      title: s.title,
      checks: s.checks.length,
      classMastery: hasAnswers && done.length > 0 ? done.reduce((a, r) => a + r.right, 0) / Math.max(1, done.reduce((a, r) => a + r.total, 0)) : null,
      mastered: count('mastered'),
      partly: count('partly'),
      notYet: count('not-yet'),
      notReached: count('not-reached'),
    };
  });

  const scores = learnerReports.filter((l) => l.progress === 'finished' && l.score !== null).map((l) => l.score as number);
  const distribution = Array.from({ length: 10 }, (_, b) => {
    const from = b * 10;
    const to = b === 9 ? 100 : from + 9;
    return { label: `${from}–${to}%`, from, to, count: scores.filter((s) => (b === 9 ? s >= 90 : s >= from && s < from + 10)).length };
  });

  const alpha = cronbachAlpha(firstMarks);
  const counts: LearnerCounts = {
    learners: learners.length,
    finished: learners.filter((l) => l.progress === 'finished').length,
    unfinished: learners.filter((l) => l.progress === 'unfinished').length,
    notStarted: learners.filter((l) => l.progress === 'not-started').length,
    inStatistics: base.length,
  };
  if (hasAnswers && counts.unfinished > 0) {
    notices.push({ level: 'info', text: `${counts.unfinished} learner${counts.unfinished === 1 ? ' has' : 's have'} not finished: they are in the grid and the learner table, not in the question figures.` });
  }
  if (hasAnswers && mapped.every((m) => m.written.length === 0)) {
    notices.push({ level: 'info', text: 'No written answers (such as debate positions) are in this export: the lesson keeps them in the learner\'s browser and does not send them to the LMS.' });
  }
  return {
    lesson: bank.lesson,
    sources: records.map((r) => ({ fileName: r.fileName, format: r.format, ...(r.standard ? { standard: r.standard } : {}) })),
    notices,
    counts,
    hasAnswers,
    items: itemReports,
    sections: sectionReports,
    learners: learnerReports,
    distribution,
    reliability: { alpha, reading: hasAnswers ? alphaReading(alpha, base.length) : 'Needs the learners\' answers, which this export does not have.', items: bank.items.length, learners: base.length },
  };
}

function hasAnswersIn(records: readonly ClassRecord[]): boolean {
  return records.some((r) => r.hasInteractionIds && r.hasResponses);
}
