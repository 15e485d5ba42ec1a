/**
 * The tracker under the real app: one session under StrictMode, and the notices a learner sees
 * (browser-only progress, storage blocked, saving refused and recovered).
 */
import { render, screen } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { StrictMode } from 'react';
import lesson from 'virtual:lesson';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LessonApp } from '../../src/app/LessonApp';
import { createTracker } from '../../src/tracking';
import { enterLesson } from '../ui/fixtures';
import { answerCheck } from '../ui/learner';
import { cleanupFrames, countOf, failures, lessonFrame, lms2004 } from '../tracking/lms';
import { MemoryStorage } from '../tracking/storage';

afterEach(() => {
  cleanupFrames();
  vi.restoreAllMocks();
});

const firstSection = lesson.sections[0]!;

describe('the tracker under the real app', () => {
  it('React StrictMode: one Initialize, one Terminate, all calls error 0', async () => {
    const { calls, win } = lms2004();
    const tracker = createTracker({ standard: '2004', lessonId: lesson.id, win });
    render(
      <StrictMode>
        <LessonApp lesson={lesson} tracker={tracker} random={() => 0.5} />
      </StrictMode>,
    );
    await enterLesson();
    await screen.findByRole('heading', { level: 1, name: firstSection.title });
    expect(countOf(calls, 'Initialize')).toBe(1);
    window.dispatchEvent(new Event('pagehide'));
    expect(countOf(calls, 'Terminate')).toBe(1);
    expect(failures(calls)).toEqual([]);
  });

  it('no LMS: a quiet note says progress is kept in this browser only', async () => {
    const tracker = createTracker({ standard: '2004', lessonId: lesson.id, win: lessonFrame(), storage: () => new MemoryStorage() });
    render(<LessonApp lesson={lesson} tracker={tracker} />);
    await enterLesson();
    await screen.findByRole('heading', { level: 1, name: firstSection.title });
    expect(screen.getByText(/your progress is kept in this browser only/)).toBeInTheDocument();
    tracker.finish();
  });

  it('no LMS and storage blocked: the lesson runs and says progress is not being saved', async () => {
    const tracker = createTracker({
      standard: 'auto',
      lessonId: lesson.id,
      win: lessonFrame(),
      storage: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    render(<LessonApp lesson={lesson} tracker={tracker} />);
    await enterLesson();
    await screen.findByRole('heading', { level: 1, name: firstSection.title });
    expect(screen.getByText(/not letting the lesson save your progress/)).toBeInTheDocument();
    tracker.finish();
  });

  it('the LMS refusing to save: a non-blocking "retrying" alert that clears when a save goes through', async () => {
    const { api, win } = lms2004();
    const tracker = createTracker({ standard: '2004', lessonId: lesson.id, win, coalesceMs: 10, retryDelaysMs: [150] });
    const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
    render(<LessonApp lesson={lesson} tracker={tracker} />);
    await enterLesson();
    await screen.findByRole('heading', { level: 1, name: firstSection.title });

    const accepted = api.Commit;
    let refusing = true;
    api.Commit = (parameter?: string) => {
      if (!refusing) return accepted(parameter);
      api.throwSCORMError('Commit', 391, 'Server unavailable');
      return 'false';
    };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const check = firstSection.checks[0]!;
    await answerCheck(user, check, true);
    expect(await screen.findByText(/Progress not saved yet, retrying/)).toBeInTheDocument();
    // The learner carries on meanwhile.
    expect(screen.getByRole('heading', { level: 1, name: firstSection.title })).toBeInTheDocument();

    refusing = false;
    await vi.waitFor(() => expect(screen.queryByText(/Progress not saved yet, retrying/)).not.toBeInTheDocument(), {
      timeout: 3000,
    });
    expect(api.cmi.interactions.childArray).toHaveLength(1);
    expect(api.cmi.suspend_data).not.toBe('');
    tracker.finish();
  });
});
