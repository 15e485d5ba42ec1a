/**
 * The lesson's maps, leads and stepping timelines in a real browser: axe finds nothing in light and dark,
 * at 320, 375 and 1366 px and at 200% zoom, and the labels as Chromium really draws them (measured, not
 * estimated) neither overlap nor leave their map. The page (maps-page/) is built from the sources by
 * component-pages.test.ts, apart from the lesson's packages; without Chromium it is skipped, as the other browser tests are.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, ROOT } from '../../scorm/lib/browser-harness.ts';
import type { TestPages } from './journey.ts';
import { loadLesson } from '../../src/content/load.ts';
import { axeViolations } from './axe.ts';

const PAGE = 'tests/browser/maps-page/index.html';

/** What the page shows (maps-page/main.tsx): every map, lead and timeline; all but map-less timelines draw a map. */
const shown = loadLesson(ROOT)
  .sections.flatMap((s) => Object.values(s.visuals))
  .filter((v) => v.kind === 'map' || v.kind === 'lead' || v.kind === 'timeline');
const FIGURES = shown.length;
const DRAWN = shown.filter((v) => v.kind !== 'timeline' || v.map !== undefined).length;

const SCREENS = [
  { name: 'light, 1366 px', mode: 'light', width: 1366, scale: 1 },
  { name: 'dark, 375 px', mode: 'dark', width: 375, scale: 1 },
  { name: 'light, 320 px', mode: 'light', width: 320, scale: 1 },
  // 200% zoom of a 1366 px window: the layout of a 683 px one, drawn at twice the density.
  { name: 'dark, 200% zoom', mode: 'dark', width: 683, scale: 2 },
] as const;

export function describeMaps(pages: () => TestPages): void {
describe.skipIf(!hasChromium)('the maps in Chromium', () => {
  const browser = (): Browser => pages().browser;

  async function open(mode: string, width: number, scale: number): Promise<Page> {
    const context = await browser().newContext({ viewport: { width, height: 900 }, deviceScaleFactor: scale, colorScheme: mode === 'dark' ? 'dark' : 'light' });
    const page = await context.newPage();
    await page.goto(`${pages().base}${PAGE}?mode=${mode}`);
    // Maps load as they come near the screen: visit each figure, then every map has drawn its picture.
    await page.waitForFunction((n) => document.querySelectorAll('figure').length >= n, FIGURES);
    const figures = await page.locator('figure').all();
    for (const figure of figures) await figure.scrollIntoViewIfNeeded();
    await page.waitForFunction((n) => document.querySelectorAll('svg[role="img"]').length >= n, DRAWN, { timeout: 60_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    return page;
  }

  /** Labels as Chromium really draws them (measured, not estimated) that overlap or leave their map. */
  const labelProblems = (page: Page): Promise<string[]> =>
    page.evaluate(() => {
      const out: string[] = [];
      for (const svg of document.querySelectorAll<SVGSVGElement>('svg[role="img"]')) {
        const [, , w, h] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
        const boxes = [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', box: t.getBBox() }));
        boxes.forEach((a, i) => {
          const b0 = a.box;
          if (b0.x < 0 || b0.y < 0 || b0.x + b0.width > w! + 0.5 || b0.y + b0.height > h! + 0.5) out.push(`"${a.text}" leaves the map`);
          for (const b of boxes.slice(i + 1)) {
            const o = b.box;
            if (b0.x < o.x + o.width && o.x < b0.x + b0.width && b0.y < o.y + o.height && o.y < b0.y + b0.height) out.push(`"${a.text}" overlaps "${b.text}"`);
          }
        });
      }
      return out;
    });

  for (const screen of SCREENS) {
    // The labels are measured on the first screen's page, rather than on a page of their own: each
    // page loads and draws every map.
    const labels = screen === SCREENS[0];
    it(`has no axe violations (${screen.name})${labels ? ', and draws labels that neither overlap nor leave the map, measured as rendered' : ''}`, async () => {
      const page = await open(screen.mode, screen.width, screen.scale);
      expect(await axeViolations(page.mainFrame())).toEqual([]);
      if (labels) expect(await labelProblems(page)).toEqual([]);
      // And after stepping a timeline, with a place ringed: that figure again (the rest of the page, checked
      // above, has not changed).
      const next = page.getByRole('button', { name: 'Next event' }).first();
      await next.click();
      await next.evaluate((button) => button.closest('figure')?.setAttribute('data-stepped', ''));
      // Let the Previous button finish its colour transition from disabled before axe judges contrast.
      await page.waitForTimeout(600);
      expect(await page.locator('figure[data-stepped]').count()).toBe(1);
      expect(await axeViolations(page.mainFrame(), [], 'figure[data-stepped]')).toEqual([]);
      await page.context().close();
    }, 120_000);
  }
});
}
