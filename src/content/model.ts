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
  readonly estimatedMinutes: number;
  readonly objectives: readonly string[];
  readonly settings: LessonSettings;
  /** In order: context, terms, impact, end, legacy. */
  readonly sections: readonly Section[];
  readonly glossary: readonly GlossaryTerm[];
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
  | { readonly t: 'h'; readonly level: 2 | 3; readonly c: readonly Inline[] }
  | { readonly t: 'ul' | 'ol'; readonly items: readonly (readonly Block[])[] }
  | { readonly t: 'quote'; readonly c: readonly Block[] }
  /** A visual defined in the section's front matter, placed with a ```visual fenced block. */
  | { readonly t: 'visual'; readonly id: string }
  /** Where this section's checks are embedded, placed with a ```check fenced block naming a check id. */
  | { readonly t: 'check'; readonly id: string };

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
  readonly views: readonly { readonly label: string; readonly argument: string }[];
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

export type Visual =
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
