/**
 * The report as JSON for scripts (`npm run report -- … --json out.json`): the shape the issue promises,
 * `{ items: [{ id, facility, discrimination, answers: { <answer in words>: count } }], sections, learners }`,
 * plus the class figures. Facility and discrimination are 0–1 (null when not computable).
 */
import type { ClassReport } from './analyse.ts';

const round = (x: number | null, places = 3): number | null => (x === null ? null : Math.round(x * 10 ** places) / 10 ** places);

export function reportJson(report: ClassReport) {
  return {
    lesson: report.lesson,
    sources: report.sources,
    counts: report.counts,
    notices: report.notices,
    items: report.items.map((i) => ({
      id: i.id,
      section: i.section,
      n: i.n,
      facility: round(i.facility),
      facilityWithinTries: round(i.facilityWithinTries),
      discrimination: round(i.discrimination),
      answers: Object.fromEntries(i.answers.map((a) => [a.words, a.count])),
      commonWrong: i.commonWrong ? { answer: i.commonWrong.words, count: i.commonWrong.count, misconception: i.commonWrong.misconception ?? null } : null,
      flags: i.flags,
    })),
    sections: report.sections.map((s) => ({ ...s, classMastery: round(s.classMastery) })),
    learners: report.learners.map((l) => ({
      name: l.name,
      key: l.key,
      progress: l.progress,
      status: l.status,
      score: l.score,
      minutes: l.minutes,
      sections: Object.fromEntries(l.sections.map((s) => [s.section, { right: s.right, of: s.total, mastery: s.mastery }])),
      revisit: l.revisit.map((r) => r.section),
      written: l.written,
    })),
    distribution: report.distribution,
    reliability: { ...report.reliability, alpha: round(report.reliability.alpha) },
  };
}

export type ReportJson = ReturnType<typeof reportJson>;
