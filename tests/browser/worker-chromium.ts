/**
 * One Chromium per Vitest worker, shared by the browser files that worker runs (the browser project shares
 * its workers' modules: vite.config.ts). A launch costs about 2 core-seconds on the 2-core machine, and the
 * 12 files each launched their own. Each file still opens browser contexts of its own (fresh storage and
 * cache), and closes every context it left open when it ends (`closeContexts`), so the next file starts
 * from a browser with none. The browser ends with its worker: Playwright kills the browsers it launched when
 * the process exits (measured: none left a second or two after `vitest run` returns).
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scorm/lib/browser-harness.ts';

let launched: Promise<Browser> | undefined;

/** This worker's Chromium, launched on first use (and again if it ever went away). */
export function workerChromium(): Promise<Browser> {
  launched ??= launchChromium().then(
    (browser) => {
      browser.on('disconnected', () => (launched = undefined));
      return browser;
    },
    (error: unknown) => {
      // A launch that failed is tried again by the next file, which then reports its own error.
      launched = undefined;
      throw error;
    },
  );
  return launched;
}

/** At the end of a test file: close every context it left open in the worker's Chromium (which stays open). */
export async function closeContexts(browser: Browser | undefined): Promise<void> {
  for (const context of browser?.contexts() ?? []) await context.close().catch(() => undefined);
}
