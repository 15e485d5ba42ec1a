// @vitest-environment node
/**
 * The page, the shell, the checks and the way on are drawn by static stylesheets (base.css,
 * check-card.css, notice.css), not by MUI's runtime styles: their colours must still be the theme's, in
 * light and dark, so what the learner sees on a check matches the rest of the lesson and keeps the
 * contrast the theme is checked for (marks-contrast.test.ts). The stylesheets read the theme's colours
 * from the CSS variables the build writes from theme.ts (src/ui/palette): read here as the build serves
 * them, each one held to the theme value it stands for; notice.css takes each severity's colours from them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonThemeVariables } from '../../src/ui/palette/vite-plugin';
import { lessonTheme } from '../../src/ui/theme';

const css = (path: string) => readFileSync(new URL(`../../src/ui/${path}`, import.meta.url), 'utf8');

/** The custom properties set in `selector`'s first block after `from` in `sheet`. */
function properties(sheet: string, selector: string, from = 0): Record<string, string> {
  const start = sheet.indexOf(`${selector} {`, from);
  if (start < 0) throw new Error(`no ${selector} block`);
  const body = sheet.slice(start, sheet.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
}

/** "#rgb", "#rrggbb", "rgb(…)" or "rgba(…)" as [r, g, b, alpha]. */
function rgba(colour: string): number[] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour);
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)).concat(1);
  }
  const fn = /^rgba?\(([^)]+)\)$/.exec(colour);
  if (!fn) throw new Error(`cannot read colour ${colour}`);
  const parts = fn[1]!.split(',').map((p) => Number(p.trim()));
  return parts.length === 3 ? [...parts, 1] : parts;
}

const same = (actual: string | undefined, expected: string) => expect(rgba(actual ?? 'missing'), `${actual} for ${expected}`).toEqual(rgba(expected));

/** virtual:theme-variables.css as the Vite plugin gives it to the build. */
function themeVariablesAsBuilt(): string {
  const plugin = lessonThemeVariables();
  const call = <T>(hook: unknown, ...args: unknown[]): T => (hook as (...a: unknown[]) => T)(...args);
  const id = call<string>(plugin.resolveId, 'virtual:theme-variables.css');
  const sheet = call<string | undefined>(plugin.load, id);
  if (typeof sheet !== 'string') throw new Error(`the plugin did not load ${id}`);
  return sheet;
}

describe("the static stylesheets' colours are the theme's", () => {
  const palette = themeVariablesAsBuilt();
  const notices = css('notice.css');
  const darkFrom = (sheet: string) => sheet.indexOf('prefers-color-scheme: dark');

  for (const mode of ['light', 'dark'] as const) {
    it(`${mode}: page, header, text, paper, divider, primary, right and wrong, and each notice's colours`, () => {
      const theme = lessonTheme(mode, false);
      const p = theme.palette;
      // Dark: the light values, overridden by the dark block's (which holds only what differs).
      const vars = { ...properties(palette, ':root'), ...(mode === 'dark' ? properties(palette, ':root', darkFrom(palette)) : {}) };
      same(vars['--lesson-text'], p.text.primary);
      same(vars['--lesson-text-secondary'], p.text.secondary);
      same(vars['--lesson-divider'], p.divider);
      same(vars['--lesson-selected'], p.action.selected);
      same(vars['--lesson-paper'], p.background.paper);
      same(vars['--lesson-primary'], p.primary.main);
      same(vars['--lesson-primary-dark'], p.primary.dark);
      same(vars['--lesson-on-primary'], p.primary.contrastText);
      same(vars['--lesson-right'], p.success.main);
      same(vars['--lesson-wrong'], p.error.main);
      same(vars['--lesson-icon-disabled'], p.action.disabled);
      same(vars['--lesson-disabled-background'], p.action.disabledBackground);
      same(vars['--lesson-hover'], p.action.hover);
      same(vars['--lesson-background'], p.background.default);
      same(vars['--lesson-header-background'], p.header.background);
      same(vars['--lesson-header-text'], p.header.text);

      // MUI's standard Alert: text darkened (light) or lightened (dark) from the severity's light colour.
      const text = mode === 'light' ? theme.darken : theme.lighten;
      const background = mode === 'light' ? theme.lighten : theme.darken;
      for (const severity of ['info', 'success', 'warning', 'error'] as const) {
        // notice.css gives each severity's class the theme's variables for it…
        const selector = `.notice${severity === 'info' ? '' : `-${severity}`}`;
        const alert = properties(notices, selector);
        for (const part of ['text', 'bg', 'icon']) expect(alert[`--alert-${part}`], `${selector} ${part}`).toBe(`var(--lesson-notice-${severity}-${part})`);
        // …and those hold the colours MUI's Alert draws in this scheme.
        same(vars[`--lesson-notice-${severity}-text`], text(p[severity].light, 0.6));
        same(vars[`--lesson-notice-${severity}-bg`], background(p[severity].light, 0.9));
        same(vars[`--lesson-notice-${severity}-icon`], p[severity].main);
      }
    });
  }
});
