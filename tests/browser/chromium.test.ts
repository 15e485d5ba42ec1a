// @vitest-environment node
/** Whether the real-browser tests can run here: skipped (not passed) without Chromium, a failure in CI. */
import { describe, it } from 'vitest';
import { CHROMIUM, hasChromium, inCI, MISSING_CHROMIUM } from '../../scorm/lib/browser-harness.ts';

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

