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
import { axeViolations, motionEnded } from './axe.ts';

const PAGE = 'tests/browser/maps-page/index.html';

/** What the page shows (maps-page/main.tsx): every map, lead and timeline; all but map-less timelines draw a map. */
const shown = loadLesson(ROOT)
  .sections.flatMap((s) => Object.values(s.visuals))
  .filter((v) => v.kind === 'map' || v.kind === 'lead' || v.kind === 'timeline');
const FIGURES = shown.length;
const DRAWN = shown.filter((v) => v.kind !== 'timeline' || v.map !== undefined).length;

/**
 * Two pages, one a scheme, each checked at two sizes: a page draws every map when it loads, so a size is
 * a resize of the page already drawn rather than a page of its own. 200% zoom of a 1366 px window is the
 * layout of a 683 px one drawn at twice the density: the dark page is drawn at that density throughout
 * (at 375 px, a phone's).
 */
const PAGES = [
  { mode: 'light', scale: 1, widths: [{ name: '1366 px', width: 1366 }, { name: '320 px', width: 320 }] },
  { mode: 'dark', scale: 2, widths: [{ name: '375 px', width: 375 }, { name: '200% zoom', width: 683 }] },
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

  for (const { mode, scale, widths } of PAGES) {
    // The labels are measured on the light page at 1366 px, rather than on a page of their own.
    const labels = mode === 'light';
    it(`has no axe violations (${widths.map((w) => `${mode}, ${w.name}`).join('; ')})${labels ? ', and draws labels that neither overlap nor leave the map, measured as rendered' : ''}`, async () => {
      const page = await open(mode, widths[0].width, scale);
      const next = page.getByRole('button', { name: 'Next event' }).first();
      const previous = page.getByRole('button', { name: 'Previous event' }).first();
      await next.evaluate((button) => button.closest('figure')?.setAttribute('data-first-timeline', ''));
      expect(await page.locator('figure[data-first-timeline]').count()).toBe(1);
      for (const [index, { name, width }] of widths.entries()) {
        if (index > 0) await page.setViewportSize({ width, height: 900 });
        // The whole page at this size: at the first, every timeline at its start; at the second, the
        // first timeline stepped (see below) and the rest at their start.
        expect(await axeViolations(page.mainFrame()), name).toEqual([]);
        if (labels && index === 0) expect(await labelProblems(page)).toEqual([]);
        // And the first timeline in its other state, with a place ringed after a step: that figure
        // alone (the rest of the page, checked above, has not changed).
        await (index === 0 ? next : previous).click();
        // The buttons' colour transition from or to disabled ends before axe judges contrast.
        await motionEnded([() => page.mainFrame()]);
        expect(await axeViolations(page.mainFrame(), [], 'figure[data-first-timeline]'), `${name}, ${index === 0 ? 'stepped' : 'stepped back'}`).toEqual([]);
      }
      await page.context().close();
    }, 120_000);
  }
});
}
