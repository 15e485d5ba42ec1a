/**
 * Self-study (no LMS: scorm-again plays the LMS in the page and the browser keeps progress): the
 * lesson never claims results were "sent", and a shared classroom computer can start again, after
 * being asked. Inside an LMS, starting again is the LMS's business: no button.
 */
import { screen, waitFor, waitForElementToBeRemoved, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answerCheck, checkRegion, nextButton, workThrough } from './learner';
import { checks, enterLesson, makeLesson, recordingTracker, renderLesson } from './fixtures';

const lesson = makeLesson();
const sections = lesson.sections.map((s) => ({ title: s.title, checks: s.checks }));

describe('finishing without an LMS', () => {
  it('says where the results are kept, never that they were sent', async () => {
    const { user } = await renderLesson(lesson, recordingTracker({ store: 'browser' }).tracker);
    await workThrough(user, sections, () => true);
    await user.click(screen.getByRole('button', { name: 'Finish the lesson' }));
    expect(screen.getByText(/You have finished/)).toHaveTextContent('kept in this browser on this computer only');
    expect(document.body).not.toHaveTextContent(/have been sent/);
    // Finished on this page: the session is closed, so no new attempt is offered here.
    expect(screen.queryByRole('button', { name: 'Start again' })).not.toBeInTheDocument();
  });

  it('with storage blocked: kept only until the page closes', async () => {
    const { user } = await renderLesson(lesson, recordingTracker({ store: 'memory' }).tracker);
    await workThrough(user, sections, () => true);
    await user.click(screen.getByRole('button', { name: 'Finish the lesson' }));
    expect(screen.getByText(/You have finished/)).toHaveTextContent('kept only until you close this page');
  });
});

describe('start again (self-study, a shared computer)', () => {
  it('asks first; Cancel keeps everything, confirming clears every answer and returns to the start', async () => {
    const rec = recordingTracker({ store: 'browser' });
    const { user } = await renderLesson(makeLesson({ gating: false }), rec.tracker);
    await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
    await answerCheck(user, checks.capital, true);
    await user.click(nextButton(/^Next:/));
    await screen.findByRole('heading', { level: 1, name: 'The treaty' });
    expect(screen.getByText(/1 of 5 checks answered · 1 correct/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start again' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start the lesson again?' });
    expect(dialog).toHaveTextContent('Every answer kept on this computer will be cleared');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitForElementToBeRemoved(dialog);
    expect(screen.getByText(/1 of 5 checks answered · 1 correct/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'The treaty' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start again' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Clear my answers and start again' }));
    // The next learner starts where the first did: at the start screen.
    await enterLesson(user);
    await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
    expect(screen.getByText('Section 1 of 3 · 0 of 5 checks answered · 0 correct')).toBeInTheDocument();
    expect(within(checkRegion(checks.capital)).getByRole('button', { name: 'Check answer' })).toBeInTheDocument();
    // What the browser keeps is the fresh attempt.
    await waitFor(() => expect(rec.lastReport()?.score).toMatchObject({ finishedChecks: 0, correctChecks: 0 }));
    expect(rec.lastReport()?.bookmark).toBe('one');
  });

  it('is not offered inside an LMS', async () => {
    await renderLesson(makeLesson(), recordingTracker({ store: 'lms' }).tracker);
    await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
    expect(screen.queryByRole('button', { name: 'Start again' })).not.toBeInTheDocument();
  });
});
