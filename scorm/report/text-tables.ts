/** The class report as plain-text tables for a terminal: the same figures the page shows. */
import type { ClassReport } from '../../src/report/index.ts';

export function percentText(x: number | null): string {
  return x === null ? '–' : `${Math.round(x * 100)}%`;
}

function decimalText(x: number | null): string {
  return x === null ? '–' : x.toFixed(2);
}

function cut(s: string, width: number): string {
  return s.length <= width ? s : `${s.slice(0, width - 1)}…`;
}

export function table(head: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []): string {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]): string =>
    r.map((cell, c) => (right.includes(c) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const MASTERY: Record<string, string> = { mastered: 'yes', partly: 'partly', 'not-yet': 'not yet', 'not-reached': '·', unknown: '?' };
const FLAG: Record<string, string> = { 'too-easy': 'too easy', 'too-hard': 'too hard', 'weak-discrimination': 'weak discrimination' };

export function reportText(r: ClassReport): string {
  const out: string[] = [];
  out.push(`${r.lesson.title} ${r.lesson.version}: class report`);
  out.push(`Read: ${r.sources.map((s) => `${s.fileName} (${s.format}${s.standard ? `, SCORM ${s.standard}` : ''})`).join(', ')}`);
  const c = r.counts;
  out.push(`Learners: ${c.learners} (${c.finished} finished, ${c.unfinished} not finished, ${c.notStarted} never started); question figures use ${c.inStatistics}.`);
  for (const n of r.notices) out.push(`\n${n.level === 'error' ? 'PROBLEM' : n.level === 'warning' ? 'Warning' : 'Note'}: ${n.text}${n.action ? `\n  What to do: ${n.action}` : ''}`);

  out.push('\nQuestions (facility = share right; discrimination = item–rest correlation, first try)');
  out.push(
    table(
      ['Question', 'Right 1st try', 'Right in tries', 'Discrim.', 'Most common wrong answer', 'Flags'],
      r.items.map((i) => [
        i.id,
        percentText(i.facility),
        percentText(i.facilityWithinTries),
        decimalText(i.discrimination),
        i.commonWrong ? `${cut(i.commonWrong.words, 48)} (${i.commonWrong.count})` : '–',
        i.flags.map((f) => FLAG[f]).join(', '),
      ]),
      [1, 2, 3],
    ),
  );

  out.push('\nSections (learners who mastered each: right within the tries on at least the passing share)');
  out.push(
    table(
      ['Section', 'Class right', 'Mastered', 'Partly', 'Not yet', 'Not reached'],
      r.sections.map((s) => [s.title, percentText(s.classMastery), String(s.mastered), String(s.partly), String(s.notYet), String(s.notReached)]),
      [1, 2, 3, 4, 5],
    ),
  );

  out.push('\nLearners');
  out.push(
    table(
      ['Name', 'Status', 'Score', 'Minutes', ...r.sections.map((s) => s.id), 'Sections to revisit'],
      r.learners.map((l) => [
        l.name,
        l.status,
        l.score === null ? '–' : `${Math.round(l.score)}%`,
        l.minutes === null ? '–' : String(l.minutes),
        ...l.sections.map((s) => MASTERY[s.mastery] ?? s.mastery),
        l.revisit.map((v) => v.section).join(', '),
      ]),
      [2, 3],
    ),
  );

  out.push('\nScore distribution (learners who finished)');
  for (const b of r.distribution) out.push(`  ${b.label.padStart(8)}  ${'#'.repeat(b.count)} ${b.count}`);
  out.push(`\nReliability (Cronbach's α over ${r.reliability.items} checks, ${r.reliability.learners} learners): ${r.reliability.reading}`);
  return out.join('\n');
}
