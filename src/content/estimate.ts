/**
 * The lesson's honest time estimate, computed at build time from what the learner reads and does.
 *
 * Reading: every word the learner meets in a section (text, visuals, the documents placed there, and
 * each check's prompt, options and excerpt) at READING_WPM, the middle of the 150–200 words a minute
 * of a 14-year-old reading for understanding. Doing: a fixed time per check (deciding, then reading the
 * feedback), per written position and per look-closer task. Text in other languages (the Japanese and
 * Russian originals) is shown for comparison, not read, and is not counted; nor are source lines (citations).
 */
import type { Block, Check, Inline, LookCloserVisual, Section, Source, TimeEstimate, Visual } from './model.ts';
import { wordsOf } from './quote-text.ts';

export const READING_WPM = 175;
export const SECONDS_PER_CHECK = 30;
export const SECONDS_PER_POSITION = 180;
/**
 * A look-closer task: choosing and pressing Compare. Unlike a check's feedback, every word it shows (the
 * question, the choices, the historian's reading and one note) is already counted as reading.
 */
export const SECONDS_PER_LOOK = 10;

function inlineWords(nodes: readonly Inline[]): number {
  return nodes.reduce((n, node) => n + (node.t === 'text' ? wordsOf(node.v).length : inlineWords(node.c)), 0);
}

function blockWords(blocks: readonly Block[]): number {
  return blocks.reduce((n, b) => {
    switch (b.t) {
      case 'p':
      case 'h':
        return n + inlineWords(b.c);
      case 'ul':
      case 'ol':
        return n + b.items.reduce((m, item) => m + blockWords(item), 0);
      case 'quote':
        return n + blockWords(b.c);
      default:
        return n;
    }
  }, 0);
}

const count = (...texts: (string | undefined)[]) => texts.reduce((n, t) => n + (t ? wordsOf(t).length : 0), 0);

function visualWords(v: Visual): number {
  switch (v.kind) {
    case 'timeline':
      return count(v.title) + v.events.reduce((n, e) => n + count(e.date, e.label, e.detail), 0);
    case 'document':
      return count(v.title, v.caption) + v.parts.reduce((n, p) => n + count(p.heading, p.text, p.note), 0);
    case 'cause-effect':
      return count(v.title) + v.links.reduce((n, l) => n + count(l.cause, l.effect, l.who), 0);
    case 'then-now':
      return count(v.title) + v.rows.reduce((n, r) => n + count(r.topic, r.then, r.now), 0);
    case 'debate':
      return count(v.title, v.question, v.respond) + v.views.reduce((n, w) => n + count(w.label, w.argument, ...w.who, ...w.evidence), 0);
    case 'map':
      return count(v.title, v.caption);
    case 'look-closer':
      // The learner reads the question, the choices, the historian's reading and the note on their own
      // choice (one note: the mean length), not every note.
      return (
        count(v.title, v.question, v.historian, ...v.options.map((o) => o.text)) +
        Math.round(v.options.reduce((n, o) => n + count(o.note), 0) / v.options.length)
      );
    case 'lead':
      // A picture with a date span and a place: seen at a glance, not read like text.
      return 0;
  }
}

function sourceWords(s: Source): number {
  return count(s.title, s.date, s.issuer, s.translation, s.lookFor) + s.excerpts.reduce((n, e) => n + count(e.heading, e.text, e.note), 0);
}

function checkWords(c: Check): number {
  const base = count(c.prompt, c.document?.excerpt);
  switch (c.type) {
    case 'single-choice':
    case 'multiple-response':
      return base + c.options.reduce((n, o) => n + count(o.text), 0);
    case 'true-false':
      return base;
    case 'ordering':
      return base + c.items.reduce((n, o) => n + count(o.text), 0);
    case 'matching':
      return base + c.pairs.reduce((n, p) => n + count(p.left.text, p.right.text), 0) + c.distractors.reduce((n, d) => n + count(d.text), 0);
  }
}

/** The blocks of a kind placed in a body, at any depth. */
function placed(blocks: readonly Block[], t: 'visual' | 'source'): string[] {
  return blocks.flatMap((b) => (b.t === t ? [b.id] : b.t === 'ul' || b.t === 'ol' ? b.items.flatMap((i) => placed(i, t)) : b.t === 'quote' ? placed(b.c, t) : []));
}

export function estimateSection(section: Omit<Section, 'estimate'>, sources: readonly Source[]): TimeEstimate {
  const visuals = placed(section.body, 'visual').flatMap((id) => (section.visuals[id] ? [section.visuals[id]] : []));
  const docs = placed(section.body, 'source').flatMap((id) => sources.filter((s) => s.id === id));
  const positions = visuals.filter((v) => v.kind === 'debate' && v.respond !== undefined).length;
  // Look-closer tasks are drawn inside their documents' cards, in place of "What to look for".
  const looks = Object.values(section.visuals).filter((v): v is LookCloserVisual => v.kind === 'look-closer' && docs.some((d) => d.id === v.source));
  const words =
    blockWords(section.body) +
    [...visuals, ...looks].reduce((n, v) => n + visualWords(v), 0) +
    docs.reduce((n, s) => n + sourceWords(s) - (looks.some((v) => v.source === s.id) ? count(s.lookFor) : 0), 0) +
    section.checks.reduce((n, c) => n + checkWords(c), 0);
  const seconds = (words / READING_WPM) * 60 + section.checks.length * SECONDS_PER_CHECK + positions * SECONDS_PER_POSITION + looks.length * SECONDS_PER_LOOK;
  return { words, tasks: section.checks.length + positions + looks.length, seconds: Math.round(seconds), minutes: Math.max(1, Math.round(seconds / 60)) };
}
