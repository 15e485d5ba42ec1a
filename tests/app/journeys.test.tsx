/**
 * Whole journeys: the real app, a learner driving it by role and name, and a real scorm-again API on
 * the parent window playing the LMS. What the LMS holds at the end is what a teacher's gradebook
 * would show. The real lesson's full journey runs once per version (2004: a full pass; 1.2: leave
 * half-way, relaunch, finish); the small fixture lesson covers the fail in both.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel, type UserEvent } from '@testing-library/user-event';
import realLesson from 'virtual:lesson';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LessonApp } from '../../src/app/LessonApp';
import type { Check, Lesson } from '../../src/content/model';
import { createTracker } from '../../src/tracking';
import { correctPattern, interactionType } from '../../src/tracking/formats';
import { enterLesson, makeLesson } from '../ui/fixtures';
import { answerCheck, checkRegion, findHeading, nextButton } from '../ui/learner';
import { type Call, cleanupFrames, countOf, failures, held, lms12, lms2004 } from '../tracking/lms';

afterEach(() => {
  cleanupFrames();
  vi.restoreAllMocks();
});

type Standard = '1.2' | '2004';
const COALESCE_MS = 20;
const allChecks = realLesson.sections.flatMap((s) => s.checks);

/**
 * A learner is far slower than the coalescing window, so each of their actions gets its own commit
 * burst, as with the default 300 ms window and a real learner. (Inside act: the page may re-render.)
 */
const pace = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, COALESCE_MS + 15)));

async function launch(standard: Standard, data?: Record<string, unknown>, random = () => 0.42, lesson: Lesson = realLesson) {
  const lms = standard === '2004' ? lms2004(data) : lms12(data);
  const tracker = createTracker({ standard, lessonId: lesson.id, win: lms.win, coalesceMs: COALESCE_MS });
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const view = render(<LessonApp lesson={lesson} tracker={tracker} random={random} />);
  await enterLesson(user);
  return { ...lms, tracker, user, view };
}

async function answer(user: UserEvent, check: Check, right: boolean): Promise<number> {
  if (right) {
    await answerCheck(user, check, true);
    await pace();
    return 1;
  }
  for (let i = 0; i < check.maxTries; i += 1) {
    await answerCheck(user, check, false);
    await pace();
  }
  return check.maxTries;
}

async function next(user: UserEvent): Promise<void> {
  await user.click(nextButton());
  await pace();
}

/** Works through the whole lesson and presses Finish. Returns how many tries were submitted. */
async function workThrough(user: UserEvent, right: (check: Check) => boolean, lesson: Lesson = realLesson): Promise<number> {
  let tries = 0;
  for (const section of lesson.sections) {
    await findHeading(section.title);
    for (const check of section.checks) tries += await answer(user, check, right(check));
    await next(user);
  }
  await findHeading('Your results');
  await user.click(screen.getByRole('button', { name: 'Finish the lesson' }));
  await screen.findByText(/Your results have been sent/);
  return tries;
}

function counts(calls: readonly Call[]) {
  return {
    Commit: countOf(calls, 'Commit', 'LMSCommit'),
    SetValue: countOf(calls, 'SetValue', 'LMSSetValue'),
    GetValue: countOf(calls, 'GetValue', 'LMSGetValue'),
    Terminate: countOf(calls, 'Terminate', 'LMSFinish'),
  };
}

/** The interactions the LMS holds, as [id, type, learner response, pattern, result]. */
function interactions(cmi: any, standard: Standard): string[][] {
  return Object.values(cmi.interactions).map((i: any) => [
    i.id,
    i.type,
    standard === '2004' ? i.learner_response : i.student_response,
    i.correct_responses[0]?.pattern,
    i.result,
  ]);
}


describe('the real lesson, a full pass (SCORM 2004)', () => {
  // Once, in 2004; the 1.2 journey below runs the real lesson to its end too.
  const standard: Standard = '2004';
  it('a full pass: the gradebook shows passed, 100, every section and every answer', { timeout: 300_000 }, async () => {
    const lms = await launch(standard);
    const tries = await workThrough(lms.user, () => true);
    expect(tries).toBe(allChecks.length);
    expect(failures(lms.calls)).toEqual([]);
    const cmi = held(lms.api);
    const measured = counts(lms.calls);
    console.log(`SCORM ${standard} full pass (${allChecks.length} checks, ${tries} tries, ${realLesson.sections.length} sections):`, measured);
    expect(measured.Terminate).toBe(1);

    expect(cmi).toMatchObject({ completion_status: 'completed', success_status: 'passed', progress_measure: '1' });
    expect(cmi.score).toEqual({ raw: '100', min: '0', max: '100', scaled: '1' });
    expect(cmi.exit).toBe('normal');
    const objectives = Object.values(cmi.objectives).slice(1) as any[];
    expect(objectives.map((o) => [o.id, o.completion_status, o.success_status])).toEqual(
      realLesson.sections.map((s) => [s.id, 'completed', 'passed']),
    );
    // Every check once, right first time: its response is its own correct pattern.
    expect(interactions(cmi, standard)).toEqual(
      allChecks.map((c) => [`${c.id}__t1`, interactionType(c), correctPattern(c, standard), correctPattern(c, standard), 'correct']),
    );
    console.log(`SCORM ${standard} suspend_data after a full pass: ${cmi.suspend_data.length} characters`);
  });
});

const fixture = makeLesson();
const fixtureChecks = fixture.sections.flatMap((s) => s.checks);
const wrongEveryOtherFixture = (check: Check) => fixtureChecks.indexOf(check) % 2 === 1;

describe.each(['2004', '1.2'] as const)('a small lesson in SCORM %s', (standard) => {
  it('a full fail: failed with its score, every wrong try recorded', { timeout: 300_000 }, async () => {
    const lms = await launch(standard, undefined, () => 0.42, fixture);
    const tries = await workThrough(lms.user, wrongEveryOtherFixture, fixture);
    expect(failures(lms.calls)).toEqual([]);
    const cmi = held(lms.api);
    const right = fixtureChecks.filter(wrongEveryOtherFixture).length;
    const percent = String(Math.round((right / fixtureChecks.length) * 100));
    const measured = counts(lms.calls);
    console.log(`SCORM ${standard} full fail (${tries} tries):`, measured, `suspend_data ${cmi.suspend_data.length} characters`);
    if (standard === '2004') {
      expect(cmi).toMatchObject({ completion_status: 'completed', success_status: 'failed', score: { raw: percent } });
    } else {
      expect(cmi.core).toMatchObject({ lesson_status: 'failed', score: { raw: percent } });
    }
    const held_ = interactions(cmi, standard);
    expect(held_).toHaveLength(tries);
    const wrong = held_.filter((i) => i[4] !== 'correct');
    expect(wrong).toHaveLength(tries - right);
    expect(new Set(wrong.map((i) => i[4]))).toEqual(new Set([standard === '2004' ? 'incorrect' : 'wrong']));
    expect(wrong.every((i) => i[2] !== i[3])).toBe(true);
  });
});

describe('the real lesson, left and relaunched (SCORM 1.2)', () => {
  // Once, in 1.2: the app's side (state, seed, bookmark) is the same in both versions, and each
  // version's resume is tested at the tracker level (scorm2004/scorm12.test.ts).
  const standard: Standard = '1.2';
  it('leave mid-lesson and relaunch: same section, same answers, same score, same order', { timeout: 300_000 }, async () => {
    const first = await launch(standard);
    const [one, two] = realLesson.sections;
    await findHeading(one!.title);
    for (const [i, check] of one!.checks.entries()) await answer(first.user, check, i !== 0);
    await next(first.user);
    await findHeading(two!.title);
    const [answered, open] = two!.checks;
    await answerCheck(first.user, answered!, false); // one try left
    await pace();
    const statusBefore = within(checkRegion(answered!)).getByRole('status').textContent;
    // The region's text lists its options or items in the order shown (the per-learner shuffle).
    const answeredBefore = checkRegion(answered!).textContent;
    const openBefore = checkRegion(open!).textContent;
    const progressBefore = screen.getByText(/checks answered/).textContent;
    // The learner closes the tab.
    window.dispatchEvent(new Event('pagehide'));
    first.view.unmount();
    expect(failures(first.calls)).toEqual([]);
    expect(counts(first.calls).Terminate).toBe(1);
    const saved = held(first.api);
    // Moodle's rule: an unfinished learner leaves incomplete, with no score, and suspended.
    expect(saved.core).toMatchObject({ lesson_status: 'incomplete', exit: 'suspend', score: { raw: '' } });
    cleanupFrames();

    // The LMS relaunches with what it stored; the shuffle source differs, the saved seed must win.
    const stored = { ...saved, core: { ...saved.core, entry: 'resume', exit: undefined, session_time: undefined } };
    const second = await launch(standard, stored, () => 0.99);
    expect(await findHeading(two!.title)).toBeInTheDocument();
    expect(within(checkRegion(answered!)).getByRole('status').textContent).toBe(statusBefore);
    expect(checkRegion(answered!).textContent).toBe(answeredBefore);
    expect(checkRegion(open!).textContent).toBe(openBefore);
    expect(screen.getByText(/checks answered/).textContent).toBe(progressBefore);
    // And carries on: the rest of the lesson, to a pass recorded after the stored answers.
    await answerCheck(second.user, answered!, true);
    await pace();
    for (const check of two!.checks.slice(1)) await answer(second.user, check, true);
    await next(second.user);
    for (const section of realLesson.sections.slice(2)) {
      await findHeading(section.title);
      for (const check of section.checks) await answer(second.user, check, true);
      await next(second.user);
    }
    await second.user.click(await screen.findByRole('button', { name: 'Finish the lesson' }));
    expect(failures(second.calls)).toEqual([]);
    const done = held(second.api);
    // One check missed (the first), every other one right, across the two sessions.
    const percent = String(Math.round(((allChecks.length - 1) / allChecks.length) * 100));
    expect(done.core).toMatchObject({ lesson_status: 'passed', exit: '', lesson_location: 'results' });
    expect(done.core.score).toEqual({ raw: percent, min: '0', max: '100' });
    // Every section passed except, perhaps, the first, whose first check was missed.
    const [firstObjective, ...others] = Object.values(done.objectives) as any[];
    const firstPercent = Math.round(((one!.checks.length - 1) / one!.checks.length) * 100);
    expect(firstObjective).toMatchObject({ id: one!.id, status: firstPercent >= realLesson.settings.passingScore ? 'passed' : 'failed' });
    expect(others.map((o) => [o.id, o.status])).toEqual(realLesson.sections.slice(1).map((s) => [s.id, 'passed']));
    // Every try, in 1.2 format: id <check>__t<try>, the check's type and pattern, and the result the response earned.
    const held12 = interactions(done, standard);
    const ids = held12.map((i) => i[0]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [id, type, response, pattern, result] of held12) {
      const check = allChecks.find((c) => String(id).startsWith(`${c.id}__t`))!;
      expect(id).toMatch(new RegExp(`^${check.id}__t[12]$`));
      expect([type, pattern]).toEqual([interactionType(check), correctPattern(check, standard)]);
      expect(result).toBe(response === pattern ? 'correct' : 'wrong');
    }
    expect(held12.filter((i) => i[4] === 'correct')).toHaveLength(allChecks.length - 1);
  });
});
