/**
 * The worst-case lesson state of the real lesson (src/testing: every check wrong on every try with the
 * answer whose saved form is longest, every step, 999 hours), sent through the 1.2 tracker to a real Scorm12API:
 * what the LMS holds must stay under 2,000 characters (real 1.2 LMSs cut suspend_data at 4,096, and
 * scorm-again, which takes 64,000 in 1.2, would not catch it).
 */
import lesson from 'virtual:lesson';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { progressReport } from '../../src/app/tracking-bridge';
import { allChecks } from '../../src/lesson';
import { worstCaseState } from '../../src/testing';
import { createTracker } from '../../src/tracking';
import { cleanupFrames, failures, held, lms12 } from './lms';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  cleanupFrames();
});

it('the worst-case suspend_data of the real lesson, as a 1.2 LMS holds it, is under 2,000 characters', async () => {
  const state = worstCaseState(lesson);
  const checks = allChecks(lesson);
  expect(Object.values(state.checks).map((p) => p.tries.length)).toEqual(checks.map((c) => c.maxTries));
  expect(state.current).toBe(lesson.sections.length);

  const { api, calls, win } = lms12();
  const tracker = createTracker({ standard: '1.2', lessonId: lesson.id, win });
  await tracker.start();
  const report = progressReport(lesson, state, lesson.settings.passingScore);
  tracker.report(report);
  await vi.advanceTimersByTimeAsync(1000);
  tracker.finish();

  const saved: string = held(api).suspend_data;
  console.log(
    `worst-case suspend_data of the real lesson (${checks.length} checks × ${checks[0]?.maxTries} wrong tries, every step, 999 h): ${saved.length} characters`,
  );
  expect(saved).toBe(report.state);
  expect(saved.length).toBeLessThan(2000);
  expect(held(api).core).toMatchObject({ lesson_status: 'failed', score: { raw: '0' }, lesson_location: 'results' });
  expect(failures(calls)).toEqual([]);
});
