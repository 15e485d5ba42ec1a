/**
 * The lesson model: what the content files become once they have been read and checked at build time.
 *
 * Everything downstream (lesson state, views, tracking, packaging) reads only these types, never the
 * files. The model is plain JSON (no functions, no classes) so the build can emit it as a module and
 * tests can build small ones by hand.
 */

/** How a check's score counts: the learner's first try only, or the best of the allowed tries. */
export type ScoringRule = 'first-try' | 'best-try';

export interface LessonSettings {
  /** Passing score in percent, 0–100. Default 80. */
  readonly passingScore: number;
  /** Default 'best-try': a check counts as correct if any allowed try was right. */
  readonly scoring: ScoringRule;
  /** Tries a learner gets at each check before the answer is shown. Default 2. A check may override it. */
  readonly maxTries: number;
  /** When true (default), a section's checks must all be finished before the learner may go on. */
  readonly gating: boolean;
}

export interface Lesson {
  /** Stable id, also the package name: lower case letters, digits and dashes. */
  readonly id: string;
  readonly title: string;
  /** Semantic version of the content, e.g. "1.0.0". Saved state records it. */
  readonly version: string;
  readonly description: string;
  readonly audience: string;
  readonly language: string;
  /** The whole lesson's estimated time in whole minutes, computed from its words and tasks (estimate.ts). */
  readonly estimatedMinutes: number;
  /** What a learner can do afterwards; checks name the one they assess by id. */
  readonly objectives: readonly Objective[];
  readonly settings: LessonSettings;
  /** In order: context, terms, impact, end, legacy. */
  readonly sections: readonly Section[];
  readonly glossary: readonly GlossaryTerm[];
  /**
   * The documents the lesson quotes (sources.yaml), in authored order. Optional only so hand-made
   * test lessons may leave it out; the loader always sets it.
   */
  readonly sources?: readonly Source[];
}

export interface Objective {
  /** [a-z][a-z0-9-]*, named by checks in `objective`. */
  readonly id: string;
  readonly text: string;
}

/** What a check asks of the learner. Everything but recall asks them to reason with what they know. */
export type Skill = 'recall' | 'chronology' | 'cause' | 'significance' | 'evidence' | 'perspective' | 'source';

/** The build's honest reading-and-doing time for one section. */
export interface TimeEstimate {
  /** Words the learner reads: text, visuals, the documents placed here, and the checks' prompts and answers. */
  readonly words: number;
  /** Checks, plus written positions after debates and look-closer document tasks. */
  readonly tasks: number;
  /** The unrounded estimate, so the lesson total is not the sum of five roundings. */
  readonly seconds: number;
  /** Whole minutes, at least 1. */
  readonly minutes: number;
}

export type SourceKind = 'treaty' | 'statement' | 'proclamation' | 'letter' | 'report' | 'diary' | 'newspaper';

/** How a document's card is drawn, after the original's layout (see DOCUMENT_LAYOUTS in schema.ts). */
export type DocumentLayout = 'treaty' | 'conference' | 'note' | 'memorandum' | 'telegram' | 'diary' | 'newspaper' | 'rescript';

export interface SourceExcerpt {
  readonly heading?: string;
  /** English, verbatim; or the compiler's working translation when `working` is true. */
  readonly text: string;
  readonly working: boolean;
  /** The official wording in its own language (Japanese, or another authentic language). */
  readonly original?: string;
  /** The Russian official wording, where given. */
  readonly russian?: string;
  /** A plain-words note beside the excerpt. */
  readonly note?: string;
}

/** A primary document, quoted word for word with where its words come from. */
export interface Source {
  /** [a-z0-9-]+; placed in text with a ```source block, named by checks' `document.source`. */
  readonly id: string;
  readonly title: string;
  readonly date: string;
  /** Who issued or wrote it. */
  readonly issuer: string;
  /** What it is, named on its card. */
  readonly kind: SourceKind;
  /** How its card is drawn: the kind's usual layout unless sources.yaml names another. */
  readonly layout: DocumentLayout;
  /** The section where it belongs (its card is placed there). */
  readonly section: string;
  /** Where the English text comes from, and whether it is an official or working translation. */
  readonly translation: string;
  /** The source line: the publication or archive the text was copied from. */
  readonly source: string;
  readonly excerpts: readonly SourceExcerpt[];
  /** "What to look for": a prompt for reading it as a historian. */
  readonly lookFor: string;
}

export interface Section {
  /** One of the ids listed in lesson.yaml, e.g. "context". Used in SCORM objective ids. */
  readonly id: string;
  readonly title: string;
  /** A one-line summary shown in the step list and results. */
  readonly summary: string;
  /** The learning objective this section serves, in words a learner reads. */
  readonly objective: string;
  readonly body: readonly Block[];
  readonly visuals: Readonly<Record<string, Visual>>;
  readonly checks: readonly Check[];
  /** Optional only for hand-made test lessons; the loader always sets it. */
  readonly estimate?: TimeEstimate;
}

// ---------------------------------------------------------------------------------------------
// Rich text: a small, safe subset of Markdown, parsed at build time. No raw HTML ever reaches it.
// ---------------------------------------------------------------------------------------------

export type Inline =
  | { readonly t: 'text'; readonly v: string }
  | { readonly t: 'em'; readonly c: readonly Inline[] }
  | { readonly t: 'strong'; readonly c: readonly Inline[] }
  /** A link to a glossary entry, written in Markdown as [ratified](glossary:ratification). */
  | { readonly t: 'term'; readonly id: string; readonly c: readonly Inline[] };

export type Block =
  | { readonly t: 'p'; readonly c: readonly Inline[] }
  /** Level 2 or 3 inside a section (the section title is the level-1 heading the shell renders). */
  | { readonly t: 'h'; readonly level: 2 | 3; readonly c: readonly Inline[]; readonly anchor?: string }
  | { readonly t: 'ul' | 'ol'; readonly items: readonly (readonly Block[])[] }
  | { readonly t: 'quote'; readonly c: readonly Block[] }
  /** A visual defined in the section's front matter, placed with a ```visual fenced block. */
  | { readonly t: 'visual'; readonly id: string }
  /** Where this section's checks are embedded, placed with a ```check fenced block naming a check id. */
  | { readonly t: 'check'; readonly id: string }
  /** A document card from sources.yaml, placed with a ```source fenced block naming a source id. */
  | { readonly t: 'source'; readonly id: string };

// ---------------------------------------------------------------------------------------------
// Visuals: things that are not running text.
// ---------------------------------------------------------------------------------------------

export interface TimelineVisual {
  readonly kind: 'timeline';
  readonly title: string;
  /** A map (id in maps.yaml) on which the current event's place is marked as the learner steps through. */
  readonly map?: string;
  readonly events: readonly {
    readonly date: string;
    readonly label: string;
    readonly detail?: string;
    /** A place or area on the timeline's map. */
    readonly place?: string;
  }[];
}

/** The treaty shown as a document: each article's text paraphrased, with a plain-language note. */
export interface DocumentVisual {
  readonly kind: 'document';
  readonly title: string;
  readonly caption?: string;
  readonly parts: readonly { readonly heading: string; readonly text: string; readonly note: string }[];
}

export interface CauseEffectVisual {
  readonly kind: 'cause-effect';
  readonly title: string;
  readonly links: readonly { readonly cause: string; readonly effect: string; readonly who?: string }[];
}

export interface ThenNowVisual {
  readonly kind: 'then-now';
  readonly title: string;
  readonly rows: readonly { readonly topic: string; readonly then: string; readonly now: string }[];
}

/** Two sides of a debate among historians, shown side by side and labelled as a debate. */
export interface DebateVisual {
  readonly kind: 'debate';
  readonly title: string;
  readonly question: string;
  readonly views: readonly DebateView[];
  /** When set, the learner writes their own position after the debate; this is the prompt. */
  readonly respond?: string;
}

export interface DebateView {
  readonly label: string;
  /** The historians or official positions that hold this view. */
  readonly who: readonly string[];
  readonly argument: string;
  /** The evidence this position rests on. */
  readonly evidence: readonly string[];
}

/** A map drawn at build time from lessons/<id>/maps.yaml (src/content/maps); `map` is its id there. */
export interface MapVisual {
  readonly kind: 'map';
  readonly title: string;
  readonly caption: string;
  readonly map: string;
}

/** The picture at the top of a section: its date span and place, marked on a small locator map. */
export interface LeadVisual {
  readonly kind: 'lead';
  readonly title: string;
  readonly dates: string;
  /** Where the section happens, in words. */
  readonly where: string;
  readonly map: string;
  /** Places or areas of that map to mark. */
  readonly focus: readonly string[];
}

/** The habit of reading like a historian that a look-closer task practises (SHEG's Reading Like a Historian). */
export type ReadingHabit = 'sourcing' | 'close-reading' | 'corroboration' | 'contextualisation';

/** Each habit in the words a learner and a teacher read (the task's label, the teacher guide). */
export const READING_HABIT_WORDS: Readonly<Record<ReadingHabit, string>> = {
  sourcing: 'sourcing',
  'close-reading': 'close reading',
  corroboration: 'corroboration',
  contextualisation: 'context',
};

/**
 * An unscored document task drawn inside a document's card: a question about that document, a choice
 * among phrases or readings, then a historian's reading to compare with. Nothing is scored or saved.
 */
export interface LookCloserVisual {
  readonly kind: 'look-closer';
  readonly title: string;
  readonly habit: ReadingHabit;
  /** The document (sources.yaml id) it asks about, one of this section's. */
  readonly source: string;
  /**
   * Where in that document's card: 'header' (after who, when and where from: for sourcing), an excerpt's
   * heading (after that excerpt), or 'text' (after the whole text, in place of "What to look for").
   */
  readonly after: string;
  /** What the learner is asked; the legend of the choices. */
  readonly question: string;
  /** Phrases or readings to choose from; each note is shown when the learner compares. */
  readonly options: readonly { readonly text: string; readonly note: string }[];
  /** A historian's reading of the document, shown on "Compare". */
  readonly historian: string;
}

export type Visual =
  | LookCloserVisual
  | TimelineVisual
  | DocumentVisual
  | CauseEffectVisual
  | ThenNowVisual
  | DebateVisual
  | MapVisual
  | LeadVisual;

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

export type CheckType = 'single-choice' | 'multiple-response' | 'true-false' | 'ordering' | 'matching';

export interface Choice {
  /** Short id, [a-z0-9_], stable across versions: it goes to the LMS in responses. */
  readonly id: string;
  readonly text: string;
  /** Why choosing this option is right or wrong; shown when the learner picks it. */
  readonly feedback?: string;
  /** The misconception a wrong option targets, for item analysis. */
  readonly misconception?: string;
}

interface CheckBase {
  /** Unique in the lesson, [a-z][a-z0-9_]*: it is the SCORM interaction id stem. */
  readonly id: string;
  readonly section: string;
  readonly prompt: string;
  /** Why the correct answer is correct. Shown after a right answer and when the answer is revealed. */
  readonly explanation: string;
  /** Shown after a wrong try while tries remain. */
  readonly hint?: string;
  /** Tries for this check; the lesson setting when absent. */
  readonly maxTries: number;
  /*
   * The next four are always set by the loader; they are optional only so that hand-made test
   * lessons elsewhere need not spell them out.
   */
  /** What the check asks of the learner. */
  readonly skill?: Skill;
  /** The id of the lesson objective it assesses. */
  readonly objective?: string;
  /** The nearest ## or ### heading before the check in the text: for links back to the passage. */
  readonly passage?: Passage;
  /** A document-based check's excerpt, shown above the prompt, with the source it is quoted from. */
  readonly document?: { readonly source: string; readonly excerpt: string };
}

export interface Passage {
  readonly heading: string;
  /** The heading's element id on the section page. */
  readonly anchor: string;
}

export interface SingleChoiceCheck extends CheckBase {
  readonly type: 'single-choice';
  readonly options: readonly Choice[];
  readonly correct: string;
}

export interface MultipleResponseCheck extends CheckBase {
  readonly type: 'multiple-response';
  readonly options: readonly Choice[];
  /** Every option id that must be chosen, and no other. */
  readonly correct: readonly string[];
}

export interface TrueFalseCheck extends CheckBase {
  readonly type: 'true-false';
  readonly correct: boolean;
}

export interface OrderingCheck extends CheckBase {
  readonly type: 'ordering';
  /** Listed in the correct order; the learner sees them shuffled. */
  readonly items: readonly Choice[];
}

export interface MatchingCheck extends CheckBase {
  readonly type: 'matching';
  /** Each left item and the right item it belongs with. */
  readonly pairs: readonly { readonly left: Choice; readonly right: Choice }[];
  /** Extra right-hand items that match nothing. */
  readonly distractors: readonly Choice[];
}

export type Check = SingleChoiceCheck | MultipleResponseCheck | TrueFalseCheck | OrderingCheck | MatchingCheck;

export interface GlossaryTerm {
  /** [a-z0-9-]+, referenced from text as (glossary:id). */
  readonly id: string;
  readonly term: string;
  readonly definition: string;
}
