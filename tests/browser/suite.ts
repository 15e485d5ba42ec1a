/**
 * The lesson in a real browser: Debian's Chromium driven by playwright-core, the built zips unpacked and
 * served on 127.0.0.1 under a strict Content-Security-Policy, inside the preview LMS (scorm-again as the
 * LMS's API) for SCORM 1.2 and 2004, and alone from the plain web server (no LMS). Each journey runs in a
 * fresh browser context and is watched for requests to other origins and for console errors.
 *
 * Without Debian's Chromium (TEST_CHROMIUM in browser-harness.ts, or CHROMIUM_PATH) these tests are reported as skipped, saying so; in CI
 * (CI=true) that is a failure. Shared setup: scorm/lib/shared-build.ts (one build for every file),
 * scorm/lib/browser-harness.ts (serve, launch), journey.ts (one watched learner), scorm/lib/browser-learner.ts
 * (answering by keyboard or pointer), lms.ts (what the LMS holds), axe.ts.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Check, Lesson } from '../../src/content/model.ts';
import { decodeState } from '../../src/lesson/saved-state.ts';
import { reduce } from '../../src/lesson/state.ts';
import type { LessonState } from '../../src/lesson/types.ts';
import { STANDARDS, type Standard } from '../../scorm/lib/standard.ts';
import { axeViolations, LESSON_BODY, settleColorScheme } from './axe.ts';
import { hasChromium, serve, STRICT_CSP, type Built, type Served } from '../../scorm/lib/browser-harness.ts';
import { chromiumLessonForFile, Journey } from './journey.ts';
import {
  answerByPointer,
  answerSection,
  escapeRegExp,
  feedbackText,
  lookCloserByPointer,
  nextByPointer,
  region,
  responseFor,
  shownAnswers,
  shownOrders,
  waitForTries,
} from '../../scorm/lib/browser-learner.ts';
import { previewAttempt, standaloneAttempt, workedThrough } from './seed.ts';
import { calls, failedCalls, interactions, liveCmi, NAMES, objectives, read, saved, suspendData, waitForCall, waitForSaved, type CmiJson } from './lms.ts';

const JOURNEY_MS = 180_000;
const OTHERS = 'no LMS, accessibility and CSP' as const;
/** The preview-LMS journeys that run in one SCORM version only (why: where they are defined). */
const ONE_VERSION_ONLY = { review: '2004', refusing: '1.2' } as const satisfies Record<string, Standard>;
const runsIn = (standard: Standard, journey: keyof typeof ONE_VERSION_ONLY): boolean => ONE_VERSION_ONLY[journey] === standard;

/** Which part of the suite a test file runs: the preview-LMS journeys of one version, or everything else. */
export type Part = Standard | 'no LMS, accessibility and CSP';

/**
 * The real-browser suite, in parts so that Vitest runs them side by side (each part a file, a browser and a
 * server of its own, all from the one shared build): the journeys mostly wait on the page, not the CPU.
 */
export function chromiumSuite(part: Part): void {
describe.skipIf(!hasChromium)(`the lesson in Chromium (${part})`, () => {
  let built: Built, served: Served, browser: Browser, lesson: Lesson;
  const journeys = chromiumLessonForFile((opened) => ({ built, served, browser, lesson } = opened));

  async function journey(
    standard: Standard,
    options: { lms?: boolean; colorScheme?: 'light' | 'dark'; storage?: Readonly<Record<string, string>> } = {},
  ): Promise<Journey> {
    const j = await Journey.start(browser, served, { standard, ...options });
    journeys.push(j);
    return j;
  }

  /**
   * What every journey must end with: only its own origin asked, no console error, no exception.
   * `lmsRefusals`: the preview LMS's own scorm-again reports, on its page, each commit it was told to refuse.
   */
  function expectClean(j: Journey, options: { lmsRefusals?: boolean } = {}): void {
    expect(j.problems.offOrigin, 'requests to other origins').toEqual([]);
    const refusal = /^(throwSCORMError|SCORM Error)\s*:?\s*(101|391): The preview LMS is set to refuse commits\. \(http:\/\/127\.0\.0\.1:\d+\/assets\//;
    const errors = j.problems.consoleErrors.filter((e) => !(options.lmsRefusals && refusal.test(e)));
    expect(errors, 'console errors').toEqual([]);
    expect(j.problems.pageErrors, 'uncaught exceptions').toEqual([]);
    expect(j.requests.length).toBeGreaterThan(0);
  }

  const section = (i: number) => lesson.sections[i]!;
  const interactionId = (check: Check, tryIndex: number) => `${check.id}__t${tryIndex + 1}`;

  describe.each(STANDARDS.filter((standard) => standard === part))('SCORM %s in the preview LMS', (standard) => {
    const api = NAMES[standard];

    it(
      'a student completes the whole lesson with the keyboard alone and passes; the LMS holds all of it',
      async () => {
        const j = await journey(standard);
        const kb = j.keyboard;
        // Two checks answered wrong first, then right: still a pass (best try), and one interaction per try.
        const wrongFirst = new Set([section(1).checks[0]!.id, section(3).checks[2]!.id]);
        const tries: string[] = [];

        // The lesson puts the keyboard focus on the first section's heading.
        expect(await kb.focus()).toMatchObject({ kind: 'heading', label: section(0).title });
        for (const [index, s] of lesson.sections.entries()) {
          for (const check of s.checks) {
            if (wrongFirst.has(check.id)) {
              await kb.answer(check, responseFor(check, false));
              await waitForTries(j.frame(), check, 1);
              tries.push(interactionId(check, 0));
              expect(await feedbackText(j.frame(), check)).toMatch(/^Not quite/);
            }
            const n = wrongFirst.has(check.id) ? 2 : 1;
            await kb.answer(check, responseFor(check, true));
            await waitForTries(j.frame(), check, n);
            tries.push(interactionId(check, n - 1));
            expect(await feedbackText(j.frame(), check)).toMatch(/^Correct/);
          }
          await kb.next();
          const nextTitle = lesson.sections[index + 1]?.title ?? 'Your results';
          await j.frame().getByRole('heading', { level: 1, name: nextTitle, exact: true }).waitFor();
          // Focus lands on each new step's heading.
          await expect.poll(() => kb.focus()).toMatchObject({ kind: 'heading', label: nextTitle });
        }
        await expect(j.frame().getByText(/^Passed\. You scored 100%/).isVisible()).resolves.toBe(true);
        await kb.tabUntil((f) => f.kind === 'button' && f.label === 'Finish the lesson', { what: 'Finish the lesson' });
        await kb.press('Enter');
        await j.frame().getByText('Your results have been sent.').waitFor();
        await waitForCall(j.page, api.finish);

        const record = await saved(j.page);
        const cmi = record?.cmi ?? null;
        if (standard === '2004') {
          expect(read(cmi, 'cmi.completion_status')).toBe('completed');
          expect(read(cmi, 'cmi.success_status')).toBe('passed');
          expect(Number(read(cmi, 'cmi.score.scaled'))).toBe(1);
          expect(Number(read(cmi, 'cmi.score.raw'))).toBe(100);
        } else {
          expect(read(cmi, 'cmi.core.lesson_status')).toBe('passed');
          expect(Number(read(cmi, 'cmi.core.score.raw'))).toBe(100);
        }
        expectInteractions(cmi, tries, standard);
        expectSectionObjectives(cmi, standard, 'passed');
        const log = await calls(j.page);
        expect(failedCalls(log), 'API calls answered with an error').toEqual([]);
        expect(log.filter((c) => c.call === api.init)).toHaveLength(1);
        expect(log.filter((c) => c.call === api.finish)).toHaveLength(1);
        expect(kb.presses).toBeGreaterThan(100);
        // Inside an LMS the lesson never fetches scorm-again (only the no-LMS record keeper needs it).
        expect(j.requests.filter((url) => /scorm-again/.test(url))).toEqual([]);
        expectClean(j);
      },
      JOURNEY_MS,
    );

    it(
      'a student answers badly and fails; status and score say so; a new attempt can start',
      async () => {
        // The first check of each section right, every other one wrong on every try: 5 of 25 = 20%.
        // All but the last section come from a saved attempt (seed.ts); the last is answered here, by
        // pointer, and each of its tries reaches the LMS. (Every try of a whole lesson recorded in order:
        // the keyboard journey above, and tests/app/journeys.test.tsx in both versions.)
        const right = (check: Check) => lesson.sections.some((s) => s.checks[0]?.id === check.id);
        const last = lesson.sections.length - 1;
        const j = await journey(standard, { storage: previewAttempt(standard, lesson, workedThrough(lesson, last, right)) });
        expect(await j.announcement()).toMatch(/attempt 1, entry "resume", mode "normal"/);
        expect(await j.heading()).toBe(section(last).title);
        const ids: string[] = [];
        await answerSection(j.frame(), lesson, last, right);
        for (const check of section(last).checks) for (let t = 0; t < (right(check) ? 1 : check.maxTries); t++) ids.push(interactionId(check, t));
        await nextByPointer(j.frame(), 'Your results');
        await j.frame().getByText(/^Not passed\. You scored 20% \(pass mark 80%\)/).waitFor();
        await j.frame().getByRole('button', { name: 'Finish the lesson' }).click();
        await j.frame().getByText('Your results have been sent.').waitFor();
        await waitForCall(j.page, api.finish);

        const cmi = (await saved(j.page))?.cmi ?? null;
        if (standard === '2004') {
          expect(read(cmi, 'cmi.completion_status')).toBe('completed');
          expect(read(cmi, 'cmi.success_status')).toBe('failed');
          expect(Number(read(cmi, 'cmi.score.scaled'))).toBe(0.2);
          expect(Number(read(cmi, 'cmi.score.raw'))).toBe(20);
        } else {
          expect(read(cmi, 'cmi.core.lesson_status')).toBe('failed');
          expect(Number(read(cmi, 'cmi.core.score.raw'))).toBe(20);
        }
        expectInteractions(cmi, ids, standard);
        expect(interactions(cmi).filter((i) => read(i, 'result') === 'correct')).toHaveLength(1);
        expectSectionObjectives(cmi, standard, 'failed');
        expect(failedCalls(await calls(j.page))).toEqual([]);

        // A new attempt: a 2004 LMS starts one by itself after a finished attempt (exit was not
        // "suspend"); a 1.2 LMS keeps one record per learner, so the teacher or learner asks for one.
        await j.previewButton(standard === '2004' ? 'End and relaunch' : 'New attempt');
        expect(await j.announcement()).toMatch(/attempt 2, entry "ab-initio", mode "normal"/);
        expect(await j.heading()).toBe(section(0).title);
        expect(await j.progressLine()).toContain('0 of 25 checks answered');
        for (const check of section(0).checks) expect(await feedbackText(j.frame(), check)).toBe('');
        const first = section(0).checks[0]!;
        await answerByPointer(j.frame(), first, responseFor(first, true));
        await waitForTries(j.frame(), first, 1);
        const fresh = await waitForSaved(j.page, (c) => interactions(c).length === 1);
        expect(read(fresh, standard === '2004' ? 'cmi.completion_status' : 'cmi.core.lesson_status')).toBe('incomplete');
        const record = await saved(j.page);
        expect(record?.attempt).toBe(2);
        expect(record?.history[0]?.status).toContain('failed');
        expect(failedCalls(await calls(j.page))).toEqual([]);
        expectClean(j);
      },
      JOURNEY_MS,
    );

    it(
      'a student closes the tab in the middle of the impact section and comes back to the same place',
      async () => {
        // Context and terms from a saved attempt (one terms check missed), then into the impact section.
        const j = await journey(standard, { storage: previewAttempt(standard, lesson, workedThrough(lesson, 2, (c) => c.id !== section(1).checks[2]!.id)) });
        expect(await j.heading()).toBe(section(2).title);
        // In the impact section: one right, one wrong with a try left, one wrong on both tries.
        // b and c need two tries (a true/false check gets one); a is the first of the others.
        const [b, c] = section(2).checks.filter((x) => x.maxTries >= 2) as [Check, Check];
        const a = section(2).checks.find((x) => x !== b && x !== c)!;
        const at = (x: Check) => section(2).checks.indexOf(x);
        await answerByPointer(j.frame(), a, responseFor(a, true));
        await waitForTries(j.frame(), a, 1);
        await answerByPointer(j.frame(), b, responseFor(b, false));
        await waitForTries(j.frame(), b, 1);
        await answerByPointer(j.frame(), c, responseFor(c, false));
        await waitForTries(j.frame(), c, 1);
        await answerByPointer(j.frame(), c, responseFor(c, false));
        await waitForTries(j.frame(), c, 2);

        const snapshot = async () => ({
          heading: await j.heading(),
          progress: await j.progressLine(),
          orders: await j.frame().evaluate(shownOrders),
          answers: await j.frame().evaluate(shownAnswers),
          feedback: await Promise.all(section(2).checks.map((check) => feedbackText(j.frame(), check))),
          steps: (await j.frame().locator('nav[aria-label="Lesson steps"]').textContent()) ?? '',
        });
        // Context and terms, plus a and c finished (b, with a try left, is not finished yet). The header's
        // counts redraw a frame after the feedback (useLessonSummary), so they are waited for, not read at once.
        const answered = `${section(0).checks.length + section(1).checks.length + 2} of 25 checks answered`;
        await expect.poll(() => j.progressLine()).toContain(answered);
        const before = await snapshot();
        expect(before.progress).toContain(answered);
        expect(before.feedback[at(a)]).toMatch(/^Correct\./);
        expect(before.feedback[at(b)]).toMatch(/^Not quite\. You have 1 try left\./);
        expect(before.feedback[at(c)]).toMatch(/^Not this time: no tries left\./);
        const firstVisit = await calls(j.page);

        // Straight away, as a student does: whatever was not committed yet must go out as the page closes.
        await j.page.close();
        await j.open();
        expect(await j.announcement()).toMatch(/attempt 1, entry "resume", mode "normal"/);
        // Back at the check the learner was working on (the section's first unfinished one), welcomed back.
        const working = section(2).checks.find((x) => x !== a && x !== c)!;
        await expect.poll(() => j.keyboard.focus(working.id)).toMatchObject({ where: 'inside', label: `Check ${at(working) + 1} of ${section(2).checks.length}` });
        await j.frame().getByText('Welcome back.').waitFor();
        const after = await snapshot();
        expect(after).toEqual(before);

        const record = await saved(j.page);
        const state = decodeState(lesson, suspendData(standard, record?.cmi), 0);
        expect(state.problem).toBeNull();
        expect(state.kept).toBe(section(0).checks.length + section(1).checks.length + 3);
        expect(read(record?.cmi ?? null, standard === '2004' ? 'cmi.location' : 'cmi.core.lesson_location')).toBe('impact');
        expect(failedCalls([...firstVisit, ...(await calls(j.page))])).toEqual([]);
        expectClean(j);
      },
      JOURNEY_MS,
    );

    // Review mode and a refusing LMS run in one version each here: what the lesson shows and does is the
    // same in both, and what each version's LMS is sent (nothing during a review; after refused commits,
    // that version's error read and every value sent again) is tested against scorm-again in both versions
    // (tests/tracking: scorm12.test.ts, scorm2004.test.ts and saving.test.ts). Each took 4 to 5
    // core-seconds a version, on a suite that must fit 3 minutes on 2 cores (issue 10).
    if (runsIn(standard, 'review'))
    it(
      'review mode shows the answers and writes nothing',
      async () => {
        // Context right and terms with one check missed, from a saved attempt: the learner is in the impact section.
        const failed = section(1).checks[0]!;
        const j = await journey(standard, { storage: previewAttempt(standard, lesson, workedThrough(lesson, 2, (c) => c.id !== failed.id)) });
        await waitForSaved(j.page, (c) => read(c, standard === '2004' ? 'cmi.location' : 'cmi.core.lesson_location') === 'impact');
        const progressBefore = await j.progressLine();
        const callsBefore = (await calls(j.page)).length;

        await j.previewButton('Relaunch in review mode');
        expect(await j.announcement()).toMatch(/mode "review"/);
        const keptBefore = (await saved(j.page))?.cmi;
        const f = () => j.frame();
        await f().getByText('Review mode: you can look at the lesson and your answers; nothing you do here is recorded.').waitFor();
        expect(await j.heading()).toBe(section(2).title);
        const heldAtLaunch = await liveCmi(j.page);
        // Unanswered checks show the right answer; nothing can be submitted.
        for (const check of section(2).checks) {
          expect(await feedbackText(f(), check)).toMatch(/^Not answered/);
          await expect(region(f(), check).getByRole('button', { name: 'Check answer' }).count()).resolves.toBe(0);
        }
        // Every step can be visited, answered ones show the learner's answers and the verdicts.
        const steps = await j.stepNav();
        await steps.getByRole('button', { name: new RegExp(`^1\\.\\s*${escapeRegExp(section(0).title)}`) }).click();
        await f().getByRole('heading', { level: 1, name: section(0).title, exact: true }).waitFor();
        for (const check of section(0).checks) {
          expect(await feedbackText(f(), check)).toMatch(/^Correct/);
          await expect(region(f(), check).getByRole('button', { name: 'Check answer' }).count()).resolves.toBe(0);
        }
        const answers = await f().evaluate(shownAnswers);
        expect(answers[section(0).checks[0]!.id]?.[0]).toContain('Your answer: right');
        for (const input of await f().locator('[data-check-id] input, [data-check-id] select').all()) expect(await input.isDisabled()).toBe(true);
        await (await j.stepNav()).getByRole('button', { name: new RegExp(`^2\\.\\s*${escapeRegExp(section(1).title)}`) }).click();
        await f().getByRole('heading', { level: 1, name: section(1).title, exact: true }).waitFor();
        expect(await feedbackText(f(), failed)).toMatch(/^Not this time/);
        await (await j.stepNav()).getByRole('button', { name: /^6\.\s*Your results/ }).click();
        await f().getByRole('heading', { level: 1, name: 'Your results', exact: true }).waitFor();
        expect(await f().getByRole('button', { name: 'Finish the lesson' }).count()).toBe(0);
        expect(await axeViolations(f())).toEqual([]);

        // Nothing written while reviewing, and nothing kept when the review ends.
        expect(await liveCmi(j.page)).toEqual(heldAtLaunch);
        await j.previewButton('End and relaunch');
        const since = (await calls(j.page)).slice(callsBefore);
        // From the review's Initialize to the next launch's (the normal session before it ended first).
        const start = since.findIndex((c) => c.call === api.init);
        const end = since.findIndex((c, i) => i > start && c.call === api.init);
        const reviewSession = since.slice(start, end);
        expect(reviewSession.some((c) => c.call === api.finish)).toBe(true);
        expect(reviewSession.filter((c) => c.call === api.set || c.call === api.commit)).toEqual([]);
        expect(failedCalls(since)).toEqual([]);
        // The next normal launch resumes exactly where the learner was, with the same answers.
        expect(await j.announcement()).toMatch(/entry "resume", mode "normal"/);
        expect(await j.heading()).toBe(section(2).title);
        expect(await j.progressLine()).toBe(progressBefore);
        const record = await saved(j.page);
        const answersOf = (cmi: CmiJson | null | undefined) => decodeState(lesson, suspendData(standard, cmi), 0).state.checks;
        expect(answersOf(record?.cmi)).toEqual(answersOf(keptBefore));
        expect(Object.keys(answersOf(keptBefore))).toHaveLength(section(0).checks.length + section(1).checks.length);
        expectClean(j);
      },
      JOURNEY_MS,
    );

    if (runsIn(standard, 'refusing'))
    it(
      'the LMS refuses commits for a while: the notice shows, and nothing is lost once it accepts again',
      async () => {
        const j = await journey(standard);
        const f = () => j.frame();
        const [first, ...rest] = section(0).checks as [Check, ...Check[]];
        await answerByPointer(f(), first, responseFor(first, true));
        await waitForTries(f(), first, 1);
        await waitForSaved(j.page, (c) => interactions(c).length === 1);
        const keptBefore = (await saved(j.page))?.cmi;

        const refuse = j.page.getByRole('button', { name: 'Refuse commits' });
        await refuse.click();
        expect(await refuse.getAttribute('aria-pressed')).toBe('true');
        const ids = [interactionId(first, 0)];
        for (const check of rest) {
          const wrongFirst = check === rest[0];
          if (wrongFirst) {
            await answerByPointer(f(), check, responseFor(check, false));
            await waitForTries(f(), check, 1);
            ids.push(interactionId(check, 0));
          }
          await answerByPointer(f(), check, responseFor(check, true));
          await waitForTries(f(), check, wrongFirst ? 2 : 1);
          ids.push(interactionId(check, wrongFirst ? 1 : 0));
        }
        const notice = f().getByRole('alert').filter({ hasText: 'Progress not saved yet, retrying' });
        await notice.waitFor();
        // The learner keeps working: the next section opens and takes answers.
        await nextByPointer(f(), section(1).title);
        const next = section(1).checks[0]!;
        await answerByPointer(f(), next, responseFor(next, true));
        await waitForTries(f(), next, 1);
        ids.push(interactionId(next, 0));
        expect(await notice.isVisible()).toBe(true);
        expect((await saved(j.page))?.cmi).toEqual(keptBefore);

        await refuse.click();
        expect(await refuse.getAttribute('aria-pressed')).toBe('false');
        await notice.waitFor({ state: 'detached', timeout: 60_000 });
        const cmi = await waitForSaved(j.page, (c) => interactions(c).length === ids.length);
        expectInteractions(cmi, ids, standard);
        const state = decodeState(lesson, suspendData(standard, cmi), 0);
        expect(state.problem).toBeNull();
        expect(state.kept).toBe(section(0).checks.length + 1);
        expect(read(cmi, standard === '2004' ? 'cmi.location' : 'cmi.core.lesson_location')).toBe(section(1).id);

        // Only the refused commits were answered with an error, with the LMS's code.
        const log = await calls(j.page);
        // (The lesson's look-ups of the error, GetLastError and the rest, report the same code: they succeeded.)
        const refused = log.filter((c) => c.error !== '0' && !/GetLastError|GetErrorString|GetDiagnostic/.test(c.call));
        expect(refused.length).toBeGreaterThan(0);
        expect(new Set(refused.map((c) => `${c.call} ${c.result} ${c.error}`))).toEqual(new Set([`${api.commit} false ${standard === '2004' ? '391' : '101'}`]));

        // And the LMS gives it all back on the next launch.
        await j.previewButton('End and relaunch');
        expect(await j.announcement()).toMatch(/entry "resume"/);
        expect(await j.heading()).toBe(section(1).title);
        expect(await j.progressLine()).toContain(`${section(0).checks.length + 1} of 25 checks answered`);
        // The lesson logged no error; the preview LMS's page logged each refusal it made.
        expect(j.problems.consoleErrors.length).toBeGreaterThan(0);
        expectClean(j, { lmsRefusals: true });
      },
      JOURNEY_MS,
    );
  });

  if (part === OTHERS) {
    describe.each(STANDARDS)('SCORM %s build opened from a plain web server (no LMS)', (standard) => {
      it(
        'keeps progress in the browser across a reload',
        async () => {
          // The context section from a saved attempt (seed.ts); the two terms checks are answered here.
          const j = await journey(standard, { lms: false, storage: standaloneAttempt(lesson, workedThrough(lesson, 1, () => true)) });
          const f = () => j.frame();
          await f().getByText('Self-study mode: your progress is kept in this browser only.').waitFor();
          expect(await j.heading()).toBe(section(1).title);
          const [a, b] = section(1).checks as [Check, Check];
          await answerByPointer(f(), a, responseFor(a, true));
          await waitForTries(f(), a, 1);
          await answerByPointer(f(), b, responseFor(b, false));
          await waitForTries(f(), b, 1);
          const snapshot = async () => ({
            heading: await j.heading(),
            progress: await j.progressLine(),
            orders: await f().evaluate(shownOrders),
            answers: await f().evaluate(shownAnswers),
            feedback: await Promise.all(section(1).checks.map((check) => feedbackText(f(), check))),
          });
          // (The header's counts redraw a frame after the feedback: waited for, as above.)
          const answered = `${section(0).checks.length + 1} of 25 checks answered`;
          await expect.poll(() => j.progressLine()).toContain(answered);
          const before = await snapshot();
          expect(before.progress).toContain(answered);

          await j.page.reload();
          await j.ready();
          // Back at the first unfinished check (b, with a try left), not at the top of the section.
          await expect.poll(() => j.keyboard.focus(b.id)).toMatchObject({ where: 'inside', label: `Check 2 of ${section(1).checks.length}` });
          expect(await snapshot()).toEqual(before);
          // scorm-again came from the package itself (the no-LMS record keeper), from nowhere else.
          expect(j.requests.some((url) => /\/assets\/scorm-again-[\w-]+\.js$/.test(url))).toBe(true);
          expectClean(j);
        },
        JOURNEY_MS,
      );
    });
  }

  if (part === OTHERS) {
    describe('accessibility in light and dark mode (SCORM 2004 in the preview LMS)', () => {
      it(
        'axe finds no WCAG 2.1 A or AA violation on any section, check state, the glossary, the results or the preview page, in either scheme',
        async () => {
          // Every state is checked in light and in dark (the learner's setting changed on the spot: the
          // theme follows it live). The states come from saved attempts (seed.ts), not from clicking
          // through 25 checks (the journeys above do the clicking): first every section reached and
          // nothing answered, then every section answered, each with a try left at its first check, no
          // tries left at its second, and the rest right, and its look-closer tasks done.
          const everyStep = (state: LessonState): LessonState => ({ ...state, furthest: lesson.sections.length });
          const answered = lesson.sections.flatMap((s) => s.checks.slice(2));
          const outOfTries = lesson.sections.map((s) => s.checks[1]!);
          const retry = lesson.sections.map((s) => s.checks[0]!);
          let after = everyStep(workedThrough(lesson, 0, () => true));
          for (const check of [...answered, ...outOfTries, ...retry]) {
            const tries = answered.includes(check) ? [responseFor(check, true)] : Array.from({ length: retry.includes(check) ? 1 : check.maxTries }, () => responseFor(check, false));
            for (const response of tries) after = reduce(lesson, after, { type: 'answer', checkId: check.id, response });
          }
          const j = await journey('2004', { colorScheme: 'light', storage: previewAttempt('2004', lesson, everyStep(workedThrough(lesson, 0, () => true))) });
          const f = () => j.frame();
          const found: Record<string, string[]> = {};
          const bodyColour = () => f().evaluate(() => getComputedStyle(document.body).backgroundColor);
          // Each state in both schemes, starting with the one the page is in (light, dark; then dark, light…):
          // one switch per state fewer, and each switch restyles the whole page.
          let scheme: 'light' | 'dark' = 'light';
          const check = async (name: string, frame?: () => ReturnType<typeof f>, exclude: readonly string[] = []) => {
            const other: 'light' | 'dark' = scheme === 'light' ? 'dark' : 'light';
            for (const colorScheme of [scheme, other]) {
              // The theme follows the learner's setting; contrast is judged once it has. Every rule in
              // the first scheme, the colour rules in the second (the rest cannot differ: COLOUR_RULES).
              const only = colorScheme === scheme ? 'all' : 'colour';
              scheme = colorScheme;
              await settleColorScheme(j.page, colorScheme, f, [previewPage]);
              found[`${colorScheme}: ${name}`] = await axeViolations((frame ?? f)(), exclude, 'html', only);
            }
          };
          const previewPage = () => j.page.mainFrame();
          // A step from the step list (Journey.stepNav unfolds it where the preview's frame is narrow).
          const open = async (title: string) => {
            await (await j.stepNav()).getByRole('button', { name: new RegExp(escapeRegExp(title)) }).click();
            await f().getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
          };
          expect(await bodyColour()).toBe(LESSON_BODY.light);

          await check('preview LMS page at launch', previewPage, ['#sco']);
          expect(await j.heading()).toBe(section(0).title);
          await f().getByText(/^Welcome back\./).waitFor();
          for (const [index, s] of lesson.sections.entries()) {
            if (index > 0) await open(s.title);
            await check(`${s.id}: checks before answering${index === 0 ? ', welcome back' : ''}`);
            if (index === 0) {
              await f().getByRole('button', { name: 'Glossary', exact: true }).click();
              await f().getByRole('dialog').getByRole('heading', { name: 'Glossary' }).waitFor();
              await check('glossary open');
              await j.page.keyboard.press('Escape');
              await f().getByRole('dialog').waitFor({ state: 'detached' });
            }
          }

          // Every feedback state on screen at once: a try left, no tries left, right.
          await j.context.addInitScript(([key, value]) => localStorage.setItem(key, value), Object.entries(previewAttempt('2004', lesson, after))[0]!);
          await j.page.reload();
          await j.ready();
          for (const [index, s] of lesson.sections.entries()) {
            if (index > 0) await open(s.title);
            expect(await feedbackText(f(), retry[index]!)).toMatch(/^Not quite/);
            expect(await feedbackText(f(), outOfTries[index]!)).toMatch(/^Not this time/);
            await lookCloserByPointer(f());
            await check(`${s.id}: checks after answering, look-closer tasks done`);
            await answerByPointer(f(), retry[index]!, responseFor(retry[index]!, true));
            await waitForTries(f(), retry[index]!, 2);
          }
          await open('Your results');
          await check('results');
          await f().getByRole('button', { name: 'Finish the lesson' }).click();
          await f().getByText('Your results have been sent.').waitFor();
          await check('results after finishing');
          await check('preview LMS page with a finished attempt', previewPage, ['#sco']);
          expect(Object.keys(found)).toHaveLength(2 * 15);
          expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0))).toEqual({});
          expectClean(j);
        },
        JOURNEY_MS,
      );

      it('a learner whose setting is dark from the start gets the dark theme at once; switched to light, nothing transitions', async () => {
        const j = await journey('2004', { colorScheme: 'dark' });
        expect(await j.frame().evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(LESSON_BODY.dark);
        expect(await axeViolations(j.frame())).toEqual([]);
        // With reduced motion (every journey asks for it) a change of scheme restyles the page at once,
        // with no CSS transition started: read in the same task as the new colours (base.css says why).
        await j.page.emulateMedia({ colorScheme: 'light' });
        const switched = await j.frame().evaluate(() => ({
          body: getComputedStyle(document.body).backgroundColor,
          transitions: document.getAnimations().filter((a) => a instanceof CSSTransition).length,
        }));
        expect(switched).toEqual({ body: LESSON_BODY.light, transitions: 0 });
        expectClean(j);
      });
    });
  }

  if (part === OTHERS) {
    describe('under the strict Content-Security-Policy', () => {
      /** Runs in the lesson: the computed look of its main parts. */
      const look = () => {
        const style = (el: Element | null | undefined) => {
          const cs = el ? getComputedStyle(el) : null;
          return cs
            ? [cs.backgroundColor, cs.color, cs.fontFamily, cs.fontSize, cs.fontWeight, cs.borderRadius, cs.padding, cs.borderLeftWidth, cs.display, cs.position].join(' | ')
            : 'missing';
        };
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Check answer');
        return {
          body: style(document.body),
          header: style(document.querySelector('header')),
          h1: style(document.querySelector('h1')),
          steps: style(document.querySelector('nav[aria-label="Lesson steps"] button')),
          check: style(document.querySelector('[data-check-id]')),
          radio: style(document.querySelector('[data-check-id] label')),
          button: style(button),
          select: style(document.querySelector('[data-check-id] select')),
        };
      };

      it(
        'serves the policy, and the lesson keeps its look: the same computed styles as without the policy',
        async () => {
          for (const path of ['/sco/scorm2004/index.html', '/sco/scorm12/index.html', '/']) {
            const response = await fetch(`${served.origin}${path}`);
            expect(response.headers.get('content-security-policy'), path).toBe(STRICT_CSP);
          }
          const j = await journey('2004');
          // Once the lesson has settled (its theme follows media queries answered after the first render).
          await settleColorScheme(j.page, 'light', () => j.frame());
          const strict = await j.frame().evaluate(look);
          // MUI's styles are there, not only the text: the theme's colours, radius and fonts.
          expect(strict.header.split(' | ')[0]).toBe('rgb(26, 79, 139)');
          expect(strict.button.split(' | ').slice(0, 2)).toEqual(['rgb(26, 79, 139)', 'rgb(255, 255, 255)']);
          expect(strict.button.split(' | ')[5]).toBe('8px');
          expect(strict.body.split(' | ')[2]).toMatch(/^system-ui, -apple-system, "Segoe UI", Roboto/);
          expect(strict.h1.split(' | ').slice(3, 5)).toEqual(['32px', '700']);
          expect(strict.check.split(' | ')[7]).toBe('6px');
          expectClean(j);

          const open = await serve(built, { lessonCsp: null, previewCsp: null });
          try {
            const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
            await context.addInitScript('globalThis.__name ??= (f) => f;');
            const page = await context.newPage();
            await page.goto(`${open.origin}/?standard=2004`);
            const frame = await (await page.waitForSelector('#sco')).contentFrame();
            await frame?.getByRole('heading', { level: 1 }).waitFor();
            // The same screen as the journey's: past the start screen, on the first section.
            await frame?.getByRole('button', { name: 'Start the lesson', exact: true }).click();
            await frame?.locator('#lesson-main h1:not(#start-heading)').waitFor();
            // Once the lesson has settled (its theme follows media queries answered after the first render).
            await expect.poll(() => frame?.evaluate(look), { timeout: 10_000 }).toEqual(strict);
            await context.close();
          } finally {
            await open.close();
          }
        },
        JOURNEY_MS,
      );

      it(
        'is really enforced: an inline script or style attribute added to the lesson is refused',
        async () => {
          const j = await journey('2004');
          const refused = await j.frame().evaluate(async () => {
            const seen: string[] = [];
            document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
            const script = document.createElement('script');
            script.textContent = 'window.__inlineRan = true;';
            document.head.append(script);
            document.body.setAttribute('style', 'background: red');
            await new Promise((resolve) => setTimeout(resolve, 200));
            return { seen, ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, background: getComputedStyle(document.body).backgroundColor };
          });
          expect(refused).toEqual({ seen: ['script-src-elem', 'style-src-attr'], ran: false, background: 'rgb(247, 247, 244)' });
          // Exactly these two, reported by the browser; nothing else went wrong.
          expect(j.problems.consoleErrors).toHaveLength(2);
          expect(j.problems.offOrigin).toEqual([]);
          expect(j.problems.pageErrors).toEqual([]);
        },
        JOURNEY_MS,
      );
    });
  }

  /** One interaction per try, in order, each with its result. */
  function expectInteractions(cmi: CmiJson | null, ids: readonly string[], standard: Standard): void {
    const held = interactions(cmi);
    expect(held.map((i) => read(i, 'id'))).toEqual(ids);
    for (const i of held) {
      expect(read(i, 'result')).toMatch(standard === '1.2' ? /^(correct|wrong)$/ : /^(correct|incorrect)$/);
      expect(read(i, standard === '1.2' ? 'student_response' : 'learner_response')).not.toBe('');
    }
  }

  /** An objective per section, with the section's id and its status. */
  function expectSectionObjectives(cmi: CmiJson | null, standard: Standard, status: 'passed' | 'failed' | null): void {
    const held = objectives(cmi);
    for (const s of lesson.sections) {
      const objective = held.find((o) => read(o, 'id') === s.id);
      expect(objective, `objective ${s.id}`).toBeDefined();
      if (status === null) continue;
      if (standard === '2004') {
        expect(read(objective!, 'completion_status')).toBe('completed');
        expect(read(objective!, 'success_status')).toBe(status);
      } else {
        expect(read(objective!, 'status')).toBe(status);
      }
    }
  }
});
}
