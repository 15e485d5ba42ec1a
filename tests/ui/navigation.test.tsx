import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answerCheck, hasFocus, summaryDrawn } from './learner';
import { checks, makeLesson, recordingTracker, renderLesson } from './fixtures';

const stepList = () => within(screen.getByRole('navigation', { name: 'Lesson steps' }));

describe('moving through the lesson', () => {
  it('with the gate on, Next opens only once every check of the section is finished', async () => {
    const { user } = await renderLesson(makeLesson({ gating: true }), recordingTracker().tracker);
    await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
    const next = screen.getByRole('button', { name: /^Next: The treaty/ });
    expect(next).toHaveAttribute('aria-disabled', 'true');
    // Still focusable, and it says why it is locked.
    expect(next).toHaveAccessibleDescription('Answer this section’s checks to go on (2 of 2 still to do).');
    await user.click(next);
    expect(screen.getByRole('heading', { level: 1, name: 'Beginnings' })).toBeInTheDocument();
    expect(stepList().getByRole('button', { name: /The treaty/ })).toBeDisabled();
    expect(stepList().getByRole('button', { name: /The treaty/ })).toHaveTextContent('locked');

    // The way on follows each answer once its feedback is drawn (summaryDrawn).
    await answerCheck(user, checks.capital, true);
    await summaryDrawn();
    expect(next).toHaveAttribute('aria-disabled', 'true');
    expect(next).toHaveAccessibleDescription('Answer this section’s checks to go on (1 of 2 still to do).');
    await answerCheck(user, checks.alliance, false);
    await summaryDrawn();
    expect(next).toHaveAttribute('aria-disabled', 'true');
    await answerCheck(user, checks.alliance, false);
    await summaryDrawn();
    expect(next).toHaveAttribute('aria-disabled', 'false');
    expect(next).toHaveAccessibleName('Next: The treaty');
    await user.click(next);
    await hasFocus(screen.findByRole('heading', { level: 1, name: 'The treaty' }));
  });

  it('with the gate off, the learner may go on without answering', async () => {
    const { user } = await renderLesson(makeLesson({ gating: false }), recordingTracker().tracker);
    await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
    await user.click(screen.getByRole('button', { name: 'Next: The treaty' }));
    await user.click(screen.getByRole('button', { name: 'Next: Afterwards' }));
    await hasFocus(screen.findByRole('heading', { level: 1, name: 'Afterwards' }));
  });

  it('moves freely among steps already reached, from the step list and the Previous button', async () => {
    const { user } = await renderLesson(makeLesson({ gating: false }), recordingTracker().tracker);
    await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
    await user.click(screen.getByRole('button', { name: 'Next: The treaty' }));
    await user.click(screen.getByRole('button', { name: 'Next: Afterwards' }));
    await user.click(stepList().getByRole('button', { name: /Beginnings/ }));
    await hasFocus(screen.findByRole('heading', { level: 1, name: 'Beginnings' }));
    await user.click(stepList().getByRole('button', { name: /Afterwards/ }));
    await screen.findByRole('heading', { level: 1, name: 'Afterwards' });
    await user.click(screen.getByRole('button', { name: 'Previous: The treaty' }));
    await screen.findByRole('heading', { level: 1, name: 'The treaty' });
    expect(stepList().getByRole('button', { name: /The treaty/ })).toHaveAttribute('aria-current', 'step');
    // With the gate off, the step after the furthest reached one is open too; nothing beyond it.
    expect(stepList().getByRole('button', { name: /Your results/ })).toBeEnabled();
  });

  it('keeps progress in view: "n of N checks answered · n correct" and a bar per section', async () => {
    const { user } = await renderLesson(makeLesson({ gating: false }), recordingTracker().tracker);
    await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
    expect(screen.getByText('Section 1 of 3 · 0 of 5 checks answered · 0 correct')).toBeInTheDocument();
    await answerCheck(user, checks.capital, true);
    await summaryDrawn();
    expect(screen.getByText('Section 1 of 3 · 1 of 5 checks answered · 1 correct')).toBeInTheDocument();
    expect(screen.queryByText(/score so far/)).not.toBeInTheDocument();
    const bars = within(screen.getByRole('list', { name: 'Checks answered by section' })).getAllByRole('progressbar');
    expect(bars.map((b) => [b.getAttribute('aria-label'), b.getAttribute('aria-valuenow')])).toEqual([
      ['Beginnings: 1 of 2 checks answered', '50'],
      ['The treaty: 0 of 2 checks answered', '0'],
      ['Afterwards: 0 of 1 checks answered', '0'],
    ]);
    // Each bar's fill is drawn to its share: the track's width scaled from the left.
    expect(bars.map((b) => b.querySelector('svg')?.style.transform)).toEqual(['scaleX(0.5)', 'scaleX(0)', 'scaleX(0)']);
  });

  it('every linked term opens the glossary at that term, and the glossary is reachable from the header', async () => {
    const { user } = await renderLesson(makeLesson(), recordingTracker().tracker);
    await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
    await user.click(screen.getByRole('button', { name: 'neutrality' }));
    const dialog = await screen.findByRole('dialog', { name: 'Glossary' });
    expect(within(dialog).getByText('Staying out of a war and helping neither side.')).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 20));
    expect(within(dialog).getByText('Neutrality').closest('[data-term]')).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Close glossary' }));
    // The drawer hides the page from screen readers while open; it is back once the drawer has closed.
    await user.click(await screen.findByRole('button', { name: 'Glossary' }, { timeout: 5000 }));
    const again = await screen.findByRole('dialog', { name: 'Glossary' });
    await user.type(within(again).getByRole('searchbox', { name: 'Find a term' }), 'help each');
    expect(within(again).getByText('Alliance')).toBeInTheDocument();
    expect(within(again).queryByText('Neutrality')).not.toBeInTheDocument();
  });

  it('shows visuals as labelled figures', async () => {
    await renderLesson(makeLesson(), recordingTracker().tracker);
    await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
    const figure = screen.getByRole('figure', { name: /When things happened/ });
    // The stepping timeline shows the current event in full and in the list of events.
    expect(within(figure).getAllByText('13 April 1941')).toHaveLength(2);
  });
});
