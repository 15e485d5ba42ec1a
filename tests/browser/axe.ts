/**
 * axe-core in a real page, with the WCAG 2.1 A and AA rules. Under the strict CSP an injected inline
 * script is refused, so axe's source is evaluated through DevTools (frame.evaluate), which the page's
 * policy does not govern, the same way the tests read the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROOT } from '../../scorm/lib/browser-harness.ts';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
  passes: unknown[];
}

/**
 * The WCAG 2.1 A and AA rules whose verdict can change with the colour scheme alone. Switching light and
 * dark changes colours only, never the DOM or the layout (the lesson's colours are CSS variables under
 * the prefers-color-scheme query, src/ui/palette; MUI's two themes differ in palette only,
 * src/ui/theme.ts), so a page already checked with every rule in one scheme needs only these in the
 * other. Colour contrast is also axe's costliest rule, so this saves less than half of a second run
 * (the accessibility walk: 180 ms a run, against 320).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe in `frame` and returns its violations as readable lines ([] when there are none).
 * @param exclude CSS selectors to leave out (the preview page leaves out the lesson's frame, checked on its own)
 * @param include a CSS selector for the only part to check: what changed on a page already checked whole
 * @param only 'colour' for COLOUR_RULES alone: the page was checked whole in the other scheme
 */
export async function axeViolations(frame: Frame, exclude: readonly string[] = [], include = 'html', only: 'all' | 'colour' = 'all'): Promise<string[]> {
  const loaded = await frame.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await frame.evaluate(AXE_SOURCE);
  const runOnly = only === 'colour' ? { type: 'rule', values: COLOUR_RULES } : { type: 'tag', values: WCAG_TAGS };
  const result = await frame.evaluate(
    async ([which, leaveOut, part]) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
      const context = leaveOut.length > 0 || part !== 'html' ? { include: [[part]], exclude: leaveOut.map((s) => [s]) } : document;
      const run = await axe.run(context, { runOnly: which, iframes: false, resultTypes: ['violations'] });
      return { violations: run.violations, passes: [] };
    },
    [runOnly, [...exclude], include] as const,
  );
  return result.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`,
  );
}

/** The lesson's page colour in each scheme (src/ui/theme.ts): how a test knows the theme has followed. */
export const LESSON_BODY = { light: 'rgb(247, 247, 244)', dark: 'rgb(18, 20, 23)' } as const;

/**
 * Switches the page to a colour scheme and waits until the lesson in `frames` has followed it: its body
 * has the scheme's colour, the parts drawn with MUI have drawn again in the scheme's theme, and every CSS
 * transition has ended (axe judging contrast half-way through a colour change reports colours no learner
 * sees once it is done).
 */
export async function settleColorScheme(page: Page, colorScheme: 'light' | 'dark', lessonFrame: () => Frame, others: readonly (() => Frame)[] = []): Promise<void> {
  // Only when it changes: each emulateMedia restyles every frame in full, even to the scheme the page
  // already has (about 70 ms of Chromium's CPU on a section page, measured).
  const already = await lessonFrame().evaluate((scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches, colorScheme);
  if (!already) await page.emulateMedia({ colorScheme });
  const bodyColour = () => lessonFrame().evaluate(() => getComputedStyle(document.body).backgroundColor);
  await expect.poll(bodyColour, { timeout: 15_000 }).toBe(LESSON_BODY[colorScheme]);
  // The body's colour follows at once (a CSS variable under the media query), but the MUI parts follow
  // the theme React gives them (src/ui/MuiScope.tsx), when the page's next frame reports the media query's
  // change: before that frame's animation callbacks, and React draws again at once (useSyncExternalStore).
  // So one frame later, they have.
  await lessonFrame().evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  await motionEnded([lessonFrame, ...others]);
}

/**
 * Resolves once no CSS transition or animation is running in the frames: axe judging contrast half-way
 * through a colour change (a button leaving its disabled colour) reports colours no learner sees once it
 * is done. (`getAnimations` brings styles up to date first, so a transition about to start is counted.)
 */
export async function motionEnded(frames: readonly (() => Frame)[]): Promise<void> {
  const settled = (frame: Frame) => frame.evaluate(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await expect.poll(async () => (await Promise.all(frames.map((f) => settled(f())))).every(Boolean), { timeout: 15_000 }).toBe(true);
}

/** The widths (and the 200% zoom of a 1366×800 screen) every new screen is checked at. */
export const VIEW_SIZES = [
  { name: '320 px', width: 320, height: 700 },
  { name: '375 px', width: 375, height: 740 },
  { name: '1366 px', width: 1366, height: 800 },
  { name: '1366×800 at 200% zoom', width: 683, height: 400 },
] as const;

/**
 * axe at every size in light and dark (the page follows the learner's setting: every rule in light,
 * the colour rules in dark), plus no sideways scrolling, into `found` under "<what>, <scheme>, <size>"
 * (or "<scheme>, <size>"). Leaves the page light at 1280×900, as journeys open.
 */
export async function axeEverywhere(page: Page, frame: () => Frame, found: Record<string, string[]>, what?: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await settleColorScheme(page, colorScheme, frame);
    for (const size of VIEW_SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await settleColorScheme(page, colorScheme, frame);
      const name = `${what ? `${what}, ` : ''}${colorScheme}, ${size.name}`;
      // Every rule in light; in dark, at the same size, the colour rules (the rest cannot differ).
      found[name] = await axeViolations(frame(), [], 'html', colorScheme === 'light' ? 'all' : 'colour');
      const wider = await frame().evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (wider > 0) found[name].push(`scrolls sideways by ${wider} px`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
}
