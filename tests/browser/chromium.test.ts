// @vitest-environment node
/** Whether the real-browser tests can run here: skipped (not passed) without Chromium, a failure in CI. */
import { describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium, inCI, MISSING_CHROMIUM } from '../../scorm/lib/browser-harness.ts';
import { closeContexts, workerChromium } from './worker-chromium.ts';

// Without Chromium the browser tests are reported as skipped, never as passed; in CI that is a failure.
if (!hasChromium && !inCI) {
  console.warn(
    `\n[tests/browser] SKIPPED: ${CHROMIUM} is not installed, so the real-browser tests did not run.\n` +
      '  Install Debian\'s Chromium to run them: apt-get install -y chromium (never a downloaded browser).\n',
  );
}

describe('Chromium for the browser tests', () => {
  it.runIf(hasChromium || inCI)(`is installed at ${CHROMIUM} (required in CI)`, () => {
    if (!hasChromium) throw new Error(MISSING_CHROMIUM);
  });
});

describe.skipIf(!hasChromium)('the Chromium the tests launch', () => {
  it("keeps every feature Playwright switches off: the last --disable-features carries the earlier lists' names", async () => {
    // Chromium keeps only the last --disable-features; Playwright's own list comes first.
    const browser = await workerChromium();
    try {
      const page = await browser.newPage();
      await page.goto('chrome://version');
      const commandLine = (await page.locator('#command_line').textContent()) ?? '';
      const lists = [...commandLine.matchAll(/--disable-features=(\S+)/g)].map((m) => m[1]!.split(','));
      expect(lists.length, commandLine).toBeGreaterThanOrEqual(2);
      const last = new Set(lists.at(-1));
      expect(lists.slice(0, -1).flat().filter((name) => !last.has(name))).toEqual([]);
      expect([...last]).toEqual(expect.arrayContaining(['PaintHolding', 'PreloadTopChromeWebUI', 'WebUIOmniboxPopup']));
    } finally {
      await closeContexts(browser);
    }
  });
});
