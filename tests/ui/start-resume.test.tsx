/**
 * How the lesson opens: the start screen of a fresh attempt, and the welcome back of a reopened one
 * at the check the learner was working on. What a learner sees, and where focus goes.
 */
import { screen, waitFor, waitForElementToBeRemoved, within } from '@testing-library/react';
import realLesson from 'virtual:lesson';
import { describe, expect, it } from 'vitest';
import type { Lesson } from '../../src/content/model';
import { encodeState } from '../../src/lesson/saved-state';
import { isFreshAttempt, resumeCheck } from '../../src/lesson/selectors';
import { initialState } from '../../src/lesson/state';
import type { LessonState } from '../../src/lesson/types';
import { rightAnswer } from '../../src/testing';
import { howItWorks } from '../../src/ui/how-it-works';
import { checks, enterLesson, makeLesson, recordingTracker, renderLesson } from './fixtures';
import { hasFocus } from './learner';

const mini = makeLesson();

/** A saved attempt: on `current`, with these checks answered right. */
function savedAt(lesson: Lesson, current: number, answered: readonly string[]): LessonState {
  const all = lesson.sections.flatMap((s) => s.checks);
  const entries = answered.map((id) => {
    const check = all.find((c) => c.id === id);
    if (!check) throw new Error(`no check ${id}`);
    return [id, { tries: [rightAnswer(check)] }] as const;
  });
  return { ...initialState(lesson, 7), current, furthest: current, checks: Object.fromEntries(entries) };
}

describe('the start screen (a fresh attempt)', () => {
  it('says what the lesson is, what the learner will be able to do, how long, how checks work and where progress goes; focus on its heading', async () => {
    await renderLesson(realLesson, recordingTracker({ store: 'lms' }).tracker, undefined, { atStart: true });
    const heading = await screen.findByRole('heading', { level: 1, name: realLesson.title });
    // Focus lands once the page has settled (it can come a render after the heading shows).
    await waitFor(() => expect(heading).toHaveFocus());
    // Headings in order: the title, then one level-2 heading per part.
    expect(screen.getAllByRole('heading').map((h) => `${h.tagName}:${h.textContent}`)).toEqual([
      `H1:${realLesson.title}`,
      'H2:What you will be able to do',
      'H2:How long it takes',
      'H2:How the checks work',
      'H2:Where your progress is kept',
    ]);
    const objectives = screen.getByRole('heading', { name: 'What you will be able to do' }).nextElementSibling as HTMLElement;
    expect(within(objectives).getAllByRole('listitem').map((li) => li.textContent)).toEqual(realLesson.objectives.map((o) => o.text));
    expect(screen.getByText(new RegExp(`^About ${realLesson.estimatedMinutes} minutes`))).toBeInTheDocument();
    const total = realLesson.sections.reduce((n, s) => n + s.checks.length, 0);
    expect(screen.getByText(`To pass, get at least 80% of the checks right (${Math.ceil(total * 0.8)} of ${total}).`)).toBeInTheDocument();
    // The real lesson gives most checks two tries and a few one (quizzes/).
    expect(screen.getByText(/You get one or two tries at each check \(each check says how many\)/)).toBeInTheDocument();
    expect(screen.getByText(/The sections open in order/)).toBeInTheDocument();
    expect(screen.getByText(/saved to your learning platform as you go/)).toBeInTheDocument();
    // Nothing of the first section yet; one way in.
    expect(screen.queryByRole('heading', { name: realLesson.sections[0]!.title })).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /start/i }).map((b) => b.textContent)).toEqual(['Start the lesson']);
  });

  it('"Start the lesson" opens the first section with focus on its heading', async () => {
    const rec = recordingTracker({ store: 'browser' });
    const { user } = await renderLesson(mini, rec.tracker, undefined, { atStart: true });
    expect(await screen.findByText(/kept in this browser only, on this device/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start the lesson' }));
    await hasFocus(screen.findByRole('heading', { level: 1, name: 'Beginnings' }));
    expect(screen.queryByRole('button', { name: 'Start the lesson' })).not.toBeInTheDocument();
  });

  it('takes the passing score the LMS sets, and is not shown in a review or on a resume', async () => {
    const { unmount } = await renderLesson(mini, recordingTracker({ passingScore: 60 }).tracker, undefined, { atStart: true });
    expect(await screen.findByText('To pass, get at least 60% of the checks right (3 of 5).')).toBeInTheDocument();
    unmount();
    await renderLesson(mini, recordingTracker({ mode: 'review' }).tracker, undefined, { atStart: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Beginnings' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start the lesson' })).not.toBeInTheDocument();
  });

  it('comes back after "Start again", for the next learner on a shared computer', async () => {
    const { user } = await renderLesson(mini, recordingTracker({ store: 'browser' }).tracker);
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Clear my answers and start again' }));
    await waitForElementToBeRemoved(() => screen.queryByRole('dialog'));
    expect(await screen.findByRole('button', { name: 'Start the lesson' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'A mini lesson' })).toBeInTheDocument();
  });
});

describe('resume (an attempt reopened with progress)', () => {
  it('says welcome back right above the check the learner was working on, with focus on its heading', async () => {
    const saved = encodeState(mini, savedAt(mini, 1, [checks.capital.id, checks.alliance.id, checks.signers.id]));
    const { user } = await renderLesson(mini, recordingTracker({ savedState: saved, bookmark: 'two' }).tracker, undefined, { atStart: true });
    await screen.findByRole('heading', { level: 1, name: 'The treaty' });
    expect(screen.queryByRole('button', { name: 'Start the lesson' })).not.toBeInTheDocument();
    const welcome = screen.getByText(/Welcome back\./).closest('[data-welcome-back]') as HTMLElement;
    expect(welcome).toHaveTextContent('Your answers so far are kept (3 of 5 checks done). This is check 2 of 2 in this section, where you left off.');
    const check = document.querySelector(`[data-check-id="${checks.order.id}"]`);
    expect(welcome.nextElementSibling).toBe(check);
    // Focus lands once the resumed page has settled (under load it can come a render later).
    await waitFor(() => expect(screen.getByRole('heading', { level: 3, name: 'Check 2 of 2' })).toHaveFocus());

    // Closing it leaves focus on the check, not lost on the page.
    await user.click(within(welcome).getByRole('button', { name: 'Hide the welcome back note' }));
    expect(screen.queryByText(/Welcome back\./)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Check 2 of 2' })).toHaveFocus();
  });

  it('with every check of the section finished: welcome back at the top, focus on the section heading; moving on ends it', async () => {
    const saved = encodeState(mini, savedAt(mini, 0, [checks.capital.id, checks.alliance.id]));
    const { user } = await renderLesson(mini, recordingTracker({ savedState: saved }).tracker);
    await hasFocus(screen.findByRole('heading', { level: 1, name: 'Beginnings' }));
    const welcome = screen.getByText(/Welcome back\./).closest('[data-welcome-back]') as HTMLElement;
    expect(welcome).toHaveTextContent('(2 of 5 checks done). This is where you left off.');
    await user.click(screen.getByRole('button', { name: /^Next: The treaty/ }));
    await hasFocus(screen.findByRole('heading', { level: 1, name: 'The treaty' }));
    expect(screen.queryByText(/Welcome back\./)).not.toBeInTheDocument();
  });

  it('the view tests\' way in passes a resumed attempt straight through', async () => {
    const saved = encodeState(mini, savedAt(mini, 0, [checks.capital.id]));
    await renderLesson(mini, recordingTracker({ savedState: saved }).tracker, undefined, { atStart: true });
    await enterLesson();
    await hasFocus(screen.findByRole('heading', { level: 3, name: 'Check 2 of 2' }));
  });
});

describe('what decides it (pure)', () => {
  it('a fresh attempt has nothing answered, no position, and is on the first step', () => {
    const fresh = initialState(mini, 1);
    expect(isFreshAttempt(fresh)).toBe(true);
    expect(isFreshAttempt({ ...fresh, timeOnTask: 300 })).toBe(true);
    expect(isFreshAttempt(savedAt(mini, 0, [checks.capital.id]))).toBe(false);
    expect(isFreshAttempt({ ...fresh, positions: { d: 'My view' } })).toBe(false);
    expect(isFreshAttempt({ ...fresh, current: 1, furthest: 1 })).toBe(false);
  });

  it('resumes at the first unfinished check of the section on screen, or its start', () => {
    expect(resumeCheck(mini, savedAt(mini, 0, []))?.id).toBe(checks.capital.id);
    expect(resumeCheck(mini, savedAt(mini, 0, [checks.alliance.id]))?.id).toBe(checks.capital.id);
    expect(resumeCheck(mini, savedAt(mini, 0, [checks.capital.id]))?.id).toBe(checks.alliance.id);
    expect(resumeCheck(mini, savedAt(mini, 0, [checks.capital.id, checks.alliance.id]))).toBeNull();
    expect(resumeCheck(mini, savedAt(mini, mini.sections.length, []))).toBeNull();
  });

  it('the rules in words follow the settings', () => {
    const firstTry = howItWorks(makeLesson({ scoring: 'first-try', gating: false, maxTries: 3 }), 70).join(' ');
    expect(firstTry).toMatch(/Only your first try counts/);
    expect(firstTry).toMatch(/in any order/);
    expect(firstTry).toMatch(/at least 70% of the checks right \(4 of 5\)/);
    const mixed = { ...mini, sections: mini.sections.map((s, i) => ({ ...s, checks: s.checks.map((c) => ({ ...c, maxTries: i + 1 })) })) };
    expect(howItWorks(mixed, 80).join(' ')).toMatch(/between one try and three tries at each check/);
    const two = { ...mini, sections: mini.sections.map((s, i) => ({ ...s, checks: s.checks.map((c) => ({ ...c, maxTries: i === 0 ? 3 : 2 })) })) };
    expect(howItWorks(two, 80).join(' ')).toMatch(/two or three tries at each check/);
    const oneTry = { ...mini, sections: mini.sections.map((s) => ({ ...s, checks: s.checks.map((c) => ({ ...c, maxTries: 1 })) })) };
    const words = howItWorks(oneTry, 80).join(' ');
    expect(words).toMatch(/one try at each check/);
    expect(words).not.toMatch(/any of your tries/);
  });
});
