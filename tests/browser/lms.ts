/**
 * What the preview LMS holds, read from its page through its read-only probe (window.__preview, see
 * scorm/preview/src/main.ts): the live data model, what it has saved, and every API call it answered.
 */
import type { Page } from 'playwright-core';
import { list, read, type CmiJson } from '../../scorm/preview/src/cmi.ts';
import type { PreviewProbe } from '../../scorm/preview/src/main.ts';
import type { StoredRecord } from '../../scorm/preview/src/record.ts';
import type { LogEntry } from '../../scorm/preview/src/preview-lms.ts';
import type { Standard } from '../../scorm/lib/standard.ts';

export { list, read };
export type { CmiJson, LogEntry, StoredRecord };

type WithProbe = Window & { __preview: PreviewProbe };

export function liveCmi(page: Page): Promise<CmiJson | null> {
  return page.evaluate(() => (window as unknown as WithProbe).__preview.cmi());
}

export function saved(page: Page): Promise<StoredRecord | null> {
  return page.evaluate(() => (window as unknown as WithProbe).__preview.saved());
}

/** Every API call since the preview page was opened (LMS notes left out). */
export async function calls(page: Page): Promise<LogEntry[]> {
  const all = await page.evaluate(() => (window as unknown as WithProbe).__preview.calls());
  return all.filter((c) => c.call !== 'LMS');
}

/** Calls answered with an error (error code other than 0). */
export function failedCalls(log: readonly LogEntry[]): string[] {
  return log.filter((c) => c.error !== '0').map((c) => `${c.call}(${c.args.join(', ')}) → ${c.result}, error ${c.error} ${c.errorText}`);
}

export const NAMES = {
  '1.2': { init: 'LMSInitialize', finish: 'LMSFinish', set: 'LMSSetValue', commit: 'LMSCommit', get: 'LMSGetValue' },
  '2004': { init: 'Initialize', finish: 'Terminate', set: 'SetValue', commit: 'Commit', get: 'GetValue' },
} as const satisfies Record<Standard, Record<string, string>>;

/** Resolves once the LMS has answered `count` calls named `call` with "true". */
export async function waitForCall(page: Page, call: string, count = 1, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    ([name, n]) =>
      (window as unknown as WithProbe).__preview.calls().filter((c) => c.call === name && c.result === 'true').length >= n,
    [call, count] as const,
    { timeout },
  );
}

/** Resolves once the LMS has saved a data model in which `check` holds (polls the saved record). */
export async function waitForSaved(page: Page, check: (cmi: CmiJson) => boolean, timeout = 20_000): Promise<CmiJson> {
  const started = Date.now();
  for (;;) {
    const record = await saved(page);
    if (record?.cmi && check(record.cmi)) return record.cmi;
    if (Date.now() - started > timeout) throw new Error(`The LMS did not save the expected data within ${timeout} ms: ${JSON.stringify(record?.cmi)}`);
    await page.waitForTimeout(100);
  }
}

export function suspendData(standard: Standard, cmi: CmiJson | null | undefined): string {
  return read(cmi, 'cmi.suspend_data');
}

export function interactions(cmi: CmiJson | null | undefined): CmiJson[] {
  return list(cmi, 'cmi.interactions');
}

export function objectives(cmi: CmiJson | null | undefined): CmiJson[] {
  return list(cmi, 'cmi.objectives');
}
