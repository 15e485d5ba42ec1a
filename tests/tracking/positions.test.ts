/**
 * The learner's written debate positions (issue 11 §3) reach a real LMS (scorm-again) as unscored
 * free-text interactions: long-fill-in with the full text in 2004, fill-in cut to 255 characters in
 * 1.2, id `<debate id>__position`, beside the checks' interactions and without touching the score.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTracker } from '../../src/tracking';
import { playLesson, T0 } from './fixtures';
import { cleanupFrames, failures, held, lms12, lms2004, settle } from './lms';

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
  vi.useRealTimers();
  cleanupFrames();
});

const prompt = 'Was the Soviet attack of August 1945 a violation of the pact? Say where you stand and why.';
const long =
  'It was a violation: the pact was still in force until April 1946, because Article 3 says it stays ' +
  'in force for five years and the denunciation in April 1945 only stopped its renewal. Molotov told ' +
  'Sato in April that the pact still held, and then the Soviet Union attacked in August anyway.\n' +
  'Some historians answer that Japan had already broken its spirit, but the text is clear.';

describe.each(['2004', '1.2'] as const)('a written position in SCORM %s', (standard) => {
  const open = () => {
    const lms = standard === '2004' ? lms2004() : lms12();
    const tracker = createTracker({ standard, lessonId: 'neutrality-pact', win: lms.win });
    return { ...lms, tracker };
  };
  const interactions = (api: Parameters<typeof held>[0]) => Object.values(held(api).interactions) as any[];

  it('is an unscored free-text interaction the teacher can read, and the score is untouched', async () => {
    const { api, calls, tracker } = open();
    await tracker.start();
    playLesson(tracker, { context_pacts_signed: 'wrong' });
    tracker.recordPosition('end_violation', prompt, long);
    await settle();
    tracker.finish();
    expect(failures(calls)).toEqual([]);

    const position = interactions(api).find((i) => i.id === 'end_violation__position');
    const line = long.replace(/\s+/g, ' ');
    if (standard === '2004') {
      expect(position).toMatchObject({ type: 'long-fill-in', learner_response: line, result: 'neutral', description: prompt });
      expect(position.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d\dZ$/);
      expect(held(api)).toMatchObject({ success_status: 'passed', score: { raw: '80' } });
    } else {
      expect(position).toMatchObject({ type: 'fill-in', student_response: line.slice(0, 255), result: 'neutral' });
      expect(position.student_response).toHaveLength(255);
      expect(held(api).core).toMatchObject({ lesson_status: 'passed', score: { raw: '80' } });
    }
    expect(position.correct_responses ?? {}).toEqual(expect.not.objectContaining({ 0: expect.anything() }));
  });

  it('the same text twice is recorded once; a changed one again, under the same id', async () => {
    const { api, calls, tracker } = open();
    await tracker.start();
    tracker.recordPosition('end_violation', prompt, 'Not a violation.');
    tracker.recordPosition('end_violation', prompt, 'Not a violation.');
    tracker.recordPosition('end_violation', prompt, 'A violation, after all.');
    tracker.recordPosition('end_surrender', 'What weighed more?', '   ');
    await settle();
    tracker.finish();
    expect(failures(calls)).toEqual([]);
    const field = standard === '2004' ? 'learner_response' : 'student_response';
    expect(interactions(api).map((i) => [i.id, i[field]])).toEqual([
      ['end_violation__position', 'Not a violation.'],
      ['end_violation__position', 'A violation, after all.'],
    ]);
  });
});
