/**
 * A check id that every JavaScript object already has ("constructor", "toString") is refused by the
 * content build, and if one ever reaches the page anyway (a hand-made model, an older build) the page
 * must still work: every lookup by id goes through the lesson layer's selectors, which read own keys only.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Check, Lesson } from '../../src/content/model';
import { answerCheck, checkRegion } from './learner';
import { checks, makeLesson, recordingTracker, renderLesson } from './fixtures';

/** The fixture lesson with the first section's checks renamed to prototype member names. */
function withReservedIds(): { lesson: Lesson; first: Check; second: Check } {
  const lesson = makeLesson();
  const first = { ...checks.capital, id: 'constructor' };
  const second = { ...checks.alliance, id: 'toString' };
  const [one, ...rest] = lesson.sections;
  const renamed = new Map([[checks.capital.id, first.id], [checks.alliance.id, second.id]]);
  const section = {
    ...one!,
    checks: [first, second],
    body: one!.body.map((block) => (block.t === 'check' ? { ...block, id: renamed.get(block.id) ?? block.id } : block)),
  };
  return { lesson: { ...lesson, sections: [section, ...rest] }, first, second };
}

describe('check ids named like object members', () => {
  it('the page shows them unanswered, takes answers, and records them', async () => {
    const { lesson, first, second } = withReservedIds();
    const rec = recordingTracker();
    const { user } = await renderLesson(lesson, rec.tracker);
    await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
    expect(within(checkRegion(first)).getByText(/Tries left: 2 of 2/)).toBeInTheDocument();
    expect(screen.getByText(/0 of 5 checks answered/)).toBeInTheDocument();

    await answerCheck(user, first, true);
    await answerCheck(user, second, false);
    expect(within(checkRegion(first)).getByRole('status')).toHaveTextContent('Correct.');
    expect(within(checkRegion(second)).getByRole('status')).toHaveTextContent('Not quite. You have 1 try left.');
    // Recorded just after the feedback is painted (src/app/after-paint.ts), not on the click itself.
    await waitFor(() => expect(rec.answers.map((a) => a.check.id)).toEqual(['constructor', 'toString']));
  });
});
