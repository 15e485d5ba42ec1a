/**
 * A small, valid lesson written to a fresh temp folder per test. Tests break one thing in it (by
 * editing one file's text) and check the message names the right file and field.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const LESSON_ID = 'demo';

const files: Record<string, string> = {
  'lessons/demo/lesson.yaml': `id: demo
title: A demo lesson
version: 1.0.0
description: A lesson used by the content pipeline tests.
audience: Test runners
language: en
estimatedMinutes: 5
objectives:
  - id: basics
    text: Check that the loader works.
settings:
  passingScore: 70
sections: [intro, terms]
`,
  'lessons/demo/glossary.yaml': `terms:
  - id: puppet-state
    term: Puppet state
    definition: A state set up and controlled by another power.
  - id: ratification
    term: Ratification
    definition: A government's formal approval of a treaty it has signed.
`,
  'lessons/demo/01-intro.md': `---
id: intro
title: Introduction
summary: What this is about.
objective: Explain the basics.
visuals:
  road:
    kind: timeline
    title: The road
    events:
      - date: 1939
        label: A battle
      - date: 13 Apr 1941
        label: The pact
        detail: Signed in Moscow.
  where:
    kind: map
    title: Where
    caption: The region.
    map: region-1939
---

## Background

A paragraph with *emphasis*, **strong** text and a [puppet state](glossary:puppet-state).

\`\`\`visual
road
\`\`\`

\`\`\`check
intro_order
\`\`\`

\`\`\`visual
where
\`\`\`
`,
  'lessons/demo/02-terms.md': `---
id: terms
title: The terms
summary: What the pact said.
objective: Describe the terms.
visuals:
  treaty:
    kind: document
    title: The treaty
    parts:
      - heading: Article 1
        text: Peace and friendship.
        note: They will not attack each other.
---

The treaty needed [ratification](glossary:ratification).

\`\`\`source
pact
\`\`\`

\`\`\`visual
treaty
\`\`\`
`,
  'quizzes/demo/intro.yaml': `section: intro
checks:
  - id: intro_where
    type: single-choice
    prompt: Where was the battle?
    options:
      - id: a
        text: On the border
        feedback: Right.
      - id: b
        text: Outside Moscow
    correct: a
    explanation: It was on the border.
    hint: Think of the map.
    skill: recall
    objective: basics

  - id: intro_which
    type: multiple-response
    prompt: Which of these were signed? Choose all that apply.
    options:
      - { id: a, text: The pact }
      - { id: b, text: A trade deal }
      - { id: c, text: Nothing else }
    correct: [a, b]
    explanation: Both were signed.
    maxTries: 3
    skill: cause
    objective: basics

  - id: intro_order
    type: ordering
    prompt: Put these in order, earliest first.
    items:
      - { id: battle, text: The battle }
      - { id: pact, text: The pact }
      - { id: war, text: The war }
    explanation: That is the order.
    skill: chronology
    objective: basics
`,
  'quizzes/demo/terms.yaml': `section: terms
checks:
  - id: terms_true
    type: true-false
    prompt: The pact was signed in Moscow.
    correct: true
    explanation: It was.
    maxTries: 1
    skill: source
    objective: basics
    document:
      source: pact
      excerpt: Both sides will keep the peace

  - id: terms_match
    type: matching
    prompt: Match each term to its meaning.
    pairs:
      - left: { id: manchukuo, text: Manchukuo }
        right: { id: puppet, text: A state run by Japan }
      - left: { id: ratify, text: Ratify }
        right: { id: approve, text: Formally approve }
    distractors:
      - { id: navy, text: A navy }
    explanation: These are the meanings.
    skill: recall
    objective: basics
`,
  'lessons/demo/sources.yaml': `sources:
  - id: pact
    title: The pact
    date: 13 April 1941
    issuer: Japan and the USSR
    kind: treaty
    section: terms
    translation: A working translation.
    source: A test source line.
    excerpts:
      - heading: Article 1
        text: Both sides will keep the peace, and "respect each other's land and borders".
        working: true
        note: No attacks.
    lookFor: What does Article 1 promise?
`,
};

/** The fixture's files, by root-relative path. */
export function fixtureFiles(): Record<string, string> {
  return { ...files };
}

const made: string[] = [];

/**
 * Writes the fixture to a new temp folder. `edit` maps a path to its new text, or to null to
 * delete the file; paths not in the fixture are added.
 */
export function writeFixture(edit: Record<string, string | null> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'lesson-content-'));
  made.push(root);
  const all: Record<string, string | null> = { ...files, ...edit };
  for (const [path, text] of Object.entries(all)) {
    if (text === null) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** One fixture file's text changed by `change`; fails loudly if it changed nothing. */
export function edited(path: string, change: (text: string) => string): string {
  const before = files[path];
  if (before === undefined) throw new Error(`no fixture file ${path}`);
  const after = change(before);
  if (after === before) throw new Error(`edit of ${path} changed nothing`);
  return after;
}

/** Writes the fixture with one file's text changed by `change`. */
export function withEdit(path: string, change: (text: string) => string): string {
  return writeFixture({ [path]: edited(path, change) });
}

/** "line N" of the first line containing `needle` (the form messages use), so tests need no counting. */
export function lineOf(text: string, needle: string, from = 0): string {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" not in the text`);
  return `line ${text.slice(0, at).split('\n').length}`;
}

/** Removes every temp folder made so far (call from afterAll). */
export function cleanFixtures(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}
