// @vitest-environment node
/**
 * The results page and the practice round in Chromium, with no LMS (scorm-again in the page keeps the
 * record in localStorage). A failed attempt is seeded into storage instead of clicked through: the
 * summary prints on at most two A4 pages (Chromium's own PDF), the full review prints unfolded on
 * demand, the practice round asks the missed checks again and the recorded score does not move; axe
 * finds nothing on the summary, the unfolded review or the practice round, light and dark, at 320,
 * 375 and 1366 px and at 1366×800 zoomed to 200%.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Check, Lesson } from '../../src/content/model.ts';
import { encodeState } from '../../src/lesson/saved-state.ts';
import { initialState, reduce } from '../../src/lesson/state.ts';
import { nearMiss, rightAnswer } from '../../src/testing/answers.ts';
import { storageKey } from '../../src/tracking/standalone.ts';
import { hasChromium, type Served } from '../../scorm/lib/browser-harness.ts';
import { answerByPointer, responseFor, waitForTries } from '../../scorm/lib/browser-learner.ts';
import { axeEverywhere } from './axe.ts';
import { chromiumLessonForFile, Journey } from './journey.ts';


/** Pages in a PDF Chromium printed: its page objects. */
async function printedPages(page: Page): Promise<number> {
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  return (pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe.skipIf(!hasChromium)('results and the practice round in Chromium (no LMS)', () => {
  let served: Served, browser: Browser, lesson: Lesson;
  const journeys = chromiumLessonForFile((opened) => ({ served, browser, lesson } = opened));


  it('a failed attempt: summary on at most 2 A4 pages, review on demand, an unscored practice round, axe clean', async () => {
    // The first check of each section right, every other one wrong on every try: 5 of 25 = 20%, 20 missed.
    const right = (check: Check) => lesson.sections.some((s) => s.checks[0]?.id === check.id);
    let state = initialState(lesson, 4242);
    for (const check of lesson.sections.flatMap((s) => s.checks)) {
      const tries = right(check) ? [rightAnswer(check)] : Array.from({ length: check.maxTries }, () => nearMiss(check));
      for (const response of tries) state = reduce(lesson, state, { type: 'answer', checkId: check.id, response });
    }
    for (let step = 1; step <= lesson.sections.length; step++) state = reduce(lesson, state, { type: 'go', step });
    const key = storageKey(lesson.id);
    const saved = JSON.stringify({ cmi: { suspend_data: encodeState(lesson, state), location: 'results' } });
    const j = await Journey.start(browser, served, { standard: '2004', lms: false, storage: { [key]: saved } });
    journeys.push(j);
    const f = () => j.frame();
    expect(await j.heading()).toBe('Your results');
    await f().getByText(/^Not passed\. You scored 20% \(pass mark 80%\)/).waitFor();
    await f().getByRole('heading', { level: 2, name: 'The 20 questions you missed' }).waitFor();
    expect(await f().getByRole('region', { name: 'Your next step' }).getByRole('link', { name: /^Reread: / }).count()).toBeGreaterThan(0);

    // What the record keeper holds once the resumed launch has reported.
    const recorded = async () => {
      const raw = await j.page.evaluate((k) => localStorage.getItem(k), key);
      const cmi = (JSON.parse(raw ?? '{}') as { cmi?: Record<string, unknown> }).cmi ?? {};
      const interactions = cmi.interactions as { childArray?: unknown[] } | Record<string, unknown> | undefined;
      return {
        score: JSON.stringify(cmi.score ?? null),
        success: cmi.success_status,
        interactions: Array.isArray((interactions as { childArray?: unknown[] })?.childArray) ? (interactions as { childArray: unknown[] }).childArray.length : Object.keys(interactions ?? {}).length,
        suspendData: cmi.suspend_data,
      };
    };
    await expect.poll(async () => (await recorded()).score, { timeout: 15_000 }).toMatch(/"raw":"?20/);
    const before = await recorded();

    // With the keyboard on one of its buttons (MUI's), the focus shows as a ring and nothing keeps
    // moving, even for a learner whose system does not ask for reduced motion (MUI's own focus ripple
    // pulses for as long as the button has the focus).
    await j.page.emulateMedia({ reducedMotion: 'no-preference' });
    await j.keyboard.tabUntil((focus) => focus.kind === 'button' && focus.label.startsWith('Show the full review'), { what: '"Show the full review"' });
    await j.page.waitForTimeout(300);
    expect(await f().evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    const endless = () => document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations === Infinity).length;
    expect(await f().evaluate(endless)).toBe(0);
    await j.page.emulateMedia({ reducedMotion: 'reduce' });

    // Printed: the summary alone on at most two A4 pages; the review unfolded prints everything.
    const summaryPages = await printedPages(j.page);
    expect(summaryPages).toBeGreaterThan(0);
    expect(summaryPages).toBeLessThanOrEqual(2);
    const found: Record<string, string[]> = {};
    await axeEverywhere(j.page, () => j.frame(), found, 'results');
    // The scores by section fit a 320 px phone without scrolling sideways.
    await j.page.setViewportSize({ width: 320, height: 640 });
    const table = f().getByRole('region', { name: 'Scores by section' });
    await expect.poll(() => table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await j.page.setViewportSize({ width: 1280, height: 900 });
    await f().getByRole('button', { name: /^Show the full review/ }).click();
    await f().getByRole('region', { name: 'Full review' }).getByText(/Your answer/).first().waitFor();
    // An answer's lines in a list: an ordering's carry their own numbers ("1. …") and no bullet beside
    // them; every other list of lines keeps its bullets.
    const answerLines = await f()
      .getByRole('region', { name: 'Full review' })
      .locator('li li')
      .evaluateAll((items) => items.map((li) => ({ numbered: /^\d+\. /.test(li.textContent ?? ''), bullet: getComputedStyle(li).listStyleType !== 'none' })));
    expect(new Set(answerLines.map((line) => line.numbered))).toEqual(new Set([true, false]));
    expect(answerLines.filter((line) => line.bullet === line.numbered)).toEqual([]);
    const reviewPages = await printedPages(j.page);
    expect(reviewPages).toBeGreaterThan(summaryPages);
    await axeEverywhere(j.page, () => j.frame(), found, 'full review');
    console.info(`printed A4 pages: summary ${summaryPages}, with the full review ${reviewPages}`);

    // The practice round: every missed check again, right this time.
    await f().getByRole('button', { name: 'Practise the ones you missed' }).click();
    await f().getByRole('heading', { level: 1, name: 'Practice round' }).waitFor();
    const missed = lesson.sections.flatMap((s) => s.checks).filter((c) => !right(c));
    await axeEverywhere(j.page, () => j.frame(), found, 'practice round');
    // "Check answer" pressed as the bench presses it (a plain mouse press at the button's centre).
    for (const check of missed) {
      await answerByPointer(f(), check, responseFor(check, true), { plainPress: true });
      await waitForTries(f(), check, 1);
    }
    await f().getByText('This time: 20 of 20 right; first time: 0 of 20.').waitFor();
    await f().getByRole('button', { name: 'Back to your results' }).click();
    await f().getByText('Practice round: This time: 20 of 20 right; first time: 0 of 20.').waitFor();
    await f().getByText(/^Not passed\. You scored 20%/).waitFor();
    await j.page.waitForTimeout(500);
    expect(await recorded()).toEqual(before);

    expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0))).toEqual({});
    expect(Object.keys(found)).toHaveLength(24);
    expect(j.problems).toEqual({ offOrigin: [], consoleErrors: [], pageErrors: [] });
  }, 600_000);
});
