/**
 * Zod schemas for every content file, one per shape the content guide (docs/content-format.md) defines.
 *
 * The schemas check each file on its own: required fields present and not empty, ids well formed,
 * list lengths, and defaults. Rules that look across fields or files (a correct answer is one of the
 * options, check ids unique in the lesson, ...) live in single-check-rules.ts (inside one check) and
 * cross-file-rules.ts (across files), where they can name both places.
 *
 * Objects are strict: an unknown field is almost always a misspelt optional one (`feedbak:`), which
 * would otherwise vanish silently.
 */
import * as z from 'zod';

/** Places the lesson's map can mark; the map component draws exactly these. */
export const MAP_PLACES = [
  'moscow',
  'tokyo',
  'vladivostok',
  'khalkhin-gol',
  'lake-khasan',
  'manchukuo',
  'mongolia',
  'korea',
  'sakhalin',
  'kurils',
  'hokkaido',
  'beijing',
  'harbin',
] as const;

/** The longest prompt SCORM interaction descriptions comfortably hold across LMSs. */
export const MAX_PROMPT_LENGTH = 250;

// YAML reads `date: 1941` or `id: 1` as numbers; authors mean the text they typed.
const numberAsString = (v: unknown): unknown => (typeof v === 'number' ? String(v) : v);

/** Author-written text: required, not empty, surrounding white space (e.g. from `>` blocks) dropped. */
const text = () => z.preprocess(numberAsString, z.string().trim().min(1));

/** An id matched against a pattern, with a message that shows the offending value and the rule. */
const id = (pattern: RegExp, rule: string, max?: number) => {
  let s = z.string().regex(pattern, { error: (iss) => `"${String(iss.input)}" is not a valid id: ${rule}` });
  if (max !== undefined) {
    s = s.max(max, { error: (iss) => `"${String(iss.input)}" is longer than ${max} characters` });
  }
  return z.preprocess(numberAsString, s.refine((value) => !isReservedName(value), { error: reservedMessage }));
};

/**
 * Ids become keys of records in the lesson state and the saved answers. A name that every JavaScript
 * object already has (`constructor`, `__proto__`, `toString`…) would find that member instead of an
 * entry; the lookups guard against it too, but the author hears about it here, with file and field.
 */
export function isReservedName(value: string): boolean {
  return value in Object.prototype || value === '__proto__';
}

const reservedMessage = (iss: { input?: unknown }) =>
  `"${String(iss.input)}" cannot be used as an id: every JavaScript object already has a member of that name; choose another`;

// Lesson, glossary and section ids appear in file names and package names: dashes are fine there.
const lessonId = id(/^[a-z0-9-]+$/, 'use lower case letters, digits and dashes');
export const termId = id(/^[a-z0-9-]+$/, 'use lower case letters, digits and dashes');
const sectionId = id(/^[a-z][a-z0-9-]*$/, 'use lower case letters, digits and dashes, starting with a letter');
const visualId = id(/^[a-z0-9][a-z0-9_-]*$/, 'use lower case letters, digits, dashes and _');
// Check and choice ids go into SCORM interaction ids and responses, where dashes and dots have meaning.
const checkId = id(/^[a-z][a-z0-9_]*$/, 'use lower case letters, digits and _, starting with a letter', 60);
const choiceId = id(/^[a-z0-9_]+$/, 'use only lower case letters, digits and _ (no dashes or dots)');
/** A reference to a choice id (a `correct` answer); whether it exists is checked in single-check-rules.ts. */
const choiceRef = z.preprocess(numberAsString, z.string().trim().min(1));

// ---------------------------------------------------------------------------------------------
// lesson.yaml and glossary.yaml
// ---------------------------------------------------------------------------------------------

const settingsSchema = z.strictObject({
  passingScore: z.number().min(0).max(100).default(80),
  scoring: z.enum(['best-try', 'first-try']).default('best-try'),
  maxTries: z.number().int().min(1).default(2),
  gating: z.boolean().default(true),
});

export const lessonFileSchema = z.strictObject({
  id: lessonId,
  title: text(),
  version: z.preprocess(
    numberAsString,
    z.string().regex(/^\d+\.\d+\.\d+$/, { error: (iss) => `"${String(iss.input)}" is not a version like 1.0.0` }),
  ),
  description: text(),
  audience: text(),
  language: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*$/, {
    error: (iss) => `"${String(iss.input)}" is not a language tag like en or en-GB`,
  }),
  estimatedMinutes: z.number().int().positive(),
  objectives: z.array(text()).min(1),
  // A lesson may leave out settings entirely; every setting then takes its default.
  settings: settingsSchema.prefault({}),
  sections: z.array(sectionId).min(1),
});

export const glossaryFileSchema = z.strictObject({
  terms: z.array(z.strictObject({ id: termId, term: text(), definition: text() })).min(1),
});

// ---------------------------------------------------------------------------------------------
// Section front matter and visuals
// ---------------------------------------------------------------------------------------------

const timeline = z.strictObject({
  kind: z.literal('timeline'),
  title: text(),
  events: z.array(z.strictObject({ date: text(), label: text(), detail: text().optional() })).min(1),
});

const documentVisual = z.strictObject({
  kind: z.literal('document'),
  title: text(),
  caption: text().optional(),
  parts: z.array(z.strictObject({ heading: text(), text: text(), note: text() })).min(1),
});

const causeEffect = z.strictObject({
  kind: z.literal('cause-effect'),
  title: text(),
  links: z.array(z.strictObject({ cause: text(), effect: text(), who: text().optional() })).min(1),
});

const thenNow = z.strictObject({
  kind: z.literal('then-now'),
  title: text(),
  rows: z.array(z.strictObject({ topic: text(), then: text(), now: text() })).min(1),
});

const debate = z.strictObject({
  kind: z.literal('debate'),
  title: text(),
  question: text(),
  views: z.array(z.strictObject({ label: text(), argument: text() })).min(2),
});

const map = z.strictObject({
  kind: z.literal('map'),
  title: text(),
  caption: text(),
  highlight: z.array(z.enum(MAP_PLACES)).min(1),
});

export const visualSchema = z.discriminatedUnion('kind', [timeline, documentVisual, causeEffect, thenNow, debate, map]);

export const sectionFrontMatterSchema = z.strictObject({
  id: sectionId,
  title: text(),
  summary: text(),
  objective: text(),
  // A section without visuals may leave the field out.
  visuals: z.record(visualId, visualSchema).default({}),
});

// ---------------------------------------------------------------------------------------------
// Quiz files and checks
// ---------------------------------------------------------------------------------------------

const choice = z.strictObject({ id: choiceId, text: text(), feedback: text().optional() });

/** One side of a matching pair; a missing side gets the message authors will recognise. */
const pairSide = z.strictObject(
  { id: choiceId, text: text(), feedback: text().optional() },
  { error: (iss) => (iss.input === undefined ? 'pair without a partner' : undefined) },
);

const checkBase = {
  id: checkId,
  // The prompt becomes the SCORM interaction description: one line, limited length.
  prompt: z
    .preprocess(numberAsString, z.string().trim().min(1))
    .pipe(
      z
        .string()
        .max(MAX_PROMPT_LENGTH, {
          error: (iss) =>
            `is ${String(iss.input).length} characters long; at most ${MAX_PROMPT_LENGTH} allowed (it becomes the SCORM interaction description)`,
        })
        .refine((s) => !s.includes('\n'), 'must be a single line (it becomes the SCORM interaction description)'),
    ),
  explanation: text(),
  hint: text().optional(),
  // Absent means the lesson's setting; the loader fills it in.
  maxTries: z.number().int().min(1).optional(),
};

const singleChoice = z.strictObject({
  ...checkBase,
  type: z.literal('single-choice'),
  options: z.array(choice).min(2).max(6),
  correct: choiceRef,
});

const multipleResponse = z.strictObject({
  ...checkBase,
  type: z.literal('multiple-response'),
  options: z.array(choice).min(2).max(6),
  correct: z.array(choiceRef).min(1),
});

const trueFalse = z.strictObject({
  ...checkBase,
  type: z.literal('true-false'),
  correct: z.boolean(),
});

const ordering = z.strictObject({
  ...checkBase,
  type: z.literal('ordering'),
  items: z.array(choice).min(3).max(7),
});

const matching = z.strictObject({
  ...checkBase,
  type: z.literal('matching'),
  pairs: z.array(z.strictObject({ left: pairSide, right: pairSide })).min(2).max(6),
  distractors: z.array(pairSide).default([]),
});

export const checkSchema = z.discriminatedUnion('type', [singleChoice, multipleResponse, trueFalse, ordering, matching]);

/**
 * The quiz file's outer shape. Checks are validated one by one (see read.ts) so that one broken
 * check does not hide the cross-file problems of the others.
 */
export const quizFileSchema = z.strictObject({
  section: sectionId,
  checks: z.array(z.unknown()).min(1),
});

export type LessonFile = z.output<typeof lessonFileSchema>;
export type GlossaryFile = z.output<typeof glossaryFileSchema>;
export type SectionFrontMatter = z.output<typeof sectionFrontMatterSchema>;
export type CheckInput = z.output<typeof checkSchema>;
export type QuizFile = z.output<typeof quizFileSchema>;
