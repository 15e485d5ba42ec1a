/**
 * Every document card of the lesson, drawn after its original, in a real browser: axe finds nothing
 * (every rule in light, the colour rules in dark) at 320, 375 and 1366 px and at 200% zoom; the drawing
 * has arrived and shows; the text keeps at least 4.5:1 on its paper (also where the paper is ruled,
 * which axe cannot judge); nothing is wider than the screen (reflow at 320 px); and printed, the paper
 * is white with black text. The page (documents-page/) is built from the sources by
 * component-pages.test.ts, apart from the lesson's packages; without Chromium it is skipped, as the
 * other browser tests are.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../scorm/lib/browser-harness.ts';
import type { TestPages } from './journey.ts';
import { axeViolations, VIEW_SIZES } from './axe.ts';

const PAGE = 'tests/browser/documents-page/index.html';
const CARDS = 13;

/** WCAG contrast of two computed "rgb(r, g, b)" colours. */
function contrast(a: string, b: string): number {
  const lum = (colour: string) => {
    const [r, g, bl] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

export function describeDocumentCards(pages: () => TestPages): void {
describe.skipIf(!hasChromium)('the document cards in Chromium', () => {
  const browser = (): Browser => pages().browser;

  async function open(mode: 'light' | 'dark', width: number, scale: number): Promise<Page> {
    const context = await browser().newContext({ viewport: { width, height: 900 }, deviceScaleFactor: scale, colorScheme: mode });
    const page = await context.newPage();
    await page.goto(`${pages().base}${PAGE}?mode=${mode}`);
    await page.waitForFunction((n) => document.querySelectorAll('.doc-paper').length === n, CARDS);
    // The drawing comes as the first card nears the screen, and then draws every card at once.
    await page.waitForFunction(() => {
      const drawn = document.querySelector('[data-decor]');
      return drawn !== null && getComputedStyle(drawn).display === 'flex';
    }, undefined, { timeout: 60_000 });
    return page;
  }

  /** Problems a learner would see at this size: hidden drawings, text too faint on its paper, sideways scrolling. */
  async function problems(page: Page): Promise<string[]> {
    const seen = await page.evaluate(() => ({
      papers: [...document.querySelectorAll<HTMLElement>('.doc-paper')].map((p) => {
        const style = getComputedStyle(p);
        // The paper colour as the browser resolves it, read off a probe painted with it.
        const probe = document.createElement('span');
        probe.style.color = style.getPropertyValue('--paper');
        p.append(probe);
        const paper = getComputedStyle(probe).color;
        probe.remove();
        return { id: p.closest('[data-document]')!.getAttribute('data-document'), ink: style.color, paper, hidden: [...p.querySelectorAll('[data-decor]')].filter((d) => getComputedStyle(d).display === 'none').length };
      }),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    const out: string[] = [];
    for (const p of seen.papers) {
      if (p.hidden > 0) out.push(`${p.id}: drawing not shown`);
      if (contrast(p.ink, p.paper) < 4.5) out.push(`${p.id}: text ${p.ink} on paper ${p.paper} is below 4.5:1`);
    }
    if (seen.overflow > 0) out.push(`the page scrolls sideways by ${seen.overflow} px`);
    return out;
  }

  // One page a scheme, resized through the widths every screen is checked at (axe.ts, VIEW_SIZES), each
  // page loading the cards and their drawing once. 200% zoom of a 1366 px window is the layout of a 683 px
  // one drawn at twice the density: the page is drawn at that density throughout (at 320 and 375 px, a
  // phone's; at 1366 px, a high-density screen's).
  for (const mode of ['light', 'dark'] as const) {
    // Every rule in light; in dark, at the same sizes, the colour rules (the DOM and layout are the same: axe.ts).
    const rules = mode === 'light' ? 'all' : 'colour';
    it(`has no axe violations and reflows, ${mode}, at 320, 375 and 1366 px and at 200% zoom; printed, black on white`, async () => {
      const page = await open(mode, VIEW_SIZES[0].width, 2);
      for (const [index, { name, width }] of VIEW_SIZES.entries()) {
        if (index > 0) await page.setViewportSize({ width, height: 900 });
        expect(await problems(page), name).toEqual([]);
        expect(await axeViolations(page.mainFrame(), [], 'html', rules), name).toEqual([]);
      }
      // Printed, from either mode: black text on white paper.
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.doc-paper')].map((p) => `${getComputedStyle(p).color} on ${getComputedStyle(p).getPropertyValue('--paper').trim()}`),
      );
      expect(new Set(printed)).toEqual(new Set(['rgb(0, 0, 0) on #fff']));
      await page.context().close();
    }, 120_000);
  }
});
}
