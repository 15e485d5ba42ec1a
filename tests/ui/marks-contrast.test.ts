// @vitest-environment node
/**
 * The marks on a finished check are read in full text colour, not the disabled grey: at least 4.5:1
 * on the check's background in light and dark (WCAG 1.4.3), and the tick and cross at least 3:1
 * (1.4.11). Computed from the lesson's own theme, so a palette change that breaks it fails here.
 */
import { describe, expect, it } from 'vitest';
import { lessonTheme } from '../../src/ui/theme';
import { contrast } from './contrast';

describe('marks on a finished check', () => {
  for (const mode of ['light', 'dark'] as const) {
    const { palette } = lessonTheme(mode, false);
    for (const [where, bg] of [['paper', palette.background.paper], ['page', palette.background.default]] as const) {
      it(`${mode}, on the ${where}: words at 4.5:1 or more, icons at 3:1 or more, full text colour`, () => {
        const words = contrast(palette.text.primary, bg);
        const tick = contrast(palette.success.main, bg);
        const cross = contrast(palette.error.main, bg);
        const oldGrey = contrast(palette.text.disabled, bg);
        console.info(`[contrast] ${mode}/${where}: words ${words.toFixed(2)}, tick ${tick.toFixed(2)}, cross ${cross.toFixed(2)} (disabled grey was ${oldGrey.toFixed(2)})`);
        expect(words).toBeGreaterThanOrEqual(4.5);
        expect(tick).toBeGreaterThanOrEqual(3);
        expect(cross).toBeGreaterThanOrEqual(3);
      });
    }
  }
});
