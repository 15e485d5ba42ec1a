/**
 * An answer re-renders the check it changed, and the progress displays only when a count they show
 * changes: not the section page, not the other checks. Counted by wrapping the real components (each
 * call of the wrapper is one render of the component, its own state changes included).
 */
import { screen, within } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answerCheck, checkRegion } from './learner';
import { checks, makeLesson, recordingTracker, renderLesson } from './fixtures';

const renders = vi.hoisted(() => ({ checks: new Map<string, number>(), section: 0, progress: 0, steps: 0 }));

vi.mock('../../src/ui/checks/CheckFrame', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/ui/checks/CheckFrame')>();
  return {
    ...real,
    CheckFrame: (props: ComponentProps<typeof real.CheckFrame>) => {
      renders.checks.set(props.check.id, (renders.checks.get(props.check.id) ?? 0) + 1);
      return real.CheckFrame(props);
    },
  };
});
vi.mock('../../src/ui/SectionPage', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/ui/SectionPage')>();
  return {
    ...real,
    SectionPage: (props: ComponentProps<typeof real.SectionPage>) => {
      renders.section += 1;
      return real.SectionPage(props);
    },
  };
});
vi.mock('../../src/ui/ProgressSummary', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/ui/ProgressSummary')>();
  return {
    ...real,
    ProgressSummary: () => {
      renders.progress += 1;
      return real.ProgressSummary();
    },
  };
});
vi.mock('../../src/ui/StepNav', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/ui/StepNav')>();
  return {
    ...real,
    StepNav: () => {
      renders.steps += 1;
      return real.StepNav();
    },
  };
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
    const { user } = renderLesson(lesson, rec.tracker);
    await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
    // The section shows more than one check, or this would prove nothing about the others.
    expect(renders.checks.size).toBeGreaterThan(1);
    expect(renders.checks.has(checks.capital.id)).toBe(true);

    reset();
    await answerCheck(user, checks.capital, false);
    expect(within(checkRegion(checks.capital)).getByRole('status')).toHaveTextContent('Not quite.');
    expect(renders.checks.get(checks.capital.id)).toBeGreaterThan(0);
    expect(othersThan(checks.capital.id)).toBe(0);
    expect({ section: renders.section, progress: renders.progress, steps: renders.steps }).toEqual({ section: 0, progress: 0, steps: 0 });

    reset();
    await answerCheck(user, checks.capital, true);
    expect(within(checkRegion(checks.capital)).getByRole('status')).toHaveTextContent(/^Correct/);
    expect(renders.checks.get(checks.capital.id)).toBeGreaterThan(0);
    expect(othersThan(checks.capital.id)).toBe(0);
    expect(renders.section).toBe(0);
    // The header's "1 of N checks answered" changed, so it is drawn again.
    expect(renders.progress).toBeGreaterThan(0);
    expect(screen.getAllByText(/1 of \d+ checks answered/).length).toBeGreaterThan(0);
  });
});
