// @vitest-environment node
/**
 * The maps' colours are CSS variables (map-palette.css's --map-*), so light and dark repaint the SVG with no
 * re-render. Held here to what the learner must be able to read on a map, in both modes: each label's
 * words against the halo drawn around them and against the fills they sit on (4.5:1, WCAG 1.4.3), and the
 * marks a map is about (the ringed place, a front's arrow, a town) against the land (3:1, 1.4.11). Every
 * role a map can use has a colour, and map.css paints each with it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MapRole } from '../../src/content/maps/map-model';
import { roleFillClass } from '../../src/ui/visuals/map-colors';
import { contrast } from './contrast';

const read = (path: string) => readFileSync(new URL(`../../src/ui/${path}`, import.meta.url), 'utf8');
const palette = read('visuals/map-palette.css');
const mapCss = read('visuals/map.css');

/** The --map-* variables in effect in `mode`: every :root block in order, the dark ones only for dark. */
function mapVariables(mode: 'light' | 'dark'): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const block of palette.matchAll(/(@media[^{]*\{\s*)?:root\s*\{([^}]*)\}/g)) {
    const dark = Boolean(block[1]?.includes('prefers-color-scheme: dark'));
    if (dark && mode === 'light') continue;
    for (const [, name, value] of block[2]!.matchAll(/(--map-[\w-]+):\s*([^;]+);/g)) vars[name!] = value!.trim();
  }
  return vars;
}

const ROLES: readonly MapRole[] = ['soviet', 'soviet-ally', 'japan', 'puppet', 'taken', 'front', 'battle'];
/** The pale fills a label may sit on; 'taken' and 'front' are the strong colours, labelled beside them. */
const UNDER_LABELS = ['sea', 'land', 'soviet', 'soviet-ally', 'japan', 'puppet'];

describe("the maps' colours", () => {
  for (const mode of ['light', 'dark'] as const) {
    const v = mapVariables(mode);
    const colour = (name: string) => v[`--map-${name}`] ?? `missing --map-${name}`;

    it(`${mode}: labels read on their halo and on every pale fill (4.5:1)`, () => {
      expect(contrast(colour('text'), colour('halo'))).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colour('front'), colour('halo')), 'a front label').toBeGreaterThanOrEqual(4.5);
      for (const fill of UNDER_LABELS) expect(contrast(colour('text'), colour(fill)), `label on ${fill}`).toBeGreaterThanOrEqual(4.5);
    });

    it(`${mode}: the ringed place, a front's arrow and a town stand out from the land (3:1)`, () => {
      for (const mark of ['focus', 'front', 'marker']) expect(contrast(colour(mark), colour('land')), mark).toBeGreaterThanOrEqual(3);
    });
  }

  it('has a colour for every role, in light and dark, and map.css paints each role with its own', () => {
    for (const role of ROLES) {
      expect(mapVariables('light')[`--map-${role}`], role).toBeDefined();
      expect(mapVariables('dark')[`--map-${role}`], role).not.toBe(mapVariables('light')[`--map-${role}`]);
      expect(mapCss).toContain(`.${roleFillClass(role)} {\n  fill: var(--map-${role});`);
    }
  });
});
