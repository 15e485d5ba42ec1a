/**
 * The practice round under the real app and the real tracker, with scorm-again playing an LMS of each SCORM version: the
 * learner resumes a failed attempt at the results, practises the missed checks and sees how they did;
 * the LMS's score, status, interactions and saved state stay exactly as they were.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LessonApp } from '../../src/app/LessonApp';
import { decodeState, encodeState, initialState, reduce } from '../../src/lesson';
import { createTracker } from '../../src/tracking';
import { rightAnswer, wrongAnswer } from '../../src/testing';
import { answerCheck, checkRegion } from '../ui/learner';
import { checks, makeLesson } from '../ui/fixtures';
import { cleanupFrames, held, lms12, lms2004, written, LMS_12_DEFAULTS, LMS_2004_DEFAULTS } from '../tracking/lms';

afterEach(() => {
  cleanupFrames();
  vi.restoreAllMocks();
});

const lesson = makeLesson();

/** Right on the true/false only (1 of 5, 20%): the other four missed, every try wrong. */
function failedAttempt(): string {
  let state = initialState(lesson, 1);
  for (const check of lesson.sections.flatMap((s) => s.checks)) {
    const tries = check.id === checks.alliance.id ? [rightAnswer(check)] : Array.from({ length: check.maxTries }, () => wrongAnswer(check));
    for (const response of tries) state = reduce(lesson, state, { type: 'answer', checkId: check.id, response });
  }
  for (let step = 1; step <= lesson.sections.length; step++) state = reduce(lesson, state, { type: 'go', step });
  return encodeState(lesson, state);
}

/** What a gradebook shows, and what the next launch resumes from, in each version's own elements. */
const gradebook2004 = (cmi: ReturnType<typeof held>) => ({
  score: cmi.score,
  success: cmi.success_status,
  completion: cmi.completion_status,
  interactions: cmi.interactions?.childArray?.length ?? Object.keys(cmi.interactions ?? {}).length,
  suspendData: cmi.suspend_data,
  location: cmi.location,
});
const gradebook12 = (cmi: ReturnType<typeof held>) => ({
  score: cmi.core.score,
  status: cmi.core.lesson_status,
  interactions: cmi.interactions?.childArray?.length ?? Object.keys(cmi.interactions ?? {}).length,
  suspendData: cmi.suspend_data,
  location: cmi.core.lesson_location,
});

/** A failed attempt resumed at the results, in each SCORM version (scorm-again plays the LMS). */
const versions = [
  {
    standard: '2004' as const,
    launch: () => lms2004({ ...LMS_2004_DEFAULTS, entry: 'resume', location: 'results', suspend_data: failedAttempt() }),
    gradebook: gradebook2004,
  },
  {
    standard: '1.2' as const,
    launch: () => lms12({ ...LMS_12_DEFAULTS, core: { ...LMS_12_DEFAULTS.core, entry: 'resume', lesson_location: 'results' }, suspend_data: failedAttempt() }),
    gradebook: gradebook12,
  },
];

describe.each(versions)('the practice round, unscored, with scorm-again as a SCORM $standard LMS', ({ standard, launch, gradebook }) => {
  it('asks the missed checks again, shows the improvement, and changes nothing the LMS holds', async () => {
    const { api, calls, win } = launch();
    const tracker = createTracker({ standard, lessonId: lesson.id, win, coalesceMs: 10 });
    const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
    render(<LessonApp lesson={lesson} tracker={tracker} random={() => 0.42} />);
    await screen.findByText(/Not passed\. You scored 20%/);
    // Whatever the resumed launch reports, let it reach the LMS first: the baseline is what it holds then.
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 100)));
    const before = gradebook(held(api));
    expect(Number(before.score.raw)).toBe(20);
    expect(before.suspendData).not.toBe('');
    const callsBefore = calls.length;

    await user.click(screen.getByRole('button', { name: 'Practise the ones you missed' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Practice round' })).toHaveFocus();
    expect(screen.getByText(/Not scored: nothing here is recorded, and your score stays 20%/)).toBeInTheDocument();
    const asked = [checks.capital, checks.signers, checks.order, checks.match];
    for (const check of asked) expect(checkRegion(check)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: new RegExp(checks.alliance.prompt) })).not.toBeInTheDocument();

    // Three right at once; the matching one wrong on both tries, which offers the passage to reread.
    for (const check of asked.slice(0, 3)) await answerCheck(user, check, true);
    await answerCheck(user, checks.match, false);
    expect(within(checkRegion(checks.match)).getByRole('status')).toHaveTextContent(/^Not quite/);
    await answerCheck(user, checks.match, false);
    expect(within(checkRegion(checks.match)).getByRole('status')).toHaveTextContent(/^Not this time/);
    expect(within(checkRegion(checks.match)).getByRole('link', { name: /^Reread: / })).toBeInTheDocument();
    expect(screen.getByText('This time: 3 of 4 right; first time: 0 of 4.')).toBeInTheDocument();

    // Practice answers reach nothing the LMS holds.
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 100)));
    expect(gradebook(held(api))).toEqual(before);
    const since = [...written(calls.slice(callsBefore)).keys()];
    expect(since.filter((element) => /score|status|interactions|suspend_data|objectives/.test(element))).toEqual([]);

    // The learner follows the link to reread, then comes back to the results: the round is still there.
    // (Going to a section is a move the lesson saves, as any other: location and time on task, not the score.)
    const sectionOfMatch = lesson.sections.find((s) => s.checks.some((c) => c.id === checks.match.id))!;
    await user.click(within(checkRegion(checks.match)).getByRole('link', { name: /^Reread: / }));
    await screen.findByRole('heading', { level: 1, name: sectionOfMatch.title });
    await user.click(within(screen.getByRole('navigation', { name: 'Lesson steps' })).getByRole('button', { name: /Your results/ }));
    await screen.findByRole('heading', { level: 1, name: 'Your results' });
    expect(screen.getByText('Practice round: This time: 3 of 4 right; first time: 0 of 4.')).toBeInTheDocument();

    // A finished round: the button starts a new one; back from it untouched, focus returns to the button,
    // which now offers to carry on.
    await user.click(screen.getByRole('button', { name: 'Practise the ones you missed' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Practice round' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Back to your results' }));
    expect(screen.getByRole('button', { name: 'Carry on practising' })).toHaveFocus();
    // The lesson's own score is unchanged on screen and in the LMS.
    expect(screen.getByText(/Not passed\. You scored 20%/)).toBeInTheDocument();
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 100)));
    const after = gradebook(held(api));
    expect({ ...after, suspendData: undefined, location: undefined }).toEqual({ ...before, suspendData: undefined, location: undefined });
    expect(decodeState(lesson, after.suspendData, 0).state.checks).toEqual(decodeState(lesson, before.suspendData, 0).state.checks);
    tracker.finish();
  });
});
