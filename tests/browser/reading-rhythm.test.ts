// @vitest-environment node
/**
 * Reading rhythm, measured in Chromium at 1366×800 (the school laptop): in each section, the longest stretch
 * a learner scrolls without something to do (a check, a timeline to step through, a position to write, a
 * look-closer document task),
 * in screens (the viewport's height). Above 1.5 screens the test fails; it prints the table either way.
 * Also the reading column (characters per line of body text). (axe checks every section, before and after
 * its checks and look-closer tasks are done, light and dark, in the accessibility walk: suite.ts.)
 *
 * The sections are opened from a seeded saved attempt (every section reached, nothing answered: what a
 * learner first sees) through the step list, not by clicking through 25 checks.
 */
import type { Browser, Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Lesson } from '../../src/content/model.ts';
import { initialState } from '../../src/lesson/state.ts';
import { escapeRegExp } from '../../scorm/lib/browser-learner.ts';
import { standaloneAttempt } from './seed.ts';
import { hasChromium, type Served } from '../../scorm/lib/browser-harness.ts';
import { chromiumLessonForFile, Journey } from './journey.ts';

const VIEWPORT = { width: 1366, height: 800 };
const MAX_GAP_SCREENS = 1.5;
/** The reading column: characters per line of body text. */
const COLUMN = { min: 65, max: 75 };

/** Runs in the page: the things to do in the section on screen, and the stretches of reading between them. */
function measure(): { tasks: string[]; gaps: { from: string; to: string; px: number }[]; charsPerLine: number[] } {
  const article = document.querySelector('main article')!;
  const top = (el: Element) => el.getBoundingClientRect().top + window.scrollY;
  const bottom = (el: Element) => el.getBoundingClientRect().bottom + window.scrollY;
  const tasks = [...article.querySelectorAll('[data-check-id], [data-print="position"], figure:has(ol[aria-label="All events"]), [data-task="look-closer"]')].map((el) => ({
    name:
      el.getAttribute('data-check-id') ??
      (el.matches('[data-task]')
        ? `look closer "${el.querySelector('figcaption')?.textContent?.replace(/^Look closer: [a-z ]+/, '')}"`
        : el.matches('figure')
          ? `timeline "${el.querySelector('figcaption')?.textContent?.replace(/^Timeline/, '')}"`
          : 'position'),
    top: top(el),
    bottom: bottom(el),
  }));
  const marks = [{ name: 'start', top: top(article), bottom: top(article) }, ...tasks];
  const end = article.querySelector('nav[aria-label="Section navigation"]') ?? article;
  marks.push({ name: 'end', top: top(end), bottom: top(end) });
  const gaps = marks.slice(1).map((m, i) => ({ from: marks[i]!.name, to: m.name, px: Math.max(0, m.top - marks[i]!.bottom) }));

  // Characters on each full line of the section's own paragraphs (a paragraph's last line is left out).
  const charsPerLine: number[] = [];
  for (const p of article.querySelectorAll(':scope > p')) {
    const lines = new Map<number, number>();
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      for (let i = 0; i < (node.textContent ?? '').length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        const line = Math.round(rect.top);
        lines.set(line, (lines.get(line) ?? 0) + 1);
      }
    }
    charsPerLine.push(...[...lines.values()].slice(0, -1));
  }
  return { tasks: tasks.map((t) => t.name), gaps, charsPerLine };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]!;
}

describe.skipIf(!hasChromium)('reading rhythm at 1366×800', () => {
  let served: Served, browser: Browser, lesson: Lesson;
  chromiumLessonForFile((opened) => ({ served, browser, lesson } = opened));

  /**
   * A learner (no LMS) who has reached every section and answered nothing (a saved attempt), with section
   * `index` open: the first from the launch, the others from the step list.
   */
  async function openSection(index: number, journey?: Journey): Promise<{ j: Journey; frame: Frame }> {
    const state = { ...initialState(lesson, 7), furthest: lesson.sections.length - 1 };
    const j = journey ?? (await Journey.start(browser, served, { standard: '2004', lms: false, storage: standaloneAttempt(lesson, state) }));
    await j.page.setViewportSize(VIEWPORT);
    const frame = j.frame();
    const title = lesson.sections[index]!.title;
    if (index > 0) await (await j.stepNav()).getByRole('button', { name: new RegExp(escapeRegExp(title)) }).click();
    await frame.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    // The seeded attempt reopens with a "Welcome back" above its first check: closed, as a learner
    // would, so that it is not measured as reading.
    const welcome = frame.getByRole('button', { name: 'Hide the welcome back note' });
    if ((await welcome.count()) > 0) await welcome.click();
    // Maps and document drawings load as they come near the screen: pass by everything, then wait until
    // the page's height holds still, so what is measured is what the learner sees.
    await frame.evaluate(async () => {
      const pause = () => new Promise((done) => setTimeout(done, 300));
      for (const el of document.querySelectorAll('main article > *')) el.scrollIntoView();
      let height = -1;
      while (height !== document.body.scrollHeight) {
        height = document.body.scrollHeight;
        await pause();
      }
      window.scrollTo(0, 0);
    });
    return { j, frame };
  }

  it('has something to do at least every 1.5 screens, and a reading column of 65–75 characters', async () => {
    const rows: Record<string, string | number>[] = [];
    const problems: string[] = [];
    let j: Journey | undefined;
    try {
      for (const [index, section] of lesson.sections.entries()) {
        const opened = await openSection(index, j);
        j = opened.j;
        const { tasks, gaps, charsPerLine } = await opened.frame.evaluate(measure);
        const longest = gaps.reduce((a, b) => (b.px > a.px ? b : a));
        const screens = Math.round((longest.px / VIEWPORT.height) * 100) / 100;
        const perLine = median(charsPerLine);
        rows.push({ section: section.id, things_to_do: tasks.length, longest_gap_screens: screens, between: `${longest.from} → ${longest.to}`, chars_per_line: perLine });
        for (const gap of gaps.filter((g) => g.px / VIEWPORT.height > MAX_GAP_SCREENS)) {
          problems.push(`${section.id}: ${(gap.px / VIEWPORT.height).toFixed(2)} screens between ${gap.from} and ${gap.to}`);
        }
        if (perLine < COLUMN.min || perLine > COLUMN.max) problems.push(`${section.id}: ${perLine} characters per line`);
      }
    } finally {
      await j?.close();
      console.table(rows);
    }
    expect(problems).toEqual([]);
  }, 300_000);
});
