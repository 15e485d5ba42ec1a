/**
 * The class report as a page: what the teacher reads on screen, the one-page class summary that prints,
 * and a reteach slip per learner. Takes the figures from analyseClass and only lays them out.
 */
import type { ClassReport, ItemReport, LearnerReport } from '../analyse.ts';
import type { ReportNotice } from '../class-data.ts';
import type { ItemBank } from '../item-bank.ts';
import { el, dataTable, type Child } from './dom.ts';

const pct = (x: number | null): string => (x === null ? '–' : `${Math.round(x * 100)}%`);
const dec = (x: number | null): string => (x === null ? '–' : x.toFixed(2));

const MASTERY_WORDS: Record<string, string> = {
  mastered: 'Mastered',
  partly: 'Partly',
  'not-yet': 'Not yet',
  'not-reached': 'Not reached',
  unknown: 'No answers in export',
};
const FLAG_WORDS: Record<string, string> = {
  'too-easy': 'Too easy: almost everyone right at the first try',
  'too-hard': 'Too hard: fewer than 1 in 5 right at the first try',
  'weak-discrimination': 'Weak discrimination: stronger learners did no better on it',
};

function notice(n: ReportNotice): HTMLElement {
  const label = n.level === 'error' ? 'Missing from this export' : n.level === 'warning' ? 'Check' : 'Note';
  return el('div', { class: `notice notice-${n.level}` }, [
    el('p', {}, [el('strong', {}, [`${label}: `]), n.text]),
    n.action ? el('p', {}, [el('strong', {}, ['What to do: ']), n.action]) : null,
  ]);
}

function summary(r: ClassReport, bank: ItemBank): HTMLElement {
  const c = r.counts;
  const maxBand = Math.max(1, ...r.distribution.map((b) => b.count));
  const flagged = r.items.filter((i) => i.flags.length > 0);
  const hardest = [...r.items].filter((i) => i.facility !== null).sort((a, b) => (a.facility ?? 0) - (b.facility ?? 0)).slice(0, 3);
  return el('section', { class: 'summary', 'aria-labelledby': 'summary-title' }, [
    el('h2', { id: 'summary-title', tabindex: -1 }, ['Class summary']),
    el('p', { class: 'print-only' }, [`${bank.lesson.title} (version ${bank.lesson.version}). Read from ${r.sources.map((s) => s.fileName).join(', ')}.`]),
    el('ul', { class: 'counts' }, [
      el('li', {}, [el('strong', {}, [c.learners]), ' learners']),
      el('li', {}, [el('strong', {}, [c.finished]), ' finished']),
      el('li', {}, [el('strong', {}, [c.unfinished]), ' started, not finished']),
      el('li', {}, [el('strong', {}, [c.notStarted]), ' never opened it']),
    ]),
    ...r.notices.map(notice),
    el('div', { class: 'summary-grid' }, [
      el('div', {}, [
        el('h3', {}, ['Scores of those who finished']),
        dataTable(
          'Score distribution',
          ['Score', 'Learners'],
          r.distribution.map((b) => [b.label, el('span', { class: 'bar-cell' }, [el('span', { class: 'bar', 'data-width': Math.round((b.count / maxBand) * 100) }), ` ${b.count}`])]),
          'compact',
        ),
      ]),
      el('div', {}, [
        el('h3', {}, ['Sections']),
        dataTable(
          'Share of each section\'s checks answered right, and learners who mastered it',
          ['Section', 'Right', 'Mastered', 'Partly or not yet', 'Not reached'],
          r.sections.map((s) => [s.title, pct(s.classMastery), s.mastered, s.notYet + s.partly, s.notReached]),
          'compact',
        ),
        el('h3', {}, ['How consistent the checks are']),
        el('p', {}, [r.reliability.reading]),
        el('h3', {}, ['Questions to look at']),
        r.hasAnswers
          ? el('ul', {}, [
              ...hardest.map((i) => el('li', {}, [`Hardest: "${i.question}" (${pct(i.facility)} right first time)`])),
              ...flagged.filter((i) => !i.flags.includes('too-easy')).map((i) => el('li', {}, [`"${i.question}": ${i.flags.map((f) => FLAG_WORDS[f]).join('; ')}`])),
              el('li', {}, [`${flagged.filter((i) => i.flags.includes('too-easy')).length} of ${r.items.length} questions were too easy for this class.`]),
            ])
          : el('p', {}, ['Needs the learners\' answers (see above).']),
      ]),
    ]),
  ]);
}

function answersCell(i: ItemReport): Child {
  if (i.answers.length === 0) return '–';
  return el('details', {}, [
    el('summary', {}, [`${i.answers.length} different answer${i.answers.length === 1 ? '' : 's'}`]),
    el('ul', {}, i.answers.map((a) => el('li', {}, [`${a.count} × ${a.words}`, a.correct ? el('span', { class: 'right-mark' }, [' (right)']) : null]))),
  ]);
}

function questions(r: ClassReport, bank: ItemBank): HTMLElement {
  const sectionTitle = new Map(bank.sections.map((s) => [s.id, s.title]));
  return el('section', { 'aria-labelledby': 'questions-title', class: 'screen-only' }, [
    el('h2', { id: 'questions-title' }, ['Questions']),
    el('p', {}, [
      `Facility is the share of learners right at the first try (and within the ${bank.scoring.maxTries} tries allowed). Discrimination is the correlation between a question and the rest of the lesson (first tries): near 0 or below means stronger learners did no better on it. Figures use the ${r.counts.inStatistics} learners who finished.`,
    ]),
    dataTable(
      'Questions, with facility, discrimination and the answers given',
      ['Question', 'Section', 'Right 1st try', 'Right within tries', 'Discrimination', 'Answers given (first try)', 'Most common wrong answer', 'Flags'],
      r.items.map((i) => [
        el('span', {}, [i.question, el('span', { class: 'id' }, [i.id])]),
        sectionTitle.get(i.section) ?? i.section,
        pct(i.facility),
        pct(i.facilityWithinTries),
        dec(i.discrimination),
        answersCell(i),
        i.commonWrong
          ? el('span', {}, [
              `${i.commonWrong.words} (${i.commonWrong.count})`,
              i.commonWrong.misconception ? el('span', { class: 'why' }, [`Misconception: ${i.commonWrong.misconception}`]) : null,
              !i.commonWrong.misconception && i.commonWrong.feedback ? el('span', { class: 'why' }, [`Lesson's feedback: ${i.commonWrong.feedback}`]) : null,
            ])
          : '–',
        i.flags.map((f) => FLAG_WORDS[f]).join('; ') || '–',
      ]),
      'questions',
    ),
  ]);
}

function grid(r: ClassReport, bank: ItemBank): HTMLElement {
  return el('section', { 'aria-labelledby': 'grid-title', class: 'screen-only' }, [
    el('h2', { id: 'grid-title' }, ['Mastery by section']),
    el('p', {}, [`Mastered: at least ${bank.scoring.passingScore}% of the section's checks right within the tries. Partly: at least half. Not reached: the learner has not got that far.`]),
    dataTable(
      'Learners by sections: checks right within the tries',
      ['Learner', ...bank.sections.map((s) => s.title)],
      r.learners.map((l) => [
        l.name,
        ...l.sections.map((s) => el('span', { class: `mastery mastery-${s.mastery}` }, [MASTERY_WORDS[s.mastery] ?? s.mastery, s.mastery === 'unknown' || s.mastery === 'not-reached' ? '' : ` (${s.right}/${s.total})`])),
      ]),
      'grid',
    ),
  ]);
}

function minutes(l: LearnerReport): string {
  return l.minutes === null ? '–' : `${l.minutes} min`;
}

function learners(r: ClassReport, bank: ItemBank): HTMLElement {
  const title = new Map(bank.sections.map((s) => [s.id, s.title]));
  return el('section', { 'aria-labelledby': 'learners-title', class: 'screen-only' }, [
    el('h2', { id: 'learners-title' }, ['Learners']),
    dataTable(
      'Each learner\'s score, status, time and sections to revisit',
      ['Learner', 'Status', 'Score', 'Time', 'Right first try', 'Sections to revisit', 'Written positions'],
      r.learners.map((l) => [
        l.name,
        l.status,
        l.score === null ? '–' : `${Math.round(l.score)}%`,
        minutes(l),
        l.progress === 'not-started' ? '–' : `${l.checksRightFirstTry} of ${bank.items.length}`,
        l.revisit.map((v) => title.get(v.section) ?? v.section).join('; ') || '–',
        l.written.length > 0 ? el('ul', {}, l.written.map((w) => el('li', {}, [w.text]))) : '–',
      ]),
    ),
  ]);
}

function slips(r: ClassReport, bank: ItemBank): HTMLElement {
  const who = r.learners.filter((l) => l.revisit.length > 0 || l.progress !== 'finished');
  return el('section', { class: 'slips', 'aria-labelledby': 'slips-title' }, [
    el('h2', { id: 'slips-title' }, ['Reteach slips']),
    el('p', { class: 'screen-only' }, [`One slip for each learner with something to revisit or finish (${who.length}). "Print reteach slips" prints them, several to a page.`]),
    ...who.map((l) =>
      el('article', { class: 'slip', 'aria-label': `Reteach slip for ${l.name}` }, [
        el('h3', {}, [l.name]),
        el('p', {}, [`${bank.lesson.title}: ${l.status}.`]),
        l.progress === 'not-started' ? el('p', {}, ['Please open the lesson and work through it.']) : null,
        l.progress === 'unfinished' ? el('p', {}, ['Please go back into the lesson and finish it: it picks up where you left off.']) : null,
        ...l.revisit.map((v) =>
          el('div', {}, [
            el('p', {}, [el('strong', {}, [`Reread: ${v.sectionTitle}`]), v.passages.filter((p) => p !== v.sectionTitle).length > 0 ? ` (${v.passages.join('; ')})` : '']),
            el('ul', {}, v.missed.slice(0, 4).map((m) => el('li', {}, [`${m.question} `, el('em', {}, [`Answer: ${m.rightAnswer}`])]))),
          ]),
        ),
      ]),
    ),
  ]);
}

/** The whole report below the file chooser. */
export function renderReport(r: ClassReport, bank: ItemBank): HTMLElement {
  return el('div', { class: 'report' }, [
    el('div', { class: 'actions screen-only' }, [
      el('button', { type: 'button', id: 'print-summary' }, ['Print class summary']),
      el('button', { type: 'button', id: 'print-slips' }, ['Print reteach slips']),
    ]),
    summary(r, bank),
    questions(r, bank),
    grid(r, bank),
    learners(r, bank),
    slips(r, bank),
  ]);
}

/** Set the bars' widths through the CSSOM (a strict Content-Security-Policy refuses style attributes). */
export function sizeBars(root: HTMLElement): void {
  root.querySelectorAll<HTMLElement>('.bar').forEach((bar) => {
    bar.style.width = `${bar.dataset.width ?? '0'}%`;
  });
}
