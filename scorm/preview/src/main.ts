/**
 * The preview LMS page: launches the staged package (/sco/scorm12/ or /sco/scorm2004/, the very files the
 * zips are made from) in a same-origin frame, with the LMS API on this window, and keeps the panel live.
 */
import './preview.css';
import { slug, type Standard } from '../../lib/standard.ts';
import { clone, type CmiJson } from './cmi.ts';
import { wireClassFile } from './class-file-controls.ts';
import { byId } from './dom.ts';
import { fetchManifestInfo } from './manifest-info.ts';
import { renderLog, renderPanel, type BankState } from './panel.ts';
import { wireWidthSwitch } from './width-switch.ts';
import type { ItemBank } from '../../../src/report/index.ts';
import type { LaunchMode, StoredRecord } from './record.ts';
import { PreviewLms, type LogEntry } from './preview-lms.ts';

const STANDARD_KEY = 'scorm-preview:standard';
const frame = byId<HTMLIFrameElement>('sco');
const panel = byId<HTMLElement>('panel');
const logBody = byId<HTMLElement>('log');
const showReads = byId<HTMLInputElement>('show-reads');
const refuse = byId<HTMLButtonElement>('refuse');
const announce = byId<HTMLElement>('announce');
const radios = [...document.querySelectorAll<HTMLInputElement>('input[name="standard"]')];
const buttons = [...document.querySelectorAll<HTMLButtonElement>('.buttons button, #clear-log')];

/** Storage may be blocked (private mode, policy): the preview then keeps its data in memory. */
const storage: Storage | Map<string, string> = (() => {
  try {
    localStorage.setItem('scorm-preview:probe', '1');
    localStorage.removeItem('scorm-preview:probe');
    return localStorage;
  } catch {
    return new Map<string, string>();
  }
})();
const store = {
  getItem: (k: string) => (storage instanceof Map ? (storage.get(k) ?? null) : storage.getItem(k)),
  setItem: (k: string, v: string) => void (storage instanceof Map ? storage.set(k, v) : storage.setItem(k, v)),
  removeItem: (k: string) => void (storage instanceof Map ? storage.delete(k) : storage.removeItem(k)),
};

let lms: PreviewLms | null = null;
/** The lesson's item bank (written beside this page at build time): the summary's answers in words. */
let bank: BankState = { bank: null, problem: null };
let refusing = false;
let pending = false;
/** Every API call and LMS note since this page was opened (the shown log keeps only the last 500). */
const calls: LogEntry[] = [];

/**
 * A read-only window on the LMS for the browser tests and the benchmark (tests/browser, scorm/bench/main.ts):
 * what it holds now, what it has saved, and every call since this page was opened. Copies only: nothing
 * read through it can change the LMS.
 */
export interface PreviewProbe {
  /** The data model as the LMS holds it now (received, whether saved or not). */
  cmi(): CmiJson | null;
  /** What the LMS has kept (at the last accepted Commit or Terminate), with the attempt number. */
  saved(): StoredRecord | null;
  calls(): LogEntry[];
}
const probe: PreviewProbe = {
  cmi: () => clone(lms?.cmi() ?? null),
  saved: () => clone(lms?.record ?? null),
  calls: () => clone(calls),
};
Object.defineProperty(window, '__preview', { value: Object.freeze(probe) });

/**
 * The panel is redrawn whole, so at most every RENDER_GAP_MS, and when the page is idle: a teacher sees
 * each change at once to the eye, and the lesson in the frame, which shares this page's renderer, goes
 * first. A redraw takes about 40 ms of a school laptop's CPU (160 ms slowed 4×); drawn in the next frame,
 * it used to land just as the frame began to load the lesson, and the lesson's launch waited for it
 * (docs/performance.md). A redraw waits for an idle moment at most IDLE_WAIT_MS.
 */
const RENDER_GAP_MS = 250;
const IDLE_WAIT_MS = 1000;
let lastRender = -Infinity;
/** When the page is next idle (or, where the browser cannot say, in the next frame). */
const whenIdle = (run: () => void): void =>
  void ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: IDLE_WAIT_MS }) : requestAnimationFrame(run));
function render(): void {
  if (pending) return;
  pending = true;
  const draw = (): void =>
    whenIdle(() => {
      pending = false;
      lastRender = performance.now();
      if (!lms) return;
      renderPanel(panel, lms, bank);
      renderLog(logBody, lms.log, showReads.checked);
    });
  const wait = lastRender + RENDER_GAP_MS - performance.now();
  if (wait > 0) setTimeout(draw, wait);
  else draw();
}
window.addEventListener('pagehide', () => lms?.flushLog());

function say(text: string): void {
  announce.textContent = text;
}

/** Close the lesson's page the way an LMS does: navigate the frame away (the lesson gets pagehide). */
function unloadLesson(): Promise<void> {
  return new Promise((resolve) => {
    if (frame.getAttribute('src') === 'about:blank') return resolve();
    const done = (): void => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, 3000);
    frame.addEventListener('load', done, { once: true });
    frame.setAttribute('src', 'about:blank');
  });
}

function savedStandard(): Standard {
  const wanted = new URLSearchParams(location.search).get('standard') ?? store.getItem(STANDARD_KEY);
  // SCORM 1.2 unless asked otherwise: the README's safe choice for an LMS.
  return wanted === '2004' ? '2004' : '1.2';
}

let busy = false;

/**
 * Controls wait while a launch is under way, so two launches never interleave. They are marked
 * aria-disabled rather than disabled: a disabled button drops the keyboard focus to the page.
 */
async function run(action: () => Promise<string>): Promise<void> {
  if (busy) return;
  busy = true;
  for (const b of [...buttons, ...radios]) b.setAttribute('aria-disabled', 'true');
  try {
    say(await action());
  } catch (error) {
    say(`The preview could not launch the lesson: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    busy = false;
    for (const b of [...buttons, ...radios]) b.removeAttribute('aria-disabled');
    if (lms) for (const r of radios) r.checked = r.value === lms.standard;
    render();
  }
}

async function launch(standard: Standard, how: 'resume' | 'review' | 'new' | 'reload'): Promise<string> {
  await unloadLesson();
  lms?.close();
  const base = `./sco/${slug(standard)}/`;
  if (!lms || lms.standard !== standard) {
    const manifest = await fetchManifestInfo(base);
    lms = new PreviewLms({ standard, manifest, storage: store, host: window, onChange: render, onLog: (entry) => calls.push(entry) });
    byId('lesson-title').textContent = manifest.title;
    document.title = `Preview LMS: ${manifest.title}`;
  }
  lms.refuseCommits = refusing;
  const mode: LaunchMode | undefined = how === 'review' ? 'review' : how === 'resume' ? 'normal' : undefined;
  const plan = how === 'new' ? lms.newAttempt() : lms.launch(mode);
  store.setItem(STANDARD_KEY, standard);
  // Keep the address in step, so a reload (or a shared link) opens the same version.
  const url = new URL(location.href);
  url.searchParams.set('standard', standard);
  history.replaceState(null, '', url);
  for (const r of radios) r.checked = r.value === standard;
  frame.setAttribute('src', `${base}index.html`);
  render();
  const kind = standard === '1.2' ? 'SCORM 1.2' : 'SCORM 2004';
  return `${kind}: attempt ${lms.record.attempt}, entry "${plan.entry}", mode "${plan.mode}".`;
}

byId('relaunch').addEventListener('click', () => void run(() => launch(lms?.standard ?? savedStandard(), 'resume')));
byId('new-attempt').addEventListener('click', () => void run(() => launch(lms?.standard ?? savedStandard(), 'new')));
byId('review').addEventListener('click', () => void run(() => launch(lms?.standard ?? savedStandard(), 'review')));
byId('clear-log').addEventListener('click', () => {
  if (!busy) lms?.clearLog();
});
showReads.addEventListener('change', render);
refuse.addEventListener('click', () => {
  refusing = !refusing;
  if (lms) lms.refuseCommits = refusing;
  refuse.setAttribute('aria-pressed', String(refusing));
  say(refusing ? 'The LMS now refuses every commit.' : 'The LMS accepts commits again.');
  render();
});
for (const radio of radios) {
  radio.addEventListener('change', () => {
    if (radio.checked) void run(() => launch(radio.value === '1.2' ? '1.2' : '2004', 'reload'));
  });
}

async function loadBank(): Promise<void> {
  try {
    const response = await fetch('./items.json', { cache: 'no-store' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    bank = { bank: (await response.json()) as ItemBank, problem: null };
  } catch (error) {
    bank = {
      bank: null,
      problem: `The lesson's item bank (items.json) did not load (${error instanceof Error ? error.message : String(error)}), so answers are not shown in words. Run npm start again to rebuild it.`,
    };
  }
  render();
}

wireWidthSwitch(store);
void loadBank();
wireClassFile({ storage: store, lms: () => lms, title: () => byId('lesson-title').textContent ?? '', say });
void run(() => launch(savedStandard(), 'reload'));
