// @vitest-environment node
/**
 * How the lesson opens, in Chromium: a fresh attempt's start screen, and an attempt reopened with
 * progress (a saved self-study attempt seeded into the browser's storage, rather than clicked through)
 * opening at the check the learner was working on, scrolled into view with focus on it, under a
 * "Welcome back". axe finds nothing on either, light and dark, at 320, 375 and 1366 px wide and at
 * 1366×800 zoomed to 200% (683×400 CSS pixels). On a phone, the sticky header keeps to a fifth of the
 * screen, a check's options stand apart and its feedback uses the width, a timeline's dates sit above
 * their events, a map wider than the screen says it scrolls, and a reread lands its passage below the
 * header.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Lesson } from '../../src/content/model.ts';
import { encodeState } from '../../src/lesson/saved-state.ts';
import { initialState } from '../../src/lesson/state.ts';
import type { LessonState } from '../../src/lesson/types.ts';
import { rightAnswer } from '../../src/testing/answers.ts';
import { storageKey } from '../../src/tracking/standalone.ts';
import { hasChromium, type Served } from '../../scorm/lib/browser-harness.ts';
import { answerByPointer, region, responseFor, waitForTries } from '../../scorm/lib/browser-learner.ts';
import { axeEverywhere } from './axe.ts';
import { chromiumLessonForFile, Journey } from './journey.ts';


describe.skipIf(!hasChromium)('start screen and resume in Chromium (no LMS)', () => {
  let served: Served, browser: Browser, lesson: Lesson;
  const journeys = chromiumLessonForFile((opened) => ({ served, browser, lesson } = opened));

  /** axe at every size in light and dark, plus no sideways scrolling. */
  async function everywhere(j: Journey): Promise<Record<string, string[]>> {
    const found: Record<string, string[]> = {};
    await axeEverywhere(j.page, () => j.frame(), found);
    return found;
  }

  const clean = (found: Record<string, string[]>) => Object.fromEntries(Object.keys(found).map((k) => [k, []]));

  it('a fresh attempt opens on the start screen; "Start the lesson", by keyboard, opens section 1 with focus on its heading', async () => {
    const j = await Journey.start(browser, served, { standard: '2004', lms: false, startScreen: 'stay' });
    journeys.push(j);
    const f = j.frame();
    expect(await j.keyboard.focus()).toMatchObject({ kind: 'heading', label: lesson.title });
    await f.getByText('your progress is kept in this browser only, on this device', { exact: false }).waitFor();
    expect(await f.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'What you will be able to do',
      'How long it takes',
      'How the checks work',
      'Where your progress is kept',
    ]);
    expect(await f.locator('#lesson-main ul').first().locator('li').allTextContents()).toEqual(lesson.objectives.map((o) => o.text));
    // Kept in this browser from the start screen on, before the learner does anything (the record
    // keeper is loaded once the screen is drawn, src/tracking/standalone.ts).
    const kept = () => f.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.cmi ?? null, storageKey(lesson.id));
    await expect.poll(kept, { timeout: 10_000 }).toMatchObject({ location: lesson.sections[0]!.id, exit: 'suspend' });

    const found = await everywhere(j);
    expect(found).toEqual(clean(found));

    await j.keyboard.tabUntil((focus) => focus.kind === 'button' && focus.label === 'Start the lesson', { what: 'the start button' });
    await j.keyboard.press('Enter');
    await expect.poll(() => j.keyboard.focus()).toMatchObject({ kind: 'heading', label: lesson.sections[0]!.title });
    expect(j.problems).toEqual({ offOrigin: [], consoleErrors: [], pageErrors: [] });
  }, 240_000);

  it('a reopened attempt says welcome back and opens at the check the learner was working on, in view, with focus on it', async () => {
    // Section 1 done, and the first two checks of section 2: the learner was on its third check.
    const [first, second] = lesson.sections as [Lesson['sections'][number], Lesson['sections'][number]];
    const done = [...first.checks, ...second.checks.slice(0, 2)];
    const state: LessonState = {
      ...initialState(lesson, 12345),
      current: 1,
      furthest: 1,
      timeOnTask: 900,
      checks: Object.fromEntries(done.map((c) => [c.id, { tries: [rightAnswer(c)] }])),
    };
    const saved = JSON.stringify({ cmi: { suspend_data: encodeState(lesson, state), location: second.id } });
    const j = await Journey.start(browser, served, { standard: '2004', lms: false, storage: { [storageKey(lesson.id)]: saved } });
    journeys.push(j);
    const f = j.frame();
    expect(await j.heading()).toBe(second.title);
    expect(await f.getByRole('button', { name: 'Start the lesson' }).count()).toBe(0);

    const working = second.checks[2]!;
    const label = `Check 3 of ${second.checks.length}`;
    await expect.poll(() => j.keyboard.focus(working.id)).toMatchObject({ where: 'inside', label });
    const welcome = f.locator('[data-welcome-back]');
    expect(await welcome.textContent()).toContain(`Welcome back. Your answers so far are kept in this browser (${done.length} of 25 checks done). This is check 3 of ${second.checks.length} in this section, where you left off.`);
    // Scrolled to it: the welcome and the check's heading are on screen, below the sticky header, not at the section's top.
    const view = await f.evaluate((id) => {
      const box = (el: Element | null) => el?.getBoundingClientRect() ?? null;
      const header = box(document.querySelector('header'));
      return {
        scrolled: window.scrollY,
        innerHeight: window.innerHeight,
        headerBottom: header?.bottom ?? 0,
        welcome: box(document.querySelector('[data-welcome-back]')),
        heading: box(document.querySelector(`[data-check-id="${id}"] h3`)),
      };
    }, working.id);
    expect(view.scrolled).toBeGreaterThan(0);
    expect(view.welcome!.top).toBeGreaterThanOrEqual(view.headerBottom);
    expect(view.heading!.bottom).toBeLessThanOrEqual(view.innerHeight);

    const found = await everywhere(j);
    expect(found).toEqual(clean(found));

    // Closing the welcome keeps focus on the check.
    await welcome.getByRole('button', { name: 'Hide the welcome back note' }).press('Enter');
    await welcome.waitFor({ state: 'detached' });
    expect(await j.keyboard.focus(working.id)).toMatchObject({ where: 'inside', label });
    expect(j.problems).toEqual({ offOrigin: [], consoleErrors: [], pageErrors: [] });
  }, 240_000);

  it('on a phone the header stays small, options stand apart, feedback and timelines use the width, and "Reread" lands below the header', async () => {
    const j = await Journey.start(browser, served, { standard: '2004', lms: false });
    journeys.push(j);
    const f = j.frame();
    const header = () => f.evaluate(() => document.querySelector('header')!.getBoundingClientRect().height);
    // An ordering check's rows. At 320 px the event's words keep most of the row (the move buttons one
    // above the other), not half of it (51% with the buttons side by side). From 360 px the buttons sit
    // side by side, which keeps the rows low (stacked, the list would be a quarter taller at 375 px).
    const orderingRows = () =>
      f.locator('[data-check-id] ol li').evaluateAll((rows) =>
        rows
          .filter((row) => row.querySelector('button'))
          .map((row) => {
            const [up, down] = [...row.querySelectorAll('button')].map((b) => b.getBoundingClientRect());
            const share = row.querySelector('.check-order-text')!.getBoundingClientRect().width / row.getBoundingClientRect().width;
            return { share, stacked: down!.top >= up!.bottom };
          }),
      );
    for (const [width, height] of [[320, 640], [375, 740]] as const) {
      await j.page.setViewportSize({ width, height });
      // The header: at most a fifth of the screen's height (it was 202 px of 640 at 320 px wide, the title in five lines).
      await expect.poll(header).toBeLessThanOrEqual(height / 5);
      const rows = await orderingRows();
      expect(rows.length, 'ordering rows in section 1').toBeGreaterThan(0);
      expect(rows.filter((row) => row.stacked !== (width === 320)), `${width} px: rows with the buttons ${width === 320 ? 'side by side' : 'stacked'}`).toEqual([]);
      if (width === 320) expect(Math.min(...rows.map((row) => row.share))).toBeGreaterThanOrEqual(0.6);
      if (width > 320) continue;
      // The documents panel's "Close documents" keeps its words on one line, under the heading (at 375 px
      // and up there is room beside it).
      await f.getByRole('button', { name: 'Documents', exact: true }).click();
      const close = f.getByRole('dialog').getByRole('button', { name: 'Close documents' });
      const box = (await close.boundingBox())!;
      expect(box.height, `"Close documents" is ${box.height} px tall`).toBeLessThan(40);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      await close.click();
      await f.getByRole('dialog').waitFor({ state: 'detached' });
    }

    // A check missed on every try: its feedback links back to the passage it tests.
    const check = lesson.sections[0]!.checks.find((c) => c.passage && c.maxTries > 1)!;
    for (let tries = 1; tries <= check.maxTries; tries++) {
      await answerByPointer(f, check, responseFor(check, false));
      await waitForTries(f, check, tries);
    }
    // On a phone: the options stand apart (a wrapped option and its mark read as one), and the feedback's
    // text runs under its icon rather than in a narrow column beside it.
    const layout = await region(f, check).evaluate((card) => {
      const boxes = [...card.querySelectorAll('label')].map((l) => l.getBoundingClientRect());
      const notice = card.querySelector('.notice')!.getBoundingClientRect();
      const message = card.querySelector('.notice-message')!.getBoundingClientRect();
      return { gaps: boxes.slice(1).map((b, i) => b.top - boxes[i]!.bottom), textIndent: message.left - notice.left };
    });
    expect(Math.min(...layout.gaps)).toBeGreaterThanOrEqual(4);
    expect(layout.textIndent).toBeLessThanOrEqual(16);
    // A timeline's dates on lines of their own, above their events' names.
    const dates = await f.locator('.timeline-event').evaluateAll((events) =>
      events.map((e) => e.querySelector('.timeline-event-date')!.getBoundingClientRect().bottom <= e.querySelector('.timeline-event-label')!.getBoundingClientRect().top),
    );
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every(Boolean)).toBe(true);
    // A map wider than the phone says it scrolls sideways (on a wide screen it fits, and says nothing).
    const maps = () =>
      f.locator('.map-frame').evaluateAll((frames) =>
        frames.map((m) => ({ scrolls: m.scrollWidth > m.clientWidth, hint: getComputedStyle(m.nextElementSibling!).display !== 'none' })),
      );
    expect(await maps()).not.toHaveLength(0);
    expect(await maps()).toEqual((await maps()).map(() => ({ scrolls: true, hint: true })));

    const link = region(f, check).getByRole('link', { name: /^Reread: / });
    expect(await link.textContent()).toBe(`Reread: ${check.passage!.heading}`);
    await link.click();
    const landed = () =>
      f.evaluate(() => {
        const focused = document.activeElement!;
        const box = focused.getBoundingClientRect();
        return {
          focused: focused.textContent,
          belowHeader: box.top >= document.querySelector('header')!.getBoundingClientRect().bottom,
          onScreen: box.bottom <= window.innerHeight,
        };
      });
    await expect.poll(landed).toEqual({ focused: check.passage!.heading, belowHeader: true, onScreen: true });
    // Where the map's frame is a little narrower than the picture's 500 px (a phone 550 px wide; 900 px,
    // where the step list takes a column), the picture is drawn a little smaller: no scrollbar for a few
    // pixels, and no hint (at 550 px a window-width rule alone would show one).
    for (const width of [550, 900]) {
      await j.page.setViewportSize({ width, height: 800 });
      const frameWidths = await f.locator('.map-frame').evaluateAll((frames) => frames.map((m) => m.clientWidth));
      expect(frameWidths).not.toHaveLength(0);
      expect(frameWidths.every((w) => w >= 478 && w < 500), `${width} px: frames ${frameWidths.join(', ')} px wide`).toBe(true);
      await expect.poll(maps).toEqual(frameWidths.map(() => ({ scrolls: false, hint: false })));
    }
    await j.page.setViewportSize({ width: 1366, height: 800 });
    await expect.poll(maps).toEqual((await maps()).map(() => ({ scrolls: false, hint: false })));
    expect(j.problems).toEqual({ offOrigin: [], consoleErrors: [], pageErrors: [] });
  }, 240_000);
});
