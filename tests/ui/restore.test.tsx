import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answerCheck, checkRegion } from './learner';
import { checks, makeLesson, recordingTracker, renderLesson } from './fixtures';

const radioOrder = (region: HTMLElement) => within(region).getAllByRole('radio').map((r) => r.closest('label')?.textContent);

describe('leaving and coming back', () => {
  it('restoring the saved state shows the same screen: step, answers, feedback, score and option order', async () => {
    const lesson = makeLesson({ gating: false });
    const first = recordingTracker();
    const one = await renderLesson(lesson, first.tracker, () => 0.11);
    await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
    const orderBefore = radioOrder(checkRegion(checks.capital));
    await answerCheck(one.user, checks.capital, false);
    await answerCheck(one.user, checks.alliance, true);
    await one.user.click(screen.getByRole('button', { name: 'Next: The treaty' }));
    await screen.findByRole('heading', { level: 1, name: 'The treaty' });
    const itemsBefore = within(checkRegion(checks.order)).getAllByRole('listitem').map((li) => li.textContent);
    const progressBefore = screen.getByText(/checks answered/).textContent;
    // The report is written after the paint (saving is kept off the click path): wait for it.
    await waitFor(() => expect(first.lastReport()?.bookmark).toBe('two'));
    const saved = first.lastReport();
    one.unmount();

    // A new launch with a different random source: the saved seed must win.
    const second = recordingTracker({ savedState: saved?.state ?? null, bookmark: saved?.bookmark ?? null });
    const two = await renderLesson(lesson, second.tracker, () => 0.99);
    expect(await screen.findByRole('heading', { level: 1, name: 'The treaty' })).toBeInTheDocument();
    expect(within(checkRegion(checks.order)).getAllByRole('listitem').map((li) => li.textContent)).toEqual(itemsBefore);
    expect(screen.getByText(/checks answered/).textContent).toBe(progressBefore);

    await two.user.click(screen.getByRole('button', { name: 'Previous: Beginnings' }));
    await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
    const capital = checkRegion(checks.capital);
    expect(radioOrder(capital)).toEqual(orderBefore);
    expect(within(capital).getByRole('status')).toHaveTextContent('Not quite. You have 1 try left.');
    expect(within(capital).getByRole('radio', { name: 'Tokyo' })).toBeChecked();
    expect(within(checkRegion(checks.alliance)).getByRole('status')).toHaveTextContent('Correct.');
    expect(screen.queryByText(/could not/)).not.toBeInTheDocument();
  });

  it('a damaged saved state starts the lesson safely from the beginning and says so', async () => {
    const rec = recordingTracker({ savedState: '%%%not a lesson state%%%', bookmark: 'three' });
    await renderLesson(makeLesson(), rec.tracker);
    expect(await screen.findByRole('heading', { level: 1, name: 'Beginnings' })).toBeInTheDocument();
    expect(screen.getByText(/Your saved progress could not be read/)).toBeInTheDocument();
    expect(screen.getByText(/0 of 5 checks answered/)).toBeInTheDocument();
  });

  it('a state saved before the content changed keeps every answer whose check still exists', async () => {
    const lesson = makeLesson({ gating: false });
    const first = recordingTracker();
    const one = await renderLesson(lesson, first.tracker);
    await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
    await answerCheck(one.user, checks.capital, true);
    await answerCheck(one.user, checks.alliance, true);
    // The report is written after the paint (saving is kept off the click path): wait for both answers.
    await waitFor(() => expect(first.lastReport()?.score.correctChecks).toBe(2));
    const saved = first.lastReport()?.state ?? null;
    one.unmount();

    // Version 1.1.0 drops the true/false check.
    const s0 = lesson.sections[0]!;
    const changed = {
      ...lesson,
      version: '1.1.0',
      sections: [{ ...s0, checks: [checks.capital], body: s0.body.filter((b) => !(b.t === 'check' && b.id === checks.alliance.id)) }, ...lesson.sections.slice(1)],
    };
    await renderLesson(changed, recordingTracker({ savedState: saved }).tracker);
    await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
    expect(within(checkRegion(checks.capital)).getByRole('status')).toHaveTextContent('Correct.');
    expect(screen.getByText(/1 of 4 checks answered/)).toBeInTheDocument();
  });

  it('review mode shows every answer and lets nothing be answered', async () => {
    const rec = recordingTracker({ mode: 'review' });
    const { user } = await renderLesson(makeLesson(), rec.tracker);
    await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
    expect(screen.getByText(/Review mode/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Check answer' })).not.toBeInTheDocument();
    const capital = checkRegion(checks.capital);
    expect(within(capital).getByRole('status')).toHaveTextContent('Not answered');
    expect(within(capital).getByRole('status')).toHaveTextContent('Correct answer: Moscow');
    // Every step is open in review.
    await user.click(within(screen.getByRole('navigation', { name: 'Lesson steps' })).getByRole('button', { name: /Afterwards/ }));
    await screen.findByRole('heading', { level: 1, name: 'Afterwards' });
    expect(rec.answers).toHaveLength(0);
  });
});
