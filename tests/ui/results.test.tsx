import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/content/model';
import { encodeState, initialState, reduce } from '../../src/lesson';
import { rightAnswer, wrongAnswer } from '../../src/testing';
import { workThrough } from './learner';
import { checks, makeLesson, recordingTracker, renderLesson } from './fixtures';

const lesson = makeLesson();
const sections = lesson.sections.map((s) => ({ title: s.title, checks: s.checks }));

/** The saved state of a learner who answered every check (right where `right` says, else wrong on every try) and reached the results. */
function finishedAt(right: (check: Check) => boolean): string {
  let state = initialState(lesson, 1);
  for (const check of lesson.sections.flatMap((s) => s.checks)) {
    const tries = right(check) ? [rightAnswer(check)] : Array.from({ length: check.maxTries }, () => wrongAnswer(check));
    for (const response of tries) state = reduce(lesson, state, { type: 'answer', checkId: check.id, response });
  }
  for (let step = 1; step <= lesson.sections.length; step++) state = reduce(lesson, state, { type: 'go', step });
  return encodeState(lesson, state);
}

describe('the results step', () => {
  it('a learner who answers everything right passes, sees every question and can finish once', async () => {
    const rec = recordingTracker();
    const { user } = await renderLesson(lesson, rec.tracker);
    await workThrough(user, sections, () => true);
    expect(screen.getByRole('heading', { level: 1, name: 'Your results' })).toHaveFocus();
    expect(screen.getByText(/Passed\. You scored 100% \(pass mark 80%\)\./)).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('row', { name: /Beginnings 2 of 2 100% Done/ })).toBeInTheDocument();
    for (const check of Object.values(checks) as Check[]) {
      expect(screen.getByText(new RegExp(check.prompt.replace(/[.?]/g, '\\$&')))).toBeInTheDocument();
    }
    expect(rec.lastReport()?.score).toMatchObject({ complete: true, passed: true, percent: 100 });

    await user.click(screen.getByRole('button', { name: 'Finish the lesson' }));
    expect(screen.getByText('Your results have been sent. You can close this window.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Finish the lesson' })).not.toBeInTheDocument();
    expect(rec.finishedCount()).toBe(1);
  });

  it('a learner below the pass mark fails, with each answer, the right answer and why', async () => {
    const rec = recordingTracker();
    const { user } = await renderLesson(lesson, rec.tracker);
    // Right on the true/false only: 1 of 5 = 20%.
    await workThrough(user, sections, (c) => c.id === checks.alliance.id);
    expect(screen.getByText(/Not passed\. You scored 20% \(pass mark 80%\)\./)).toBeInTheDocument();
    const item = screen.getByText(/Which city was the Soviet capital\?/).closest('li') as HTMLElement;
    expect(item).toHaveTextContent('Incorrect');
    expect(item).toHaveTextContent('Your answer, try 1 (wrong):');
    expect(item).toHaveTextContent('Correct answer: Moscow');
    expect(item).toHaveTextContent('Why: Because the pact was signed in Moscow.');
    expect(rec.lastReport()?.score).toMatchObject({ complete: true, passed: false, percent: 20 });
  });

  it('names the learner ("Last, First" from the LMS, shown "First Last") and the date in British English', async () => {
    // Resumed at the results (the walk there is the tests above'): only the page itself is under test.
    const rec = recordingTracker({ learnerName: 'Tanaka, Aiko', savedState: finishedAt(() => true), bookmark: 'results' });
    await renderLesson(lesson, rec.tracker);
    await screen.findByRole('heading', { level: 1, name: 'Your results' });
    const line = screen.getByText(/^Aiko Tanaka · A mini lesson · version 1\.0\.0 · /);
    // Day, month, year: the lesson is written in British English ("en").
    expect(line).toHaveTextContent(new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
    expect(line.textContent).toMatch(/ · \d{1,2} [A-Z][a-z]+ \d{4} · /);
  });

  it('the LMS passing score overrides the lesson default', async () => {
    const saved = finishedAt((c) => c.id === checks.alliance.id);
    const rec = recordingTracker({ passingScore: 20, savedState: saved, bookmark: 'results' });
    await renderLesson(lesson, rec.tracker);
    await screen.findByRole('heading', { level: 1, name: 'Your results' });
    expect(screen.getByText(/Passed\. You scored 20% \(pass mark 20%\)\./)).toBeInTheDocument();
  });

  it('first-try scoring counts a right second try as not correct', async () => {
    const firstTry = makeLesson({ scoring: 'first-try' });
    const rec = recordingTracker();
    const { user } = await renderLesson(firstTry, rec.tracker);
    const { answerCheck } = await import('./learner');
    await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
    await answerCheck(user, checks.capital, false);
    await answerCheck(user, checks.capital, true);
    expect(rec.lastReport()?.score.correctChecks).toBe(0);
  });
});
