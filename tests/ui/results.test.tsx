import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Check, Lesson } from '../../src/content/model';
import { encodeState, initialState, reduce } from '../../src/lesson';
import { rightAnswer, wrongAnswer } from '../../src/testing';
import { answerCheck, checkRegion, workThrough } from './learner';
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
    // Nothing missed: no list of missed questions, no practice; the full review is folded away.
    expect(screen.queryByRole('heading', { name: /you missed/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Practise the ones you missed' })).not.toBeInTheDocument();
    expect(screen.queryByText(checks.capital.prompt)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Show the full review/ }));
    expect(screen.getByRole('button', { name: 'Hide the full review' })).toHaveAttribute('aria-expanded', 'true');
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
    // Right on the true/false only: 1 of 5 = 20%. Resumed at the results (the walk there is the test above's).
    const rec = recordingTracker({ savedState: finishedAt((c) => c.id === checks.alliance.id), bookmark: 'results' });
    const { user } = await renderLesson(lesson, rec.tracker);
    await screen.findByRole('heading', { level: 1, name: 'Your results' });
    expect(screen.getByText(/Not passed\. You scored 20% \(pass mark 80%\)\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Show the full review/ }));
    const review = screen.getByRole('region', { name: 'Full review' });
    const item = within(review).getByText(/Which city was the Soviet capital\?/).closest('li') as HTMLElement;
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
    // The report is written after the paint: wait for the one that counts the check as finished.
    await waitFor(() => expect(rec.lastReport()?.score.finishedChecks).toBe(1));
    expect(rec.lastReport()?.score.correctChecks).toBe(0);
  });
});

/** The fixture lesson as the loader gives it: each heading has an anchor, each check the passage it tests. */
function withPassages(base: Lesson): Lesson {
  return {
    ...base,
    sections: base.sections.map((s) => {
      const anchor = `${s.id}--reading`;
      const heading = `Reading for ${s.title}`;
      return {
        ...s,
        body: s.body.map((b) => (b.t === 'h' ? { ...b, anchor } : b)),
        checks: s.checks.map((c) => ({ ...c, passage: { heading, anchor } })),
      };
    }),
  };
}

describe('after the results: the next step, rereading and the fold', () => {
  const taught = withPassages(lesson);
  /** Right on the true/false only: 1 of 5 = 20%, a fail. */
  const failed = () => {
    let state = initialState(taught, 1);
    for (const check of taught.sections.flatMap((s) => s.checks)) {
      const tries = check.id === checks.alliance.id ? [rightAnswer(check)] : Array.from({ length: check.maxTries }, () => wrongAnswer(check));
      for (const response of tries) state = reduce(taught, state, { type: 'answer', checkId: check.id, response });
    }
    for (let step = 1; step <= taught.sections.length; step++) state = reduce(taught, state, { type: 'go', step });
    return encodeState(taught, state);
  };

  it('a fail shows a bar per section in words, the weakest sections with their passages, and the missed questions', async () => {
    await renderLesson(taught, recordingTracker({ savedState: failed(), bookmark: 'results' }).tracker);
    await screen.findByRole('heading', { level: 1, name: 'Your results' });
    expect(within(screen.getByRole('table')).getByRole('row', { name: /Beginnings 1 of 2 50% Done/ })).toBeInTheDocument();
    const next = screen.getByRole('region', { name: 'Your next step' });
    // Weakest first: The treaty and Afterwards (0%) before Beginnings (50%).
    expect(within(next).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'The treaty: 0 of 2 right. Reread: Reading for The treaty',
      'Afterwards: 0 of 1 right. Reread: Reading for Afterwards',
      'Beginnings: 1 of 2 right. Reread: Reading for Beginnings',
    ]);
    const missed = screen.getByRole('region', { name: 'The 4 questions you missed' });
    expect(within(missed).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `${checks.capital.prompt} (Beginnings) Reread: Reading for Beginnings`,
      `${checks.signers.prompt} (The treaty) Reread: Reading for The treaty`,
      `${checks.order.prompt} (The treaty) Reread: Reading for The treaty`,
      `${checks.match.prompt} (Afterwards) Reread: Reading for Afterwards`,
    ]);
    // The answers themselves are in the folded review, not on the summary.
    expect(screen.queryByText(/Your answer, try 1/)).not.toBeInTheDocument();
  });

  it('a pass with a question missed names no next step but lists the missed one', async () => {
    let state = initialState(taught, 1);
    for (const check of taught.sections.flatMap((s) => s.checks)) {
      const tries = check.id === checks.match.id ? [wrongAnswer(check), wrongAnswer(check)] : [rightAnswer(check)];
      for (const response of tries) state = reduce(taught, state, { type: 'answer', checkId: check.id, response });
    }
    for (let step = 1; step <= taught.sections.length; step++) state = reduce(taught, state, { type: 'go', step });
    await renderLesson(taught, recordingTracker({ savedState: encodeState(taught, state), bookmark: 'results', passingScore: 80 }).tracker);
    await screen.findByText(/Passed\. You scored 80%/);
    expect(screen.queryByRole('region', { name: 'Your next step' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'The question you missed' })).toHaveTextContent(checks.match.prompt);
  });

  it('"Reread" on the results page opens the section with the focus on the passage', async () => {
    const { user } = await renderLesson(taught, recordingTracker({ savedState: failed(), bookmark: 'results' }).tracker);
    await screen.findByRole('heading', { level: 1, name: 'Your results' });
    const missed = screen.getByRole('region', { name: 'The 4 questions you missed' });
    await user.click(within(missed).getAllByRole('link', { name: 'Reread: Reading for The treaty' })[0]!);
    expect(await screen.findByRole('heading', { level: 1, name: 'The treaty' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Reading for The treaty' })).toHaveFocus();
  });

  it('after the last try, the check\'s feedback offers "Reread" to its passage, which takes the focus', async () => {
    const { user } = await renderLesson(taught, recordingTracker().tracker);
    await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
    await answerCheck(user, checks.capital, false);
    // While tries remain, the learner tries again first.
    expect(within(checkRegion(checks.capital)).queryByRole('link', { name: /^Reread/ })).not.toBeInTheDocument();
    await answerCheck(user, checks.capital, false);
    await user.click(within(checkRegion(checks.capital)).getByRole('link', { name: 'Reread: Reading for Beginnings' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Reading for Beginnings' })).toHaveFocus();
  });

  it('"Print the full review" unfolds it before printing; "Print or save these results" prints the summary alone', async () => {
    const printed: boolean[] = [];
    vi.spyOn(window, 'print').mockImplementation(() => void printed.push(screen.queryAllByText(/Your answer, try 1/).length > 0));
    const { user } = await renderLesson(taught, recordingTracker({ savedState: failed(), bookmark: 'results' }).tracker);
    await screen.findByRole('heading', { level: 1, name: 'Your results' });
    await user.click(screen.getByRole('button', { name: 'Print or save these results' }));
    await user.click(screen.getByRole('button', { name: 'Print the full review' }));
    expect(printed).toEqual([false, true]);
    expect(screen.getByRole('button', { name: 'Hide the full review' })).toHaveAttribute('aria-expanded', 'true');
    vi.restoreAllMocks();
  });
});
