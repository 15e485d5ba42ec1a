// @vitest-environment node
/**
 * The teacher's summary in the preview panel, from the data model as the LMS holds it: the lesson's own
 * tracking adapter writes to the preview LMS (the real scorm-again), in both versions, and the summary
 * reads it back in words.
 */
import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/content/model.ts';
import { isCorrect } from '../../src/lesson/grading.ts';
import { lessonScore } from '../../src/lesson/scoring.ts';
import { initialState, lessonReducer } from '../../src/lesson/state.ts';
import type { LessonState, Response } from '../../src/lesson/types.ts';
import { makeLesson, matching, multiple, ordering, single, trueFalse } from '../../src/testing/index.ts';
import { createAdapter } from '../../src/tracking/adapter.ts';
import { connect } from '../../src/tracking/connection.ts';
import { createLedger } from '../../src/tracking/ledger.ts';
import { scorm12 } from '../../src/tracking/scorm12-profile.ts';
import { scorm2004 } from '../../src/tracking/scorm2004-profile.ts';
import { buildItemBank } from '../../scorm/teacher/build-item-bank.ts';
import type { Standard } from '../../scorm/lib/standard.ts';
import type { ManifestInfo } from '../../scorm/preview/src/launch.ts';
import { PreviewLms } from '../../scorm/preview/src/preview-lms.ts';
import { teacherSummary } from '../../scorm/preview/src/summary.ts';

const lesson = makeLesson();
const bank = buildItemBank(lesson);
const PRIMARY = 'test_lesson_primary';
const manifest: ManifestInfo = { identifier: 'test_lesson', title: 'Test lesson', masteryScore: '80', scaledPassingScore: '0.8', primaryObjectiveId: PRIMARY };

/** A learner taking the lesson in the preview LMS, through the lesson's own tracking adapter. */
function learner(standard: Standard) {
  const storage = new Map<string, string>();
  const host: Record<string, unknown> = {};
  const lms = new PreviewLms({
    standard,
    manifest,
    storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v), removeItem: (k) => void storage.delete(k) },
    host,
    quiet: true,
  });
  lms.launch();
  const connection = connect({ standard, api: host[standard === '1.2' ? 'API' : 'API_1484_11'] as object });
  expect(connection.initialize()).toBe(true);
  const adapter = createAdapter(standard === '1.2' ? scorm12 : scorm2004, { writer: createLedger(connection, () => {}), warn: () => {} });
  adapter.begin();
  const reduce = lessonReducer(lesson);
  let state: LessonState = initialState(lesson, 1);
  const report = () => adapter.progress({ state: 'x', bookmark: lesson.sections[state.current]?.id ?? 'results', score: lessonScore(lesson, state) });
  return {
    lms,
    answer(check: Check, response: Response) {
      const tryIndex = state.checks[check.id]?.tries.length ?? 0;
      state = reduce(state, { type: 'answer', checkId: check.id, response });
      adapter.answer({ check, tryIndex, response, correct: isCorrect(check, response), latencySeconds: 5, at: new Date('2025-01-15T10:15:00Z') });
      report();
    },
    go(step: number) {
      state = reduce(state, { type: 'go', step });
      report();
    },
    summary: () => teacherSummary(standard, lms.cmi(), bank, standard === '2004' ? PRIMARY : null),
  };
}

describe.each(['1.2', '2004'] as const)('the teacher summary, SCORM %s', (standard) => {
  it('part-way: no score yet, the status, a bar per section and each try in words', () => {
    const l = learner(standard);
    l.answer(single, ['a']);
    l.answer(single, ['b']);
    l.answer(trueFalse, ['false']);
    l.answer(trueFalse, ['false']);
    const s = l.summary();
    expect(s.score).toBe('none yet: the lesson sends its score when the learner finishes');
    expect(s.status).toBe(standard === '1.2' ? 'incomplete (cmi.core.lesson_status)' : 'incomplete, unknown');
    expect(s.checks).toBe('2 of 5 answered, 1 right');
    expect(s.sections.map((x) => [x.title, x.right, x.answered, x.total])).toEqual([
      ['Title intro', 1, 2, 2],
      ['Title middle', 0, 0, 2],
      ['Title last', 0, 0, 1],
      ['Title outro', 0, 0, 0],
    ]);
    // Question and option texts, never ids; the right answer once the tries are used up.
    expect(s.answers).toEqual([
      {
        sectionTitle: 'Title intro',
        question: 'Prompt of intro_single',
        tries: [
          { words: 'Text of a', correct: false },
          { words: 'Text of b', correct: true },
        ],
        rightAnswer: null,
      },
      {
        sectionTitle: 'Title intro',
        question: 'Prompt of intro_tf',
        tries: [
          { words: 'False', correct: false },
          { words: 'False', correct: false },
        ],
        rightAnswer: 'True',
      },
    ]);
    expect(s.objective.status).toBe(standard === '1.2' ? 'incomplete' : 'incomplete, unknown');
  });

  it('finished: the score, a final status and the whole-lesson objective with its real status', () => {
    const l = learner(standard);
    l.answer(single, ['b']);
    l.answer(trueFalse, ['true']);
    l.go(1);
    l.answer(multiple, ['a', 'c']);
    l.answer(ordering, ['first', 'second', 'fourth', 'third']);
    l.answer(ordering, ['first', 'second', 'third', 'fourth']);
    l.go(2);
    l.answer(matching, ['japan', 'ussr', 'china']);
    l.answer(matching, ['japan', 'ussr', 'china']);
    l.go(3);
    l.go(4);
    const s = l.summary();
    // 4 of 5 right: 80%, the passing score.
    expect(s.score).toBe(standard === '1.2' ? '80 out of 100 (cmi.core.score.raw)' : '80% (scaled 0.8, raw 80 of 100)');
    expect(s.status).toBe(standard === '1.2' ? 'passed (cmi.core.lesson_status)' : 'completed, passed');
    expect(s.answers.find((a) => a.question === 'Prompt of middle_order')?.tries.map((t) => t.words)).toEqual([
      '1. Text of first 2. Text of second 3. Text of fourth 4. Text of third',
      '1. Text of first 2. Text of second 3. Text of third 4. Text of fourth',
    ]);
    expect(s.answers.find((a) => a.question === 'Prompt of last_match')).toMatchObject({
      tries: [{ words: 'Text of tokyo → Text of japan; Text of moscow → Text of ussr; Text of ulaanbaatar → Text of china', correct: false }, { correct: false }],
      rightAnswer: 'Text of tokyo → Text of japan; Text of moscow → Text of ussr; Text of ulaanbaatar → Text of mongolia',
    });
    expect(s.sections.map((x) => x.right)).toEqual([2, 2, 0, 0]);

    if (standard === '2004') {
      // The LMS put the manifest's primary objective at cmi.objectives.0; the lesson reports on it
      // through its own completion and success status, and leaves the entry itself without status.
      const objectives = l.lms.cmi()?.cmi as { objectives: Record<string, { id: string; success_status?: string }> };
      expect(objectives.objectives['0']).toMatchObject({ id: PRIMARY, success_status: 'unknown' });
      expect(s.objective).toMatchObject({ id: PRIMARY, status: 'completed, passed' });
    } else {
      expect(s.objective).toMatchObject({ id: null, status: 'passed' });
    }
  });

  it('without the item bank: score, status and objective only', () => {
    const l = learner(standard);
    l.answer(single, ['b']);
    const s = teacherSummary(standard, l.lms.cmi(), null, null);
    expect(s).toMatchObject({ checks: null, sections: [], answers: [] });
    expect(s.status).toMatch(/^incomplete/);
  });
});
