/**
 * Hand-made lessons: one check of each type in a four-section lesson (makeLesson), and a lesson shaped
 * like the real one at its largest (bigLesson). Independent of the real content files, so the tests that
 * use them pin behaviour, not the lesson's words. Used by tests and by the bench; never by the app.
 */
import type {
  Check,
  Choice,
  Lesson,
  LessonSettings,
  MatchingCheck,
  MultipleResponseCheck,
  OrderingCheck,
  Section,
  SingleChoiceCheck,
  TrueFalseCheck,
} from '../content/model';

const choice = (id: string): Choice => ({ id, text: `Text of ${id}` });
const base = (id: string, section: string, maxTries = 2) => ({
  id,
  section,
  prompt: `Prompt of ${id}`,
  explanation: `Why ${id} is answered so`,
  maxTries,
});

export const DEFAULT_SETTINGS: LessonSettings = { passingScore: 80, scoring: 'best-try', maxTries: 2, gating: true };

export const single: SingleChoiceCheck = {
  ...base('intro_single', 'intro'),
  type: 'single-choice',
  options: ['a', 'b', 'c'].map(choice),
  correct: 'b',
};
export const trueFalse: TrueFalseCheck = { ...base('intro_tf', 'intro'), type: 'true-false', correct: true };
export const multiple: MultipleResponseCheck = {
  ...base('middle_multi', 'middle'),
  type: 'multiple-response',
  options: ['a', 'b', 'c', 'd'].map(choice),
  correct: ['a', 'c'],
};
export const ordering: OrderingCheck = {
  ...base('middle_order', 'middle'),
  type: 'ordering',
  items: ['first', 'second', 'third', 'fourth'].map(choice),
};
export const matching: MatchingCheck = {
  ...base('last_match', 'last'),
  type: 'matching',
  pairs: [
    { left: choice('tokyo'), right: choice('japan') },
    { left: choice('moscow'), right: choice('ussr') },
    { left: choice('ulaanbaatar'), right: choice('mongolia') },
  ],
  distractors: [choice('china')],
};

function section(id: string, checks: readonly Check[]): Section {
  return { id, title: `Title ${id}`, summary: `Summary ${id}`, objective: `Objective ${id}`, body: [], visuals: {}, checks };
}

/**
 * Four sections: intro (single, true-false), middle (multiple, ordering), last (matching), outro (no
 * checks). Steps 0–3 are the sections, step 4 is results.
 */
export function makeLesson(settings: Partial<LessonSettings> = {}, version = '1.0.0'): Lesson {
  return {
    id: 'test-lesson',
    title: 'Test lesson',
    version,
    description: 'A lesson for tests.',
    audience: 'Tests',
    language: 'en',
    estimatedMinutes: 5,
    objectives: [{ id: 'state-layer', text: 'Test the state layer.' }],
    settings: { ...DEFAULT_SETTINGS, ...settings },
    sections: [
      section('intro', [single, trueFalse]),
      section('middle', [multiple, ordering]),
      section('last', [matching]),
      section('outro', []),
    ],
    glossary: [],
  };
}

const SECTION_IDS = ['context', 'terms', 'impact', 'end', 'legacy', 'extra_a', 'extra_b', 'extra_c'];
const TYPES = ['single-choice', 'multiple-response', 'true-false', 'ordering', 'matching'] as const;

/** A check id of exactly 25 characters, like the real ones (e.g. "context_khalkhin_where_ok"). */
function longId(sectionId: string, n: number, type: string): string {
  return `${sectionId}_${type.replace('-', '_')}_q${n}_about_the_pact`.slice(0, 23).replace(/_$/, 'x') + `${n}`.padStart(2, '0');
}

function bigCheck(sectionId: string, n: number, maxTries: number): Check {
  const type = TYPES[n % TYPES.length]!;
  const b = base(longId(sectionId, n, type), sectionId, maxTries);
  const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}_${i + 1}`);
  switch (type) {
    case 'single-choice':
      return { ...b, type, options: ids('option', 6).map(choice), correct: 'option_2' };
    case 'multiple-response':
      return { ...b, type, options: ids('option', 6).map(choice), correct: ['option_1', 'option_4'] };
    case 'true-false':
      return { ...b, type, correct: n % 2 === 0 };
    case 'ordering':
      return { ...b, type, items: ids('event', 6).map(choice) };
    case 'matching':
      return {
        ...b,
        type,
        pairs: ids('term', 5).map((id, i) => ({ left: choice(id), right: choice(`meaning_${i + 1}`) })),
        distractors: ids('distractor', 2).map(choice),
      };
  }
}

/**
 * A lesson shaped like the real one, for worst-case tests: `sections` sections of `checksPerSection`
 * checks each, the types taking turns (5 per section gives one of every type per section), ids of
 * 25 characters, 6 options, 6 ordering items, 5 matching pairs plus 2 distractors.
 */
export function bigLesson(sections = 5, checksPerSection = 5, maxTries = 2, version = '12.34.56'): Lesson {
  const small = makeLesson({ maxTries }, version);
  return {
    ...small,
    sections: SECTION_IDS.slice(0, sections).map((id) =>
      section(
        id,
        Array.from({ length: checksPerSection }, (_, n) => bigCheck(id, n, maxTries)),
      ),
    ),
  };
}
