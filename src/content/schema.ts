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

/** Objective ids are what checks name in `objective:`; they may also reach LMS reports. */
export const objectiveId = id(/^[a-z][a-z0-9-]*$/, 'use lower case letters, digits and dashes, starting with a letter', 40);

/** What a check asks the learner to do: recall a fact, or reason as a historian does. */
export const SKILLS = ['recall', 'chronology', 'cause', 'significance', 'evidence', 'perspective', 'source'] as const;

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
  // The time shown to learners is computed from the words and tasks (estimate.ts); an authored figure
  // would drift from the content, so it is no longer read.
  estimatedMinutes: z.number().int().positive().optional(),
  objectives: z.array(z.strictObject({ id: objectiveId, text: text() })).min(1),
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

/** A map of lessons/<id>/maps.yaml; that it exists is checked where the maps are built (src/content/maps). */
const mapRef = id(/^[a-z0-9-]+$/, 'use the id of a map in maps.yaml (lower case letters, digits and dashes)');
/** A place or area on that map, e.g. khalkhin-gol or manchukuo. */
const spotRef = id(/^[a-z0-9-]+$/, 'use the id of a place or area in maps.yaml (lower case letters, digits and dashes)');

const timeline = z.strictObject({
  kind: z.literal('timeline'),
  title: text(),
  // With a map, the learner steps through the events and each event's place is marked on it.
  map: mapRef.optional(),
  events: z.array(z.strictObject({ date: text(), label: text(), detail: text().optional(), place: spotRef.optional() })).min(1),
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
  views: z
    .array(
      z.strictObject({
        label: text(),
        // Named historians or official positions: a debate is shown with the people who hold each side.
        who: z.array(text()).min(1),
        argument: text(),
        evidence: z.array(text()).min(1),
      }),
    )
    .min(2),
  // When present, the learner writes their own position after the debate (a `writePosition` action).
  respond: text().optional(),
});

const map = z.strictObject({
  kind: z.literal('map'),
  title: text(),
  caption: text(),
  map: mapRef,
});

/** The picture at the top of a section: where and when it happens, on a small locator map. */
const lead = z.strictObject({
  kind: z.literal('lead'),
  title: text(),
  dates: text(),
  where: text(),
  map: mapRef,
  focus: z.array(spotRef).min(1),
});

export const READING_HABITS = ['sourcing', 'close-reading', 'corroboration', 'contextualisation'] as const;

/**
 * An unscored "look closer" task drawn inside a document's card (`after`: header, an excerpt's heading,
 * or text; checked against the document in source-rules.ts): the learner picks a phrase or a reading,
 * then compares with a historian's.
 */
const lookCloser = z.strictObject({
  kind: z.literal('look-closer'),
  title: text(),
  habit: z.enum(READING_HABITS, {
    error: (iss) => `${iss.input === undefined ? 'is required' : `"${String(iss.input)}" is not a habit`}: use one of ${READING_HABITS.join(', ')}`,
  }),
  source: termId,
  after: text(),
  question: text(),
  options: z.array(z.strictObject({ text: text(), note: text() })).min(2).max(4),
  historian: text(),
});

export const visualSchema = z.discriminatedUnion('kind', [timeline, documentVisual, causeEffect, thenNow, debate, map, lead, lookCloser]);

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

const choice = z.strictObject({
  id: choiceId,
  text: text(),
  feedback: text().optional(),
  // The misconception a wrong option targets (facts.md lists them); for the teacher kit's item analysis.
  misconception: text().optional(),
});

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
  skill: z.enum(SKILLS, { error: (iss) => (iss.input === undefined ? 'is required' : `"${String(iss.input)}" is not a skill: use one of ${SKILLS.join(', ')}`) }),
  objective: objectiveId,
  // A document-based check shows an excerpt from sources.yaml above its prompt (checked verbatim).
  document: z.strictObject({ source: termId, excerpt: text() }).optional(),
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

// ---------------------------------------------------------------------------------------------
// sources.yaml: the documents the lesson quotes
// ---------------------------------------------------------------------------------------------

export const SOURCE_KINDS = ['treaty', 'statement', 'proclamation', 'letter', 'report', 'diary', 'newspaper'] as const;

/**
 * How a document's card is drawn, after the original's layout. Each kind has its usual one; `layout`
 * in sources.yaml chooses another where the kind covers documents that looked different (a conference's
 * agreement is a treaty but reads as numbered clauses; a rescript is a proclamation like no other).
 */
export const DOCUMENT_LAYOUTS = ['treaty', 'conference', 'note', 'memorandum', 'telegram', 'diary', 'newspaper', 'rescript'] as const;

const LAYOUT_OF_KIND = {
  treaty: 'treaty',
  statement: 'note',
  proclamation: 'conference',
  letter: 'memorandum',
  report: 'telegram',
  diary: 'diary',
  newspaper: 'newspaper',
} as const satisfies Record<(typeof SOURCE_KINDS)[number], (typeof DOCUMENT_LAYOUTS)[number]>;

const excerpt = z.strictObject({
  heading: text().optional(),
  /** The English text, verbatim (or the compiler's working translation when `working` is true). */
  text: text(),
  working: z.boolean().default(false),
  /** The official text in its own language, verbatim, where the source pack gives it. */
  original: text().optional(),
  russian: text().optional(),
  /** A plain-words note beside the excerpt (e.g. what an article means). */
  note: text().optional(),
});

export const sourcesFileSchema = z.strictObject({
  sources: z
    .array(
      z.strictObject({
        id: termId,
        title: text(),
        date: text(),
        issuer: text(),
        kind: z.enum(SOURCE_KINDS),
        section: sectionId,
        translation: text(),
        source: text(),
        excerpts: z.array(excerpt).min(1),
        lookFor: text(),
        layout: z
          .enum(DOCUMENT_LAYOUTS, { error: (iss) => `"${String(iss.input)}" is not a layout: use one of ${DOCUMENT_LAYOUTS.join(', ')}, or leave it out` })
          .optional(),
      }).transform((source) => ({ ...source, layout: source.layout ?? LAYOUT_OF_KIND[source.kind] })),
    )
    .min(1),
});

export type SourcesFile = z.output<typeof sourcesFileSchema>;
export type LessonFile = z.output<typeof lessonFileSchema>;
export type GlossaryFile = z.output<typeof glossaryFileSchema>;
export type SectionFrontMatter = z.output<typeof sectionFrontMatterSchema>;
export type CheckInput = z.output<typeof checkSchema>;
export type QuizFile = z.output<typeof quizFileSchema>;
