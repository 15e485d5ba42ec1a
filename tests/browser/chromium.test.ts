// @vitest-environment node
/** Whether the real-browser tests can run here: skipped (not passed) without Chromium, a failure in CI. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasChromium, inCI, MISSING_CHROMIUM, TEST_CHROMIUM } from '../../scorm/lib/browser-harness.ts';
import { closeContexts, workerChromium } from './worker-chromium.ts';

// Without Chromium the browser tests are reported as skipped, never as passed; in CI that is a failure.
if (!hasChromium && !inCI) {
  console.warn(
    `\n[tests/browser] SKIPPED: ${TEST_CHROMIUM} is not installed, so the real-browser tests did not run.\n` +
      "  Install Debian's Chromium to run them: apt-get install -y chromium-headless-shell chromium (never a downloaded browser).\n",
  );
}

describe('Chromium for the browser tests', () => {
  it.runIf(hasChromium || inCI)(`is installed at ${TEST_CHROMIUM} (required in CI)`, () => {
    if (!hasChromium) throw new Error(MISSING_CHROMIUM);
  });
});

/**
 * The command lines of the browser processes this process started (Playwright spawns Chromium as a
 * child): read from /proc, as neither the headless shell (no chrome://version) nor DevTools (only under
 * --enable-automation, which Playwright does not pass) gives them.
 */
function childChromiumCommandLines(): string[][] {
  const lines: string[][] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== process.pid) continue;
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      // Debian's /usr/bin entries are scripts that start the browser with the arguments they were given.
      if (args.includes('--remote-debugging-pipe')) lines.push(args);
    } catch {
      // The process ended while the list was read.
    }
  }
  return lines;
}

describe.skipIf(!hasChromium || process.platform !== 'linux')('the Chromium the tests launch', () => {
  it("keeps every feature Playwright switches off: the last --disable-features carries the earlier lists' names", async () => {
    // Chromium keeps only the last --disable-features; Playwright's own list comes first.
    const browser = await workerChromium();
    try {
      const found = childChromiumCommandLines();
      expect(found).toHaveLength(1);
      const commandLine = found[0]!;
      const lists = commandLine.filter((arg) => arg.startsWith('--disable-features=')).map((arg) => arg.slice('--disable-features='.length).split(','));
      expect(lists.length, commandLine.join(' ')).toBeGreaterThanOrEqual(2);
      const last = new Set(lists.at(-1));
      expect(lists.slice(0, -1).flat().filter((name) => !last.has(name))).toEqual([]);
      expect([...last]).toEqual(expect.arrayContaining(['PaintHolding', 'PreloadTopChromeWebUI', 'WebUIOmniboxPopup']));
    } finally {
      await closeContexts(browser);
    }
  });
});
