/**
 * A small lesson written like a real one, for the view tests: three sections (Beginnings, The treaty,
 * Afterwards), every check type with realistic wording and feedback, a glossary term, a visual.
 * Independent of the real content, so the view tests pin the views' behaviour, not the lesson's words.
 */
import type { Check, Choice, Lesson, LessonSettings, Section } from '../content/model';

/** Options or items from id → text, in the order written. */
const choices = (texts: Record<string, string>): Choice[] => Object.entries(texts).map(([id, text]) => ({ id, text }));
const explain = (what: string) => ({ explanation: `Because ${what}.`, hint: `Think about ${what}.` });

export const viewChecks = {
  capital: {
    id: 'one_capital',
    section: 'one',
    type: 'single-choice',
    prompt: 'Which city was the Soviet capital?',
    options: [
      { id: 'a', text: 'Moscow' },
      { id: 'b', text: 'Tokyo', feedback: 'Tokyo was the capital of Japan.' },
      { id: 'c', text: 'Harbin' },
    ],
    correct: 'a',
    maxTries: 2,
    ...explain('the pact was signed in Moscow'),
  },
  alliance: {
    id: 'one_alliance',
    section: 'one',
    type: 'true-false',
    prompt: 'The neutrality pact made the two countries allies.',
    correct: false,
    maxTries: 2,
    ...explain('neither had to help the other'),
  },
  signers: {
    id: 'two_signers',
    section: 'two',
    type: 'multiple-response',
    prompt: 'Who signed the pact?',
    options: choices({ a: 'Matsuoka', b: 'Stalin', c: 'Molotov', d: 'Tatekawa' }),
    correct: ['a', 'c', 'd'],
    maxTries: 2,
    ...explain('three men signed'),
  },
  order: {
    id: 'two_order',
    section: 'two',
    type: 'ordering',
    prompt: 'Put these in order.',
    items: choices({ khalkhin: 'Khalkhin Gol', pact: 'The pact is signed', barbarossa: 'Barbarossa', yalta: 'Yalta' }),
    maxTries: 2,
    ...explain('that is the order'),
  },
  match: {
    id: 'three_match',
    section: 'three',
    type: 'matching',
    prompt: 'Match each person to a role.',
    pairs: [
      { left: { id: 'molotov', text: 'Molotov' }, right: { id: 'foreign', text: 'Soviet foreign minister' } },
      { left: { id: 'sorge', text: 'Sorge' }, right: { id: 'spy', text: 'Spy in Tokyo' } },
      { left: { id: 'zhukov', text: 'Zhukov' }, right: { id: 'commander', text: 'Commander at Khalkhin Gol' } },
    ],
    distractors: [{ id: 'emperor', text: 'Emperor of Japan' }],
    maxTries: 2,
    ...explain('of who they were'),
  },
} satisfies Record<string, Check>;

function section(id: string, title: string, sectionChecks: Check[], extra: Partial<Section> = {}): Section {
  return {
    id,
    title,
    summary: `What ${title} is about.`,
    objective: `Learn about ${title}.`,
    visuals: {},
    checks: sectionChecks,
    body: [
      { t: 'h', level: 2, c: [{ t: 'text', v: `Reading for ${title}` }] },
      { t: 'p', c: [{ t: 'text', v: 'The pact was a ' }, { t: 'term', id: 'neutrality', c: [{ t: 'text', v: 'neutrality' }] }, { t: 'text', v: ' pact.' }] },
      ...(extra.body ?? []),
      ...sectionChecks.map((c) => ({ t: 'check' as const, id: c.id })),
    ],
    ...(extra.visuals ? { visuals: extra.visuals } : {}),
  };
}

export function makeViewLesson(settings: Partial<LessonSettings> = {}): Lesson {
  return {
    id: 'mini-lesson',
    title: 'A mini lesson',
    version: '1.0.0',
    description: 'For tests.',
    audience: 'Tests',
    language: 'en',
    estimatedMinutes: 5,
    objectives: [{ id: 'views', text: 'Test the views.' }],
    settings: { passingScore: 80, scoring: 'best-try', maxTries: 2, gating: true, ...settings },
    glossary: [
      { id: 'neutrality', term: 'Neutrality', definition: 'Staying out of a war and helping neither side.' },
      { id: 'alliance', term: 'Alliance', definition: 'A promise to help each other.' },
    ],
    sections: [
      section('one', 'Beginnings', [viewChecks.capital, viewChecks.alliance], {
        body: [{ t: 'visual', id: 'when' }],
        visuals: { when: { kind: 'timeline', title: 'When things happened', events: [{ date: '13 April 1941', label: 'The pact is signed' }] } },
      }),
      section('two', 'The treaty', [viewChecks.signers, viewChecks.order]),
      section('three', 'Afterwards', [viewChecks.match]),
    ],
  };
}
