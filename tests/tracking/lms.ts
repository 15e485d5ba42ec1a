/**
 * Real scorm-again APIs playing the LMS, on the parent of a same-origin iframe the lesson runs in,
 * as Moodle and the rest do. Every call the lesson makes is recorded with the error code the LMS
 * reported right after it.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { vi } from 'vitest';

export interface Call {
  readonly fn: string;
  readonly args: readonly unknown[];
  readonly result: unknown;
  readonly code: string;
}

const NO_LOG = 5;

const CALLS_2004 = ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit'] as const;
const CALLS_12 = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'] as const;

function record(api: object, names: readonly string[], lastError: () => string): Call[] {
  const calls: Call[] = [];
  const target = api as Record<string, (...args: unknown[]) => unknown>;
  for (const name of names) {
    const original = target[name]!.bind(api);
    vi.spyOn(target, name).mockImplementation((...args: unknown[]) => {
      const result = original(...args);
      calls.push({ fn: name, args, result, code: String(lastError()) });
      return result;
    });
  }
  return calls;
}

/** A window whose parent is the test page: where the lesson runs. Removed by `cleanupFrames`. */
export function lessonFrame(): Window {
  const frame = document.createElement('iframe');
  frame.dataset.lessonFrame = '';
  document.body.appendChild(frame);
  return frame.contentWindow!;
}

/**
 * The test page's window as the lesson's frame sees it. Under Vitest, the global `window` is not
 * the object jsdom hands a child frame as `parent`, so the LMS's API goes on that one.
 */
export function lmsWindow(): Record<string, unknown> {
  const probe = lessonFrame();
  const parent = probe.parent as unknown as Record<string, unknown>;
  return parent;
}

export function cleanupFrames(): void {
  const top = lmsWindow();
  delete top.API;
  delete top.API_1484_11;
  for (const frame of document.querySelectorAll('iframe[data-lesson-frame]')) frame.remove();
}

/** What a 2004 LMS provides for this lesson's package: the manifest's passing score and primary objective. */
export const LMS_2004_DEFAULTS = {
  learner_name: 'Ada Lovelace',
  scaled_passing_score: '0.8',
  objectives: { '0': { id: 'neutrality_pact_primary' } },
};

export function lms2004(data: Record<string, unknown> = LMS_2004_DEFAULTS) {
  const api = new Scorm2004API({ autocommit: false, logLevel: NO_LOG });
  api.loadFromJSON(data);
  lmsWindow().API_1484_11 = api;
  const calls = record(api, CALLS_2004, () => api.GetLastError());
  return { api, calls, win: lessonFrame() };
}

export const LMS_12_DEFAULTS = {
  core: { student_name: 'Lovelace, Ada' },
  student_data: { mastery_score: '80' },
};

export function lms12(data: Record<string, unknown> = LMS_12_DEFAULTS) {
  const api = new Scorm12API({ autocommit: false, logLevel: NO_LOG });
  api.loadFromJSON(data);
  lmsWindow().API = api;
  const calls = record(api, CALLS_12, () => api.LMSGetLastError());
  return { api, calls, win: lessonFrame() };
}

/** Calls that did not answer error 0. */
export function failures(calls: readonly Call[]): Call[] {
  return calls.filter((c) => c.code !== '0');
}

/** The SetValue calls, as element → last value. */
export function written(calls: readonly Call[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of calls) {
    if (c.fn === 'SetValue' || c.fn === 'LMSSetValue') map.set(String(c.args[0]), String(c.args[1]));
  }
  return map;
}

export function countOf(calls: readonly Call[], ...fns: string[]): number {
  return calls.filter((c) => fns.includes(c.fn)).length;
}

/** Lets the coalescing timer fire (tests run on fake timers). */
export async function settle(ms = 1000): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

/** Everything the LMS holds, as plain JSON (some elements are write-only through the API). */
export function held(api: { renderCMIToJSONString(): string }): any {
  return JSON.parse(api.renderCMIToJSONString()).cmi;
}
