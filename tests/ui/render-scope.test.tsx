/**
 * An answer re-renders the check it changed, and the progress displays only when a count they show
 * changes: not the section page, not the other checks. Counted by wrapping the real components (each
 * call of the wrapper is one render of the component, its own state changes included).
 */
import { screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import type * as CheckFrameModule from '../../src/ui/checks/CheckFrame';
import type * as ProgressSummaryModule from '../../src/ui/ProgressSummary';
import type * as SectionPageModule from '../../src/ui/SectionPage';
import type * as StepNavModule from '../../src/ui/StepNav';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answerCheck, checkRegion, summaryDrawn } from './learner';
import { checks, makeLesson, recordingTracker, renderLesson } from './fixtures';

const { renders, counting } = vi.hoisted(() => ({
  renders: { checks: new Map<string, number>(), section: 0, progress: 0, steps: 0 },
  /** The real component, called from a wrapper that counts each render before it. */
  counting:
    <P,>(component: (props: P) => ReactNode, count: (props: P) => void) =>
    (props: P) => {
      count(props);
      return component(props);
    },
}));

vi.mock('../../src/ui/checks/CheckFrame', async (importOriginal) => {
  const real = await importOriginal<typeof CheckFrameModule>();
  return { ...real, CheckFrame: counting(real.CheckFrame, ({ check }) => renders.checks.set(check.id, (renders.checks.get(check.id) ?? 0) + 1)) };
});
vi.mock('../../src/ui/SectionPage', async (importOriginal) => {
  const real = await importOriginal<typeof SectionPageModule>();
  return { ...real, SectionPage: counting(real.SectionPage, () => (renders.section += 1)) };
});
vi.mock('../../src/ui/ProgressSummary', async (importOriginal) => {
  const real = await importOriginal<typeof ProgressSummaryModule>();
  return { ...real, ProgressSummary: counting(real.ProgressSummary, () => (renders.progress += 1)) };
});
vi.mock('../../src/ui/StepNav', async (importOriginal) => {
  const real = await importOriginal<typeof StepNavModule>();
  return { ...real, StepNav: counting(real.StepNav, () => (renders.steps += 1)) };
});

function reset(): void {
  renders.checks.clear();
  renders.section = 0;
  renders.progress = 0;
  renders.steps = 0;
}

const othersThan = (id: string) => [...renders.checks].filter(([checkId]) => checkId !== id).reduce((n, [, count]) => n + count, 0);

describe('what an answer re-renders', () => {
  beforeEach(reset);

  it('a wrong try with tries left: only its check; the try that finishes it: its check and the counts, never the page or the other checks', async () => {
    const lesson = makeLesson({ gating: false });
    const rec = recordingTracker();
    const { user } = await renderLesson(lesson, rec.tracker);
    await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
    // The section shows more than one check, or this would prove nothing about the others.
    expect(renders.checks.size).toBeGreaterThan(1);
    expect(renders.checks.has(checks.capital.id)).toBe(true);

    reset();
    await answerCheck(user, checks.capital, false);
    expect(within(checkRegion(checks.capital)).getByRole('status')).toHaveTextContent('Not quite.');
    await summaryDrawn();
    expect(renders.checks.get(checks.capital.id)).toBeGreaterThan(0);
    expect(othersThan(checks.capital.id)).toBe(0);
    expect({ section: renders.section, progress: renders.progress, steps: renders.steps }).toEqual({ section: 0, progress: 0, steps: 0 });

    reset();
    await answerCheck(user, checks.capital, true);
    expect(within(checkRegion(checks.capital)).getByRole('status')).toHaveTextContent(/^Correct/);
    expect(renders.checks.get(checks.capital.id)).toBeGreaterThan(0);
    expect(othersThan(checks.capital.id)).toBe(0);
    expect(renders.section).toBe(0);
    // The header's "1 of N checks answered" changed, so it is drawn again, once the feedback is.
    await summaryDrawn();
    expect(renders.progress).toBeGreaterThan(0);
    expect(screen.getAllByText(/1 of \d+ checks answered/).length).toBeGreaterThan(0);
  });

  it('an answer draws its feedback first; the counts and the way on follow in a later task, after a frame', async () => {
    const lesson = makeLesson({ gating: true });
    const { user } = await renderLesson(lesson, recordingTracker().tracker);
    await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
    // Each change the page hears, with the batch (one per task at most) it came in.
    const seen: { batch: number; what: 'feedback' | 'progress line' | 'way on' }[] = [];
    let batch = 0;
    const feedback = within(checkRegion(checks.capital)).getByRole('status');
    const line = screen.getByText(/0 of \d+ checks answered/);
    const wayOn = screen.getByRole('navigation', { name: 'Section navigation' });
    const observer = new MutationObserver((records) => {
      batch += 1;
      for (const r of records) {
        const at = r.target instanceof Element ? r.target : r.target.parentElement;
        if (at && feedback.contains(at)) seen.push({ batch, what: 'feedback' });
        else if (at && line.contains(at)) seen.push({ batch, what: 'progress line' });
        else if (at && wayOn.contains(at)) seen.push({ batch, what: 'way on' });
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    await answerCheck(user, checks.capital, true);
    await summaryDrawn();
    observer.disconnect();
    const first = (what: string) => seen.find((s) => s.what === what)?.batch ?? Number.NaN;
    expect(line).toHaveTextContent(/1 of \d+ checks answered/);
    expect(wayOn).toHaveTextContent('(1 of 2 still to do)');
    expect(first('feedback')).toBeLessThan(first('progress line'));
    expect(first('feedback')).toBeLessThan(first('way on'));
  });

  it('with the gate on (as in the real lesson), the try that changes "still to do" redraws the way on, not the page or the other checks', async () => {
    const lesson = makeLesson({ gating: true });
    const rec = recordingTracker();
    const { user } = await renderLesson(lesson, rec.tracker);
    await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
    expect(screen.getByText(/still to do/)).toHaveTextContent('(2 of 2 still to do)');

    reset();
    await answerCheck(user, checks.capital, true);
    expect(within(checkRegion(checks.capital)).getByRole('status')).toHaveTextContent(/^Correct/);
    await summaryDrawn();
    // The count beside the locked button changed: said, without drawing the section again.
    expect(screen.getByText(/still to do/)).toHaveTextContent('(1 of 2 still to do)');
    expect(othersThan(checks.capital.id)).toBe(0);
    expect(renders.section).toBe(0);
  });
});
