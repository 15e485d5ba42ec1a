/** Render the panel: what the LMS holds for this attempt, and the log of API calls. */
import type { ItemBank } from '../../../src/report/index.ts';
import type { Standard } from '../../lib/standard.ts';
import { read } from './cmi.ts';
import { h } from './dom.ts';
import type { LogEntry, PreviewLms } from './preview-lms.ts';
import { teacherSummary } from './summary.ts';
import { summaryPart } from './summary-panel.ts';
import { panelView, SUSPEND_LIMIT_12, SUSPEND_LIMIT_2004, type Row } from './view.ts';

const READS = /GetValue|GetLastError|GetErrorString|GetDiagnostic/;
const SHOWN_LOG_ROWS = 300;

function table(caption: string, head: readonly string[], rows: readonly (readonly string[])[], empty: string): HTMLElement {
  if (rows.length === 0) return h('p', { class: 'empty' }, empty);
  return h(
    'div',
    { class: 'scroll', role: 'region', 'aria-label': caption, tabindex: '0' },
    h(
      'table',
      {},
      h('caption', { class: 'visually-hidden' }, caption),
      h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, c))))),
    ),
  );
}

function facts(rows: readonly Row[]): HTMLElement {
  return h('dl', { class: 'facts' }, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

function suspendData(length: number, standard: Standard): HTMLElement {
  const over = length > SUSPEND_LIMIT_12;
  const text = `${length.toLocaleString('en')} of ${SUSPEND_LIMIT_12.toLocaleString('en')} characters (the SCORM 1.2 limit; 2004 allows ${SUSPEND_LIMIT_2004.toLocaleString('en')})`;
  return h(
    'div',
    {},
    h(
      'p',
      {},
      h('label', { for: 'suspend-meter' }, 'Size: '),
      h('meter', {
        id: 'suspend-meter',
        min: '0',
        max: String(SUSPEND_LIMIT_12),
        high: String(SUSPEND_LIMIT_12 * 0.75),
        value: String(Math.min(length, SUSPEND_LIMIT_12)),
      }),
      ` ${text}`,
    ),
    over
      ? h('p', { class: 'warning' }, `Warning: over 4,096 characters. ${standard === '1.2' ? 'Real SCORM 1.2 LMSs cut it here and the resume breaks.' : 'The SCORM 1.2 package would break.'}`)
      : null,
  );
}

/** What the page knows of the lesson's item bank: loaded, still loading, or why it failed. */
export type BankState = { readonly bank: ItemBank | null; readonly problem: string | null };

export function renderPanel(target: HTMLElement, lms: PreviewLms, bank: BankState): void {
  const totalBefore = lms.plan
    ? read(lms.plan.load, lms.standard === '1.2' ? 'cmi.core.total_time' : 'cmi.total_time')
    : lms.record.totalTime;
  const view = panelView(lms.standard, lms.cmi(), totalBefore, lms.currentTotalTime(), lms.manifest.primaryObjectiveId);
  const record = lms.record;
  const saving = lms.refuseCommits
    ? 'Refusing commits: nothing is being saved'
    : lms.plan?.mode === 'review'
      ? 'Review: nothing is saved'
      : lms.unsaved
        ? 'Values received since the last commit are not saved yet'
        : 'Everything received is saved';
  const history = record.history.map((a) => [String(a.attempt), a.status, a.score, a.endedAt.replace('T', ' ').slice(0, 19)]);

  const summary = teacherSummary(lms.standard, lms.cmi(), bank.bank, lms.manifest.primaryObjectiveId);

  const parts: (HTMLElement | null)[] = [
    summaryPart(summary, bank.problem),
    h('h3', {}, 'Status and score'),
    facts([
      ['Attempt', String(record.attempt)],
      ...view.status,
      ['Saved', record.savedAt ? `${record.savedAt.replace('T', ' ').slice(0, 19)} UTC` : 'never'],
      ['Saving', saving],
    ]),
    h('h3', {}, 'Launch'),
    facts([...view.launch, ['API on this page', lms.standard === '1.2' ? 'API (SCORM 1.2)' : 'API_1484_11 (SCORM 2004)']]),
    h('h3', {}, 'Objectives'),
    table('Objectives', ['Id', 'Status', 'Score'], view.objectives.map((o) => [o.id, o.status, o.score]), 'No objectives yet.'),
    h('h3', {}, 'Interactions'),
    table(
      'Interactions',
      ['Id', 'Question', 'Type', 'Answer', 'Correct answer', 'Result', 'Time'],
      view.interactions.map((i) => [i.id, i.question, i.type, i.answer, i.correct, i.result, i.time]),
      'No interactions yet.',
    ),
    h('h3', {}, 'Suspend data'),
    suspendData(view.suspendLength, lms.standard),
    h('h3', {}, 'Time'),
    facts(view.time),
    history.length > 0 ? h('h3', {}, 'Earlier attempts') : null,
    history.length > 0 ? table('Earlier attempts', ['Attempt', 'Status', 'Score', 'Ended (UTC)'], history, '') : null,
  ];
  target.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
}

/** Long values (suspend_data) are cut for the table; their length is what matters there. */
function shorten(value: string): string {
  return value.length > 120 ? `${value.slice(0, 100)}…" (${(value.length - 2).toLocaleString('en')} characters)` : value;
}

export function renderLog(target: HTMLElement, log: readonly LogEntry[], showReads: boolean): void {
  const rows = log
    .filter((e) => showReads || !READS.test(e.call))
    .slice(-SHOWN_LOG_ROWS)
    .reverse()
    .map((e) => {
      const failed = e.error !== '' && e.error !== '0';
      return h(
        'tr',
        { class: e.call === 'LMS' ? 'note' : failed ? 'failed' : '' },
        h('td', {}, e.at.slice(11, 23)),
        h('td', {}, e.call),
        h('td', { class: 'args' }, e.args.map((a) => (e.call === 'LMS' ? a : shorten(JSON.stringify(a)))).join(', ')),
        h('td', {}, e.call === 'LMS' ? '' : JSON.stringify(e.result)),
        h('td', {}, e.error === '' ? '' : failed ? `${e.error} ${e.errorText}` : '0'),
      );
    });
  target.replaceChildren(...rows);
}
