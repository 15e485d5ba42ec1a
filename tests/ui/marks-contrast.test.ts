// @vitest-environment node
/**
 * The marks on a finished check are read in full text colour, not the disabled grey: at least 4.5:1
 * on the check's background in light and dark (WCAG 1.4.3), and the tick and cross at least 3:1
 * (1.4.11). Computed from the lesson's own theme, so a palette change that breaks it fails here.
 */
import { describe, expect, it } from 'vitest';
import { lessonTheme } from '../../src/ui/theme';

/** sRGB "#rgb", "#rrggbb" or "rgb(a)(…)" as [r, g, b, a] (0–255, alpha 0–1). */
function parse(colour: string): [number, number, number, number] {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour);
  const hex = short ? [colour, short.slice(1).map((c) => c + c).join('')] : /^#([0-9a-f]{6})$/i.exec(colour);
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
  }
  const fn = /^rgba?\(([^)]+)\)$/.exec(colour);
  if (!fn) throw new Error(`cannot read colour ${colour}`);
  const [r, g, b, a = '1'] = fn[1]!.split(',').map((p) => p.trim());
  return [Number(r), Number(g), Number(b), Number(a)];
}

function over(fg: string, bg: string): [number, number, number] {
  const [r, g, b, a] = parse(fg);
  const [R, G, B] = parse(bg);
  return [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(fg: string, bg: string): number {
  const a = luminance(over(fg, bg));
  const b = luminance(over(bg, bg));
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

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
