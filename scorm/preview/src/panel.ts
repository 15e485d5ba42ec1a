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
  replaceChanged(target, parts.filter((p): p is HTMLElement => p !== null));
}

/**
 * Puts `parts` in `target`, replacing only those that differ from what is there. Most redraws change
 * one or two parts (the status after a commit, a new interaction), and the page lays out again only
 * what was replaced: the lesson shares this page's renderer, and a whole new panel each time cost it
 * more than the lesson's own drawing in a journey (docs/performance.md).
 */
function replaceChanged(target: HTMLElement, parts: readonly HTMLElement[]): void {
  const shown = [...target.children];
  if (shown.length !== parts.length) {
    target.replaceChildren(...parts);
    return;
  }
  parts.forEach((part, i) => {
    if (!shown[i]!.isEqualNode(part)) shown[i]!.replaceWith(part);
  });
}

/** Long values (suspend_data) are cut for the table; their length is what matters there. */
function shorten(value: string): string {
  return value.length > 120 ? `${value.slice(0, 100)}…" (${(value.length - 2).toLocaleString('en')} characters)` : value;
}

export function renderLog(target: HTMLElement, log: readonly LogEntry[], showReads: boolean): void {
  const row = (e: LogEntry): HTMLElement => {
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
  };
  const shows = (e: LogEntry) => showReads || !READS.test(e.call);
  // Entries are never changed once logged, so a redraw adds the rows of those after the last one
  // drawn, newest first, and takes away the rows of those the LMS has since dropped (its oldest). A
  // cleared log, or a change of filter, draws it all again.
  const drawn = drawnLogs.get(target);
  const last = drawn?.entries.at(-1);
  const since = last ? log.lastIndexOf(last) : -1;
  const fresh = drawn && drawn.showReads === showReads && (since >= 0 || drawn.entries.length === 0) ? log.slice(since + 1).filter(shows) : null;
  // (More new rows than the table shows: it is drawn whole, as every row on it is new.)
  if (drawn && fresh && fresh.length < SHOWN_LOG_ROWS) {
    const entries = [...drawn.entries, ...fresh];
    target.prepend(...[...fresh].reverse().map(row));
    // Shown are the last SHOWN_LOG_ROWS, and only those the log still has: the oldest are at the bottom.
    let gone = Math.max(0, entries.length - SHOWN_LOG_ROWS);
    while (gone < entries.length && !log.includes(entries[gone]!)) gone += 1;
    for (let i = 0; i < gone; i += 1) target.lastElementChild?.remove();
    drawnLogs.set(target, { showReads, entries: entries.slice(gone) });
  } else {
    const entries = log.filter(shows).slice(-SHOWN_LOG_ROWS);
    target.replaceChildren(...[...entries].reverse().map(row));
    drawnLogs.set(target, { showReads, entries });
  }
}

/** The entries each log table shows, oldest first, and with which filter. */
const drawnLogs = new WeakMap<HTMLElement, { readonly showReads: boolean; readonly entries: readonly LogEntry[] }>();
