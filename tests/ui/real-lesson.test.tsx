import { waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import lesson from 'virtual:lesson';
import { recordingTracker, renderLesson } from './fixtures';
import { findHeading, nextButton } from './learner';

describe('the real lesson', () => {
  it('shows all five sections in order, each with reading, at least one visual and its embedded checks', async () => {
    expect(lesson.sections.map((s) => s.id)).toEqual(['context', 'terms', 'impact', 'end', 'legacy']);
    const open = { ...lesson, settings: { ...lesson.settings, gating: false } };
    const { user } = await renderLesson(open, recordingTracker().tracker);
    for (const [index, section] of lesson.sections.entries()) {
      // Focus is moved in an effect after the step renders; wait for it rather than race it.
      const heading = await findHeading(section.title);
      await waitFor(() => expect(heading).toHaveFocus(), { timeout: 10_000 });
      const article = heading.closest('article') as HTMLElement;
      expect(within(article).getAllByRole('figure').length).toBeGreaterThanOrEqual(1);
      expect(within(article).getAllByRole('region', { name: /^Check \d+ of \d+/ })).toHaveLength(section.checks.length);
      // Terms in the text open the glossary.
      expect(within(article).getAllByRole('button').some((b) => b.getAttribute('aria-haspopup') === 'dialog')).toBe(true);
      const next = index + 1 < lesson.sections.length ? `Next: ${lesson.sections[index + 1]!.title}` : 'See your results';
      await user.click(nextButton(next));
    }
    expect(await findHeading('Your results')).toBeInTheDocument();
  });

  it('has the checks the issue asks for: at least 4 a section, 20 in all, every type', () => {
    const all = lesson.sections.flatMap((s) => s.checks);
    for (const s of lesson.sections) expect(s.checks.length).toBeGreaterThanOrEqual(4);
    expect(all.length).toBeGreaterThanOrEqual(20);
    expect(new Set(all.map((c) => c.type))).toEqual(new Set(['single-choice', 'multiple-response', 'true-false', 'ordering', 'matching']));
  });
});
