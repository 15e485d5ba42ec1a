/**
 * The class report page: the teacher chooses or drops export files; they are read here, in the browser,
 * with the item bank built into the page. Nothing is sent anywhere (the page's Content-Security-Policy
 * forbids every request).
 */
import './class-report.css';
import { analyseClass } from '../analyse.ts';
import { ExportError, type ClassRecord } from '../class-data.ts';
import { ITEM_BANK_FORMAT, type ItemBank } from '../item-bank.ts';
import { readExport } from '../read/read-export.ts';
import { el } from './dom.ts';
import { renderReport, sizeBars } from './render.ts';

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The class report page has no #${id}.`);
  return node as T;
}

function readBank(): ItemBank | null {
  try {
    const json = JSON.parse(byId('item-bank').textContent ?? '') as ItemBank;
    return json.format === ITEM_BANK_FORMAT ? json : null;
  } catch {
    return null;
  }
}

const input = byId<HTMLInputElement>('files');
const drop = byId<HTMLElement>('drop');
const status = byId<HTMLElement>('status');
const problems = byId<HTMLElement>('problems');
const output = byId<HTMLElement>('report');
const bank = readBank();

function showProblems(list: readonly { file: string; message: string; action?: string }[]): void {
  problems.replaceChildren(
    ...list.map((p) =>
      el('div', { class: 'notice notice-error' }, [
        el('p', {}, [el('strong', {}, [`${p.file} could not be read: `]), p.message]),
        p.action ? el('p', {}, [el('strong', {}, ['What to do: ']), p.action]) : null,
      ]),
    ),
  );
}

const NO_BANK = {
  file: 'This page',
  message: 'its item bank is missing or damaged, so no export can be matched to the lesson.',
  action: 'Use class-report.html from the teacher kit (packages/<lesson>-<version>-teacher/).',
};

async function readFiles(files: readonly File[]): Promise<void> {
  if (!bank) return showProblems([NO_BANK]);
  if (files.length === 0) return;
  status.textContent = `Reading ${files.length} file${files.length === 1 ? '' : 's'}…`;
  const records: ClassRecord[] = [];
  const failed: { file: string; message: string; action?: string }[] = [];
  for (const file of files) {
    try {
      records.push(readExport(file.name, new Uint8Array(await file.arrayBuffer())));
    } catch (error) {
      const e = error instanceof ExportError ? error : null;
      failed.push({
        file: file.name,
        message: e ? e.reason : `it could not be read (${error instanceof Error ? error.message : String(error)}).`,
        ...(e?.action ? { action: e.action } : {}),
      });
    }
  }
  showProblems(failed);
  if (records.length === 0) {
    output.replaceChildren();
    status.textContent = 'No file could be read; see the message above.';
    byId('problems').focus();
    return;
  }
  const report = analyseClass(bank, records);
  const view = renderReport(report, bank);
  output.replaceChildren(view);
  sizeBars(view);
  byId('print-summary').addEventListener('click', () => print('summary'));
  byId('print-slips').addEventListener('click', () => print('slips'));
  status.textContent = `Report ready: ${report.counts.learners} learners from ${records.map((r) => r.fileName).join(', ')}.`;
  byId('summary-title').focus();
}

function print(what: 'summary' | 'slips'): void {
  document.body.dataset.print = what;
  window.print();
}
window.addEventListener('afterprint', () => {
  delete document.body.dataset.print;
});

input.addEventListener('change', () => {
  void readFiles([...(input.files ?? [])]);
});
for (const type of ['dragenter', 'dragover'] as const) {
  document.addEventListener(type, (event) => {
    event.preventDefault();
    drop.classList.add('dragging');
  });
}
document.addEventListener('dragleave', (event) => {
  if (event.relatedTarget === null) drop.classList.remove('dragging');
});
document.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('dragging');
  void readFiles([...(event.dataTransfer?.files ?? [])]);
});
if (!bank) showProblems([NO_BANK]);
