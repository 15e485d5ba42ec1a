// @vitest-environment node
/**
 * The preview LMS page itself in Chromium, as a teacher uses it: it opens on SCORM 1.2, the lesson's frame
 * is as tall as the window, the width switch (by pointer and by keyboard, kept in the address), the
 * summary in words after a couple of answers, the whole-lesson objective's real status in both versions,
 * and axe on the page in light and dark.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/content/model.ts';
import { answerWords } from '../../src/report/index.ts';
import { hasChromium, type Built, type Served } from '../../scorm/lib/browser-harness.ts';
import { answerByPointer, responseFor, waitForTries } from '../../scorm/lib/browser-learner.ts';
import { chromiumLessonForFile } from './journey.ts';
import { buildItemBank } from '../../scorm/teacher/build-item-bank.ts';
import { axeViolations } from './axe.ts';

describe.skipIf(!hasChromium)('the preview LMS page', () => {
  let built: Built, served: Served, browser: Browser;
  chromiumLessonForFile((opened) => ({ built, served, browser } = opened));

  /** The lesson's frame once it shows its first screen (past a start screen, where the lesson has one). */
  async function lessonFrame(page: Page, folder: 'scorm12' | 'scorm2004'): Promise<Frame> {
    await page.waitForFunction((f) => document.querySelector<HTMLIFrameElement>('#sco')?.contentWindow?.location.pathname.includes(f), `/sco/${folder}/`);
    const frame = page.frames().find((f) => f.url().includes(`/sco/${folder}/`));
    if (!frame) throw new Error(`No lesson frame at /sco/${folder}/`);
    await frame.getByRole('heading', { level: 1 }).first().waitFor();
    const start = frame.getByRole('button', { name: 'Start the lesson' });
    if ((await start.count()) > 0) await start.click();
    return frame;
  }

  const frameBox = (page: Page) =>
    page.evaluate(() => {
      const frame = document.querySelector<HTMLIFrameElement>('#sco')!;
      return { height: frame.getBoundingClientRect().height, windowHeight: innerHeight, innerWidth: frame.contentWindow!.innerWidth };
    });
  const fact = async (page: Page, term: RegExp): Promise<string> => {
    const terms = page.locator('.summary dt');
    for (let i = 0; i < (await terms.count()); i++) {
      if (term.test((await terms.nth(i).textContent()) ?? '')) return ((await page.locator('.summary dd').nth(i).textContent()) ?? '').trim();
    }
    throw new Error(`No summary line ${term}`);
  };

  it(
    'opens on SCORM 1.2 with a frame as tall as the window, switches width, and sums up the answers in words',
    async () => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, reducedMotion: 'reduce' });
      await context.addInitScript('globalThis.__name ??= (f) => f;');
      const page = await context.newPage();
      await page.goto(`${served.origin}/`);
      const frame = await lessonFrame(page, 'scorm12');
      expect(await page.getByRole('radio', { name: /SCORM 1\.2/ }).isChecked()).toBe(true);
      await expect.poll(() => page.locator('#announce').textContent()).toMatch(/^SCORM 1\.2: attempt 1/);

      // As tall as the window; the full column wide at first.
      const full = await frameBox(page);
      expect(full.height).toBe(full.windowHeight);
      expect(full.innerWidth).toBeGreaterThan(768);
      await page.getByRole('radio', { name: 'Phone (375 px)' }).check();
      await expect.poll(async () => (await frameBox(page)).innerWidth).toBe(375);
      // In an 800 px window the phone-wide lesson and the panel sit side by side (the panel not a screen below).
      await page.setViewportSize({ width: 800, height: 800 });
      const beside = () =>
        page.evaluate(() => {
          const panel = document.querySelector('#panel')!.getBoundingClientRect();
          const lesson = document.querySelector('#sco')!.getBoundingClientRect();
          return { panelOnScreen: panel.top < window.innerHeight, panelRightOfLesson: panel.left >= lesson.right };
        });
      await expect.poll(beside).toEqual({ panelOnScreen: true, panelRightOfLesson: true });
      await page.setViewportSize({ width: 1366, height: 800 });
      // By keyboard: the arrow key moves to the next width.
      await page.getByRole('radio', { name: 'Phone (375 px)' }).focus();
      await page.keyboard.press('ArrowDown');
      await expect.poll(async () => (await frameBox(page)).innerWidth).toBe(768);
      expect(new URL(page.url()).searchParams.get('width')).toBe('tablet');
      expect((await frameBox(page)).height).toBe(800);

      // Two checks answered, one right and one wrong: the summary says them in words.
      const lesson = built.lesson;
      const bank = buildItemBank(lesson);
      const [first, second] = lesson.sections[0]!.checks as [Check, Check];
      const answers = [responseFor(first, true), responseFor(second, false)];
      await answerByPointer(frame, first, answers[0]!);
      await waitForTries(frame, first, 1);
      await answerByPointer(frame, second, answers[1]!);
      await waitForTries(frame, second, 1);
      const items = answers.map((_, i) => bank.items.find((item) => item.id === [first, second][i]!.id)!);
      // The panel redraws when the page is idle (up to a second after the lesson's commit, itself
      // 0.3 s after the answer): on a busy machine that is longer than expect.poll's default second.
      await expect.poll(() => page.locator('.summary .answers > li').count(), { timeout: 10_000 }).toBe(2);
      const shown = await page.locator('.summary .answers > li').allTextContents();
      expect(shown[0]).toContain(first.prompt);
      expect(shown[0]).toContain(`Try 1: ${answerWords(items[0]!, answers[0]!)} ✓ right`);
      expect(shown[1]).toContain(second.prompt);
      expect(shown[1]).toContain(`Try 1: ${answerWords(items[1]!, answers[1]!)} ✗ wrong`);
      expect(await fact(page, /^Checks$/)).toBe(`2 of ${bank.items.length} answered, 1 right`);
      expect(await fact(page, /^Status$/)).toBe('incomplete (cmi.core.lesson_status)');
      expect(await fact(page, /^Whole-lesson objective/)).toBe('incomplete');
      expect(await page.locator('.summary .bars li').first().textContent()).toContain(`${lesson.sections[0]!.title}1 of ${lesson.sections[0]!.checks.length} right, 2 answered`);

      // axe on the preview page (the lesson's frame is checked on its own elsewhere), light then dark.
      expect(await axeViolations(page.mainFrame(), ['#sco'])).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(18, 20, 23)');
      expect(await axeViolations(page.mainFrame(), ['#sco'])).toEqual([]);

      // The width is remembered on reload.
      await page.reload();
      await lessonFrame(page, 'scorm12');
      await expect.poll(async () => (await frameBox(page)).innerWidth).toBe(768);

      // SCORM 2004: the whole-lesson objective is the manifest's primary objective, with the lesson's status.
      await page.getByRole('radio', { name: /SCORM 2004/ }).check();
      await lessonFrame(page, 'scorm2004');
      await expect.poll(() => page.locator('#announce').textContent()).toMatch(/^SCORM 2004: attempt 1/);
      await expect.poll(() => fact(page, /^Whole-lesson objective \(\w+\)$/), { timeout: 10_000 }).toBe('incomplete, unknown');
      expect(await page.locator('.summary .help').first().textContent()).toContain('primary objective');
      // Beside a tablet-wide lesson the panel is narrow: its section bars wrap, nothing runs past the window.
      await page.locator('.bars').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'sideways overflow (px)').toBe(0);
      const pastPanel = await page.evaluate(() => {
        const edge = document.querySelector('#panel')!.getBoundingClientRect().right;
        return [...document.querySelectorAll('.bars li > *')].map((e) => Math.ceil(e.getBoundingClientRect().right - edge)).filter((past) => past > 0);
      });
      expect(pastPanel, 'section bars cut off at the panel edge (px past it)').toEqual([]);
      await context.close();
    },
    240_000,
  );
});
