/**
 * The lesson in two parts for the page: what the first section needs to be usable (the launch part),
 * and the rest of the reading, loaded once the first screen is up (issue 12 §5: script and style before
 * the first section at most 180 KB gzip).
 *
 * The launch part is a whole Lesson: every section's title, summary and estimate, every check (scoring,
 * the saved-state encoding and the tracking need each check's id, answer key, prompt and option texts,
 * the step list and progress their counts), and the debates that ask for a position (the saved state
 * keeps those, the LMS their question). It leaves out what only the views of the later sections show
 * (they are drawn from the whole lesson): their summary, objective, text and other visuals, the
 * debates' views, their checks' feedback (explanation, hint, each option's feedback and misconception),
 * quoted excerpts and passages; and the documents and glossary terms the first section does not use. The rest part puts them back: withRest(launch, rest) is the whole lesson.
 */
import type { Block, Check, Choice, GlossaryTerm, Inline, Lesson, Section, Source, Visual } from './model.ts';

/** What the launch part leaves out: the later sections' reading, all the documents and the glossary. */
export interface LessonRest {
  /** Every section after the first, by id: its words on its own page, full text, visuals and checks. */
  readonly sections: readonly Pick<Section, 'id' | 'summary' | 'objective' | 'body' | 'visuals' | 'checks'>[];
  /** The whole list, in authored order. */
  readonly sources: readonly Source[];
  /** The whole glossary, in authored order. */
  readonly glossary: readonly GlossaryTerm[];
}

function inlineTerms(inlines: readonly Inline[], into: Set<string>): void {
  for (const inline of inlines) {
    if (inline.t === 'term') into.add(inline.id);
    if (inline.t !== 'text') inlineTerms(inline.c, into);
  }
}

/** The glossary terms and documents a list of blocks places. */
function blockRefs(blocks: readonly Block[], refs: { terms: Set<string>; sources: Set<string> }): void {
  for (const block of blocks) {
    if (block.t === 'p' || block.t === 'h') inlineTerms(block.c, refs.terms);
    else if (block.t === 'quote') blockRefs(block.c, refs);
    else if (block.t === 'ul' || block.t === 'ol') for (const item of block.items) blockRefs(item, refs);
    else if (block.t === 'source') refs.sources.add(block.id);
  }
}

/** The visuals the lesson state needs from a section whose reading is not in the launch part: the debates that ask for a position, without their views. */
function keptVisuals(section: Section): Record<string, Visual> {
  return Object.fromEntries(
    Object.entries(section.visuals).flatMap(([id, v]) => (v.kind === 'debate' && v.respond !== undefined ? [[id, { ...v, views: [] }]] : [])),
  );
}

/** A choice without its feedback: its id and text are what the LMS and the scoring read. */
function bareChoice({ feedback: _feedback, misconception: _misconception, ...choice }: Choice): Choice {
  return choice;
}

/** A check without the feedback, excerpt and passage only its view shows ('' keeps the type whole). */
function withoutFeedback({ hint: _hint, passage: _passage, ...check }: Check): Check {
  const lean = { ...check, explanation: '', ...(check.document ? { document: { source: check.document.source, excerpt: '' } } : {}) };
  switch (lean.type) {
    case 'single-choice':
    case 'multiple-response':
      return { ...lean, options: lean.options.map(bareChoice) };
    case 'ordering':
      return { ...lean, items: lean.items.map(bareChoice) };
    case 'matching':
      return { ...lean, pairs: lean.pairs.map((p) => ({ left: bareChoice(p.left), right: bareChoice(p.right) })), distractors: lean.distractors.map(bareChoice) };
    case 'true-false':
      return lean;
  }
}

export function splitForLaunch(lesson: Lesson): { launch: Lesson; rest: LessonRest } {
  const [first, ...later] = lesson.sections;
  const refs = { terms: new Set<string>(), sources: new Set<string>() };
  if (first) {
    blockRefs(first.body, refs);
    for (const check of first.checks) if (check.document) refs.sources.add(check.document.source);
  }
  const sources = lesson.sources ?? [];
  const launch: Lesson = {
    ...lesson,
    sections: [...(first ? [first] : []), ...later.map((s) => ({ ...s, summary: '', objective: '', body: [], visuals: keptVisuals(s), checks: s.checks.map(withoutFeedback) }))],
    glossary: lesson.glossary.filter((t) => refs.terms.has(t.id)),
    ...(lesson.sources ? { sources: sources.filter((s) => refs.sources.has(s.id)) } : {}),
  };
  const rest: LessonRest = {
    sections: later.map((s) => ({ id: s.id, summary: s.summary, objective: s.objective, body: s.body, visuals: s.visuals, checks: s.checks })),
    sources,
    glossary: lesson.glossary,
  };
  return { launch, rest };
}

/** The whole lesson again: the launch part with the rest put back (sections the rest has not stay as they are). */
export function withRest(launch: Lesson, rest: LessonRest): Lesson {
  const reading = new Map(rest.sections.map((s) => [s.id, s]));
  return {
    ...launch,
    sections: launch.sections.map((section) => {
      const more = reading.get(section.id);
      return more ? { ...section, summary: more.summary, objective: more.objective, body: more.body, visuals: more.visuals, checks: more.checks } : section;
    }),
    glossary: rest.glossary,
    ...(launch.sources || rest.sources.length > 0 ? { sources: rest.sources } : {}),
  };
}
