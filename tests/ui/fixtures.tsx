/**
 * The view tests' harness: the lesson app rendered with a record keeper that keeps what it is told.
 * The lesson itself comes from the fixture factory (src/testing/view-lesson.ts).
 */
import { fireEvent, render, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import type { Lesson } from '../../src/content/model';
import { LessonApp } from '../../src/app/LessonApp';
import type { LaunchInfo, ProgressReport, AnswerRecord, SaveNotice, Tracker } from '../../src/tracking/tracker';

export { makeViewLesson as makeLesson, viewChecks as checks } from '../../src/testing/view-lesson';

/**
 * A record keeper that keeps what the lesson tells it, in lesson terms. It stands in for tracking in
 * view tests only; the tracking tests use scorm-again as the LMS.
 */
export function recordingTracker(launch: Partial<LaunchInfo> = {}) {
  const reports: ProgressReport[] = [];
  const answers: AnswerRecord[] = [];
  const positions: { debateId: string; prompt: string; text: string }[] = [];
  const listeners = new Set<(n: SaveNotice) => void>();
  let finished = 0;
  const info: LaunchInfo = {
    store: 'lms',
    standard: '2004',
    mode: 'normal',
    savedState: null,
    bookmark: null,
    passingScore: null,
    learnerName: null,
    ...launch,
  };
  const started = Promise.resolve(info);
  const tracker: Tracker = {
    start: () => started,
    recordAnswer: (a) => void answers.push(a),
    report: (p) => void reports.push(p),
    recordPosition: (debateId, prompt, text) => void positions.push({ debateId, prompt, text }),
    flush: () => undefined,
    finish: () => void finished++,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  return {
    tracker,
    reports,
    answers,
    positions,
    finishedCount: () => finished,
    notify: (n: SaveNotice) => listeners.forEach((l) => l(n)),
    lastReport: () => reports[reports.length - 1],
  };
}

/** The ids in each check's display order come from this fixed random source. */
export const fixedRandom = () => 0.42;

/**
 * The one way into the lesson for every view test: once it has opened, a fresh attempt's start screen
 * is passed with its "Start the lesson" button, as a learner does; a resumed or reviewed one has none.
 */
export async function enterLesson(user?: UserEvent): Promise<void> {
  const start = await waitFor(
    () => {
      // The start screen's button, once a screen reader could reach it (not behind a closing dialog).
      // Asked of the start screen, not the whole page: every button's name costs a computed style per
      // element in jsdom, and this runs on every poll.
      const heading = document.getElementById('start-heading');
      if (heading) return within(heading.closest<HTMLElement>('article, section, main') ?? document.body).getByRole('button', { name: 'Start the lesson' });
      if (document.querySelector('#lesson-main h1')) return null;
      throw new Error('The lesson has not opened yet.');
    },
    { timeout: 5000 },
  );
  if (start && user) await user.click(start);
  else if (start) fireEvent.click(start);
}

/** The lesson app, opened and (unless `atStart`) past the start screen. */
export async function renderLesson(lesson: Lesson, tracker: Tracker, random: () => number = fixedRandom, { atStart = false } = {}) {
  // Skipping user-event's pointer-events walk (a getComputedStyle per ancestor per event) makes MUI
  // pages several times faster in jsdom; disabled controls are still asserted directly.
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const utils = render(<LessonApp lesson={lesson} tracker={tracker} random={random} />);
  if (!atStart) await enterLesson(user);
  return { user, ...utils };
}
