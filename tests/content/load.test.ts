// @vitest-environment node
/** A valid lesson becomes the expected model: defaults applied, checks ordered, unplaced checks appended. */
import { afterAll, describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/content';
import { LESSON_ID, cleanFixtures, writeFixture } from './fixture';

afterAll(cleanFixtures);

describe('loadLesson on valid content', () => {
  const lesson = loadLesson(writeFixture(), LESSON_ID);

  it('reads lesson.yaml and fills in setting defaults', () => {
    expect(lesson.id).toBe('demo');
    expect(lesson.version).toBe('1.0.0');
    expect(lesson.objectives).toEqual([{ id: 'basics', text: 'Check that the loader works.' }]);
    expect(lesson.settings).toEqual({ passingScore: 70, scoring: 'best-try', maxTries: 2, gating: true });
  });

  it('reads the glossary', () => {
    expect(lesson.glossary.map((t) => t.id)).toEqual(['puppet-state', 'ratification']);
  });

  it('reads sections in lesson order with their visuals', () => {
    expect(lesson.sections.map((s) => s.id)).toEqual(['intro', 'terms']);
    const intro = lesson.sections[0]!;
    expect(intro.title).toBe('Introduction');
    expect(Object.keys(intro.visuals)).toEqual(['road', 'where']);
    // YAML reads `date: 1939` as a number; the model keeps it as the text the author wrote.
    expect(intro.visuals.road).toEqual({
      kind: 'timeline',
      title: 'The road',
      events: [
        { date: '1939', label: 'A battle' },
        { date: '13 Apr 1941', label: 'The pact', detail: 'Signed in Moscow.' },
      ],
    });
  });

  it('gives each check its skill, objective and passage (the nearest heading before it, with its anchor)', () => {
    const intro = lesson.sections[0]!;
    expect(intro.checks.map((c) => [c.id, c.skill, c.objective, c.passage])).toEqual([
      ['intro_order', 'chronology', 'basics', { heading: 'Background', anchor: 'intro--background' }],
      ['intro_where', 'recall', 'basics', { heading: 'Background', anchor: 'intro--background' }],
      ['intro_which', 'cause', 'basics', { heading: 'Background', anchor: 'intro--background' }],
    ]);
    expect(intro.body[0]).toMatchObject({ t: 'h', anchor: 'intro--background' });
    // A check before any heading has no passage to point to.
    expect(lesson.sections[1]!.checks[0]!.passage).toBeUndefined();
    expect(lesson.sections[1]!.checks[0]!.document).toEqual({ source: 'pact', excerpt: 'Both sides will keep the peace' });
  });

  it('reads the documents and places their cards', () => {
    // With no layout named, a document is drawn in its kind's usual one.
    expect(lesson.sources?.map((s) => [s.id, s.kind, s.layout, s.section])).toEqual([['pact', 'treaty', 'treaty', 'terms']]);
    expect(lesson.sources?.[0]?.excerpts[0]).toMatchObject({ heading: 'Article 1', working: true, note: 'No attacks.' });
    expect(lesson.sections[1]!.body).toContainEqual({ t: 'source', id: 'pact' });
  });

  it('computes a time estimate per section from words and tasks, and the total from the sections', () => {
    const [intro, terms] = lesson.sections;
    // Few words and three checks at 30 s each: about 2 minutes.
    expect(intro!.estimate).toMatchObject({ tasks: 3, minutes: 2 });
    expect(intro!.estimate!.words).toBeGreaterThan(20);
    expect(lesson.estimatedMinutes).toBe(Math.round((intro!.estimate!.seconds + terms!.estimate!.seconds) / 60));
  });

  it('orders checks: placed ones in text order, then unplaced ones in quiz-file order', () => {
    const intro = lesson.sections[0]!;
    expect(intro.checks.map((c) => c.id)).toEqual(['intro_order', 'intro_where', 'intro_which']);
    const checkBlocks = intro.body.filter((b) => b.t === 'check').map((b) => (b.t === 'check' ? b.id : ''));
    expect(checkBlocks).toEqual(['intro_order', 'intro_where', 'intro_which']);
    // The unplaced ones are at the very end of the body.
    expect(intro.body.slice(-2)).toEqual([
      { t: 'check', id: 'intro_where' },
      { t: 'check', id: 'intro_which' },
    ]);
  });

  it('gives every check its section and tries (its own, else the lesson setting)', () => {
    const checks = lesson.sections.flatMap((s) => s.checks);
    expect(checks.map((c) => [c.id, c.section, c.maxTries])).toEqual([
      ['intro_order', 'intro', 2],
      ['intro_where', 'intro', 2],
      ['intro_which', 'intro', 3],
      ['terms_true', 'terms', 1],
      ['terms_match', 'terms', 2],
    ]);
    const where = checks.find((c) => c.id === 'intro_where');
    expect(where).toMatchObject({
      type: 'single-choice',
      correct: 'a',
      hint: 'Think of the map.',
      options: [{ id: 'a', text: 'On the border', feedback: 'Right.' }, { id: 'b', text: 'Outside Moscow' }],
    });
    const match = checks.find((c) => c.id === 'terms_match');
    expect(match).toMatchObject({ type: 'matching', distractors: [{ id: 'navy', text: 'A navy' }] });
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(lesson))).toEqual(lesson);
  });
});

describe('loadLesson defaults', () => {
  it('uses all default settings when settings are left out, and [] for missing distractors', () => {
    const root = writeFixture({
      'lessons/demo/lesson.yaml': `id: demo
title: T
version: 2.0.1
description: D
audience: A
language: en-GB
estimatedMinutes: 5
objectives: [{ id: basics, text: O }]
sections: [intro, terms]
`,
      'quizzes/demo/terms.yaml': `section: terms
checks:
  - id: terms_match
    type: matching
    prompt: Match.
    pairs:
      - left: { id: a, text: A }
        right: { id: b, text: B }
      - left: { id: c, text: C }
        right: { id: d, text: D }
    explanation: E.
    skill: chronology
    objective: basics
`,
    });
    const lesson = loadLesson(root, LESSON_ID);
    expect(lesson.settings).toEqual({ passingScore: 80, scoring: 'best-try', maxTries: 2, gating: true });
    expect(lesson.sections[1]!.checks[0]).toMatchObject({ distractors: [], maxTries: 2 });
  });
});
