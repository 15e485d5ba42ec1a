/**
 * The worst-case lesson state of the real lesson, sent through the 1.2 tracker to a real Scorm12API:
 * what the LMS holds must stay under 2,000 characters (real 1.2 LMSs cut suspend_data at 4,096, and
 * scorm-again, which takes 64,000 in 1.2, would not catch it).
 */
import lesson from 'virtual:lesson';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { progressReport } from '../../src/app/tracking-bridge';
import type { Check } from '../../src/content/model';
import { allChecks, encodeState, initialState, isCorrect, reduce } from '../../src/lesson';
import type { LessonState, Response } from '../../src/lesson/types';
import { createTracker } from '../../src/tracking';
import { cleanupFrames, failures, held, lms12 } from './lms';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  cleanupFrames();
});

function permutations<T>(items: readonly T[], limit = 5040): T[][] {
  if (items.length <= 1) return [[...items]];
  const out: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)], limit)) {
      if (out.length < limit) out.push([item, ...rest]);
    }
  });
  return out;
}

/** Every wrong response worth trying for size (all of them for the small types, a wide sample for matching). */
function wrongCandidates(check: Check): Response[] {
  let all: Response[];
  switch (check.type) {
    case 'single-choice':
      all = check.options.map((o) => [o.id]);
      break;
    case 'true-false':
      all = [['true'], ['false']];
      break;
    case 'multiple-response': {
      const ids = check.options.map((o) => o.id);
      all = [];
      for (let mask = 1; mask < 1 << ids.length; mask += 1) all.push(ids.filter((_, i) => mask & (1 << i)));
      break;
    }
    case 'ordering':
      all = permutations(check.items.map((i) => i.id));
      break;
    case 'matching': {
      const targets = [...check.pairs.map((p) => p.right.id), ...check.distractors.map((d) => d.id)];
      all = targets.map((t) => check.pairs.map(() => t));
      for (let shift = 1; shift < targets.length; shift += 1) {
        all.push(check.pairs.map((_, i) => targets[(i + shift) % targets.length]!));
      }
      break;
    }
  }
  return all.filter((r) => !isCorrect(check, r));
}

/** The wrong response whose saved form is longest. */
function longestWrong(check: Check): Response {
  const base = initialState(lesson, 1);
  let best: { response: Response; size: number } | null = null;
  for (const response of wrongCandidates(check)) {
    const state = reduce(lesson, base, { type: 'answer', checkId: check.id, response });
    const size = encodeState(lesson, state).length;
    if (!best || size > best.size) best = { response, size };
  }
  return best!.response;
}

function worstState(): LessonState {
  let state = initialState(lesson, 0xffffffff);
  for (const check of allChecks(lesson)) {
    const wrong = longestWrong(check);
    for (let i = 0; i < check.maxTries; i += 1) state = reduce(lesson, state, { type: 'answer', checkId: check.id, response: wrong });
  }
  for (let step = 1; step <= lesson.sections.length; step += 1) state = reduce(lesson, state, { type: 'go', step });
  return reduce(lesson, state, { type: 'tick', seconds: 999 * 3600 });
}

it('the worst-case suspend_data of the real lesson, as a 1.2 LMS holds it, is under 2,000 characters', async () => {
  const state = worstState();
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
