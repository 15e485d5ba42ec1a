/**
 * The lesson on a school laptop: Chromium's CPU slowed 4× (CDP `Emulation.setCPUThrottlingRate`, standing
 * in for a low-end Chromebook), inside the preview LMS (both versions) and with no LMS. Per sample, a fresh
 * browser context:
 *
 *   1. a fresh attempt is launched: launch → first check usable; when the lesson opens on a start screen,
 *      launch → start screen usable and start → first check usable instead (the bench works either way);
 *   2. the first section's checks are answered by pointer: answer → feedback painted for each "Check
 *      answer" click, from the browser's own Event Timing entry (the click's timestamp to the next paint
 *      after its handlers, as INP measures it), with a requestAnimationFrame-then-timeout estimate for the
 *      clicks too quick for an entry (under 16 ms); and, from a CDP trace, the main thread's CPU time per
 *      answer (thread time of every task from the first answer to the last one's saving, the choosing
 *      and the deferred saving included; the throttle's slowdown counts, the machine's other work does
 *      not): a figure a busy machine inflates far less than wall time;
 *   3. on to the second section, and the page is reloaded, which resumes the attempt there (no start
 *      screen): launch → first check usable.
 *
 * "Usable": the heading laid out and the button enabled. "Launch": the lesson document's navigation start.
 *
 * A sample is either timed or traced, never both. Recording a trace costs the throttled main thread
 * time of its own: the same build's answers went from a median of 80 to 104 ms with the trace recording
 * (clicks on section 1's choice checks, no LMS, 3 launches each way, alternated). So the times a learner
 * waits (steps 1 to 3) come from untraced samples, and the CPU figures from traced ones.
 *
 * Nothing of the bench's own runs in the page between an answer's click and its frame. "Check answer" is
 * pressed as a mouse does (answerByPointer's `plainPress`): Playwright's own click puts a listener in the
 * page that hit-tests every pointer event of the click being timed. And the bench waits for the probe to
 * tell it the answer's frame was drawn before it asks the page for the feedback (waitForTries' first
 * evaluate ran between the click and that frame). No LMS, 10 launches each way taken in turn in one run
 * (40 answers each): median 88 ms with Playwright's click and an immediate wait, 80 ms now.
 */
import type { Browser, CDPSession, ConsoleMessage, Frame, Page } from 'playwright-core';
import type { Lesson } from '../../src/content/model.ts';
import { answerByPointer, nextByPointer, responseFor, waitForTries } from '../lib/browser-learner.ts';
import type { Served } from '../lib/browser-harness.ts';
import { slug, type Standard } from '../lib/standard.ts';

export const CPU_SLOWDOWN = 4;
/** How the probe's console messages begin. */
const TOLD = 'lesson-bench: ';
/** The words on the start screen's button (another part of the lesson; absent in older builds). */
const START_BUTTON = /^Start the lesson/;

/**
 * Runs in every lesson document: when the start screen and the first check became usable, when the
 * learner pressed start, and each "Check answer" click with its time to the next paint.
 */
const PROBE = `
if (location.pathname.startsWith('/sco/')) {
  const w = window;
  w.__answers = [];
  const enabled = (test) => [...document.querySelectorAll('button')].find((b) => test(b.textContent || '') && !b.disabled);
  const laidOut = () => { const h1 = document.querySelector('h1'); return !!h1 && h1.getBoundingClientRect().height > 0; };
  // The first screen usable, as a mark in the trace (the launch's CPU time is counted up to it).
  const firstScreen = () => { if (w.__startAt === undefined && w.__interactiveAt === undefined) performance.mark('lesson-first-screen'); };
  // Each moment is also told to the bench (a console message), which waits for it instead of polling
  // the throttled page while it launches.
  const tell = (what) => console.debug('${TOLD}' + what);
  const observer = new MutationObserver(() => {
    if (w.__startAt === undefined && laidOut() && enabled((t) => ${START_BUTTON}.test(t))) { firstScreen(); w.__startAt = performance.now(); tell('start screen'); }
    if (w.__interactiveAt === undefined && laidOut() && enabled((t) => t === 'Check answer')) {
      firstScreen();
      w.__interactiveAt = performance.now();
      tell('check');
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    const text = button ? button.textContent || '' : '';
    if (${START_BUTTON}.test(text)) w.__startClickAt = event.timeStamp;
    if (text !== 'Check answer') return;
    performance.mark('lesson-answer');
    const answer = { at: event.timeStamp, paint: null, frame: null };
    w.__answers.push(answer);
    // After the next frame has been painted: an estimate for when Event Timing has no entry.
    requestAnimationFrame(() => setTimeout(() => { answer.frame = performance.now() - answer.at; tell('answer drawn'); }, 0));
  }, true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== 'click') continue;
      const answer = w.__answers.find((a) => Math.abs(a.at - entry.startTime) < 1);
      if (answer) answer.paint = entry.duration;
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}`;

interface ProbeAnswer {
  readonly at: number;
  /** Event Timing: the click to the next paint (rounded by the browser to 8 ms); null under 16 ms. */
  readonly paint: number | null;
  readonly frame: number | null;
}

interface ProbeWindow {
  __startAt?: number;
  __startClickAt?: number;
  __interactiveAt?: number;
  __answers: ProbeAnswer[];
}

export interface ThrottledSample {
  /**
   * Whether a CDP trace was recorded: the CPU figures come from these samples, the times from the others
   * (the recording slows the main thread it watches).
   */
  readonly traced: boolean;
  /** Launch → start screen usable; null when the lesson opened straight on its first section. */
  readonly startScreenMs: number | null;
  /** Start pressed → first check usable; null without a start screen. */
  readonly startToCheckMs: number | null;
  /** Launch → first check usable, a fresh attempt without a start screen; null when there was one. */
  readonly firstCheckMs: number | null;
  /** Launch → first check usable, the attempt resumed by a reload. */
  readonly resumedMs: number;
  /** Answer → feedback painted, one per answer. */
  readonly answerMs: number[];
  /** Main-thread CPU time per answer (every task from the first answer to the last one's saving), ms. */
  readonly cpuPerAnswerMs: number | null;
  /** Main-thread CPU time from each answer's click to the paint of its feedback (trace thread time), ms. */
  readonly answerCpuMs: number[];
  /** Main-thread CPU time from launch to the first screen usable (trace thread time; the LMS page's share included), ms. */
  readonly launchCpuMs: number | null;
}

function lessonFrame(page: Page, standard: Standard, lms: boolean): Frame | undefined {
  return lms ? page.frames().find((f) => f.url().includes(`/sco/${slug(standard)}/`)) : page.mainFrame();
}

/** What the probe tells: a start screen ready, a check ready, and the frame after an answer drawn. */
type Told = 'start screen' | 'check' | 'answer drawn';

/**
 * Resolves once the lesson's document tells one of `moments` (a console message from the probe). Made
 * before the action that leads to it. Polling the page instead (an evaluate every 25 ms, and Playwright's
 * script compiled into the new document for the first) took the throttled main thread's time during the
 * very launch being timed: no LMS, 6 samples each, alternated, launch → start screen 996 and 854 ms
 * polled, 849 and 812 ms told; resumed 674 and 693 ms polled, 637 and 642 ms told.
 */
function told(page: Page, moments: readonly Told[], what: string): Promise<void> {
  const heardOrNot = new Promise<void>((resolve, reject) => {
    const heard = (message: ConsoleMessage) => {
      if (!moments.some((moment) => message.text() === `${TOLD}${moment}`)) return;
      clearTimeout(timer);
      page.off('console', heard);
      resolve();
    };
    const timer = setTimeout(() => {
      page.off('console', heard);
      reject(new Error(`Throttled: ${what} never happened.`));
    }, 90_000);
    // A sample that fails before it waits (its page gone) neither keeps the bench alive nor crashes it later.
    timer.unref();
    page.on('console', heard);
  });
  heardOrNot.catch(() => undefined);
  return heardOrNot;
}

/** Reads `read` in the lesson's frame, retrying until it answers (once `told`, the first try does). */
async function probe<T>(page: Page, standard: Standard, lms: boolean, read: () => T | undefined, what: string): Promise<T> {
  const started = Date.now();
  for (;;) {
    const frame = lessonFrame(page, standard, lms);
    const value = frame ? await frame.evaluate(read).catch(() => undefined) : undefined;
    if (value !== undefined && value !== null) return value as T;
    if (Date.now() - started > 90_000) throw new Error(`Throttled (${standard}, ${lms ? 'LMS' : 'no LMS'}): ${what} never happened.`);
    await page.waitForTimeout(25);
  }
}

const startClickAt = () => (window as unknown as ProbeWindow).__startClickAt;
const interactiveAt = () => (window as unknown as ProbeWindow).__interactiveAt;
const firstScreen = () => {
  const w = window as unknown as ProbeWindow;
  return w.__interactiveAt !== undefined || w.__startAt !== undefined ? { start: w.__startAt ?? null, check: w.__interactiveAt ?? null } : undefined;
};

/** Sum of the renderer main thread's task CPU time (trace `tdur`) in a trace's events, in ms. */
function mainThreadCpuMs(events: readonly TraceEvent[]): number {
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  let micros = 0;
  for (const e of events) {
    if (e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`)) micros += e.tdur ?? 0;
  }
  return micros / 1000;
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

/**
 * The main thread's CPU time (trace `tdur`) in the tasks up to the `lesson-first-screen` mark, from a
 * trace started before the navigation; null without the mark.
 */
function cpuToFirstScreenMs(events: readonly TraceEvent[]): number | null {
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const mark = events.find((e) => e.name === 'lesson-first-screen');
  if (!mark) return null;
  let micros = 0;
  for (const e of events) {
    if (e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`) && e.ts <= mark.ts) micros += e.tdur ?? 0;
  }
  return micros / 1000;
}

/** Frame work that puts pixels on screen: the first task holding one after a click has painted it. */
const PAINTING = new Set(['Paint', 'Commit', 'PrePaint']);

/**
 * For each answer (a `lesson-answer` mark, made in the click's handler): the main thread's CPU time from
 * the task that handled the click to the end of the first task after it that painted, in ms.
 */
function clickToPaintCpuMs(events: readonly TraceEvent[]): number[] {
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = (e: TraceEvent) => main.has(`${e.pid}:${e.tid}`);
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && onMain(e)).sort((a, b) => a.ts - b.ts);
  const paints = events.filter((e) => PAINTING.has(e.name) && onMain(e)).map((e) => e.ts);
  const within = (task: TraceEvent, ts: number) => task.ts <= ts && ts <= task.ts + (task.dur ?? 0);
  const out: number[] = [];
  const counted = new Set<number>();
  for (const mark of events.filter((e) => e.name === 'lesson-answer')) {
    const first = tasks.findIndex((t) => within(t, mark.ts));
    // A mark may be traced twice (as a mark and as an instant): one answer, one task.
    if (first < 0 || counted.has(first)) continue;
    counted.add(first);
    let micros = 0;
    for (let i = first; i < tasks.length; i++) {
      const task = tasks[i] as TraceEvent;
      micros += task.tdur ?? 0;
      if (i > first && paints.some((ts) => within(task, ts))) {
        out.push(micros / 1000);
        break;
      }
    }
  }
  return out;
}

/** Runs `run` with a trace recorded when `on`; without, just runs it (no events). */
async function traced<T>(cdp: CDPSession, on: boolean, run: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  if (!on) return { result: await run(), events: [] };
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => void events.push(...(data.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'disabled-by-default-devtools.timeline,devtools.timeline,blink.user_timing,__metadata', transferMode: 'ReportEvents' });
  const result = await run();
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await complete;
  return { result, events };
}

/**
 * One throttled sample: a fresh launch, the first section's checks answered, then a resume. `trace`:
 * record a CDP trace of the launch and the answers, for their main-thread CPU time (its times are then
 * not a learner's: see above).
 */
export async function throttledSample(browser: Browser, served: Served, lesson: Lesson, standard: Standard, lms: boolean, trace: boolean): Promise<ThrottledSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript('globalThis.__name ??= (f) => f;');
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    // Same-origin frames share the page's renderer: this slows the LMS page and the lesson in it alike.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const url = lms ? `${served.origin}/?standard=${standard}` : `${served.origin}/sco/${slug(standard)}/index.html`;
    // Fresh attempt: a start screen, or straight into the first section; traced for its CPU time in a traced sample.
    const { result: first, events: launchEvents } = await traced(cdp, trace, async () => {
      const shown = told(page, ['start screen', 'check'], 'the first screen');
      await page.goto(url);
      await shown;
      return probe(page, standard, lms, firstScreen, 'the first screen');
    });
    const launchCpuMs = trace ? cpuToFirstScreenMs(launchEvents) : null;
    let startScreenMs: number | null = null;
    let startToCheckMs: number | null = null;
    let firstCheckMs: number | null = null;
    if (first.check !== null) {
      firstCheckMs = first.check;
    } else {
      startScreenMs = first.start;
      const frame = lessonFrame(page, standard, lms);
      const checkShown = told(page, ['check'], 'the first check after start');
      await frame?.getByRole('button', { name: START_BUTTON }).click();
      await checkShown;
      const clickAt = await probe(page, standard, lms, startClickAt, 'the start click');
      startToCheckMs = (await probe(page, standard, lms, interactiveAt, 'the first check after start')) - clickAt;
    }

    // Answer the first section's checks, each right at the first try.
    const frame = lessonFrame(page, standard, lms);
    if (!frame) throw new Error('The lesson frame went away.');
    const checks = lesson.sections[0]?.checks ?? [];
    const { events } = await traced(cdp, trace, async () => {
      for (const check of checks) {
        // Nothing asks the page anything until the answer's frame is drawn (waitForTries would: its
        // first evaluate ran between the click and that frame).
        const drawn = told(page, ['answer drawn'], 'an answer drawn');
        await answerByPointer(frame, check, responseFor(check, true), { plainPress: true });
        await drawn;
        await waitForTries(frame, check, 1);
      }
      // The deferred saving of the last answer belongs to it.
      await page.waitForTimeout(600);
    });
    const answers = await frame.evaluate(() => (window as unknown as ProbeWindow).__answers);
    const answerMs = answers.map((a) => a.paint ?? a.frame ?? Number.NaN).filter((ms) => Number.isFinite(ms));
    const cpu = mainThreadCpuMs(events);
    const answerCpuMs = clickToPaintCpuMs(events);

    // On to the second section (the first has no check left to answer), then the attempt resumes
    // there on a reload (the page-hide saves it first).
    await nextByPointer(frame, lesson.sections[1]?.title ?? 'Your results');
    const resumed = told(page, ['check'], 'the resumed first check');
    await page.reload();
    await resumed;
    const resumedMs = await probe(page, standard, lms, interactiveAt, 'the resumed first check');
    return { traced: trace, startScreenMs, startToCheckMs, firstCheckMs, resumedMs, answerMs, answerCpuMs, launchCpuMs, cpuPerAnswerMs: checks.length > 0 && cpu > 0 ? cpu / checks.length : null };
  } finally {
    await context.close();
  }
}
