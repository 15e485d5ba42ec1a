/**
 * Facts about the lesson a teacher plans with, taken from the model: minutes per section (estimated from
 * reading length and checks, scaled to the lesson's own estimate), its visuals, and its debates.
 */
import type { Block, DebateVisual, DocumentVisual, Inline, Lesson, Section } from '../../src/content/model.ts';

export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.t === 'text' ? i.v : inlineText(i.c))).join('');
}

function blockWords(blocks: readonly Block[]): number {
  let words = 0;
  for (const b of blocks) {
    if (b.t === 'p' || b.t === 'h') words += inlineText(b.c).split(/\s+/).filter(Boolean).length;
    else if (b.t === 'ul' || b.t === 'ol') words += b.items.reduce((n, item) => n + blockWords(item), 0);
    else if (b.t === 'quote') words += blockWords(b.c);
  }
  return words;
}

export interface SectionPlan {
  readonly section: Section;
  readonly words: number;
  readonly minutes: number;
}

/**
 * Reading at about 150 words a minute (a 14-year-old reading to learn), a minute and a half per check and
 * one per visual, then scaled so the sections add up to the lesson's estimated minutes.
 */
export function lessonMap(lesson: Lesson): SectionPlan[] {
  const weights = lesson.sections.map((s) => blockWords(s.body) / 150 + s.checks.length * 1.5 + Object.keys(s.visuals).length);
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  return lesson.sections.map((section, i) => ({
    section,
    words: blockWords(section.body),
    minutes: Math.max(1, Math.round(((weights[i] ?? 0) / total) * lesson.estimatedMinutes)),
  }));
}

export function debates(section: Section): DebateVisual[] {
  return Object.values(section.visuals).filter((v): v is DebateVisual => v.kind === 'debate');
}

export function documents(section: Section): DocumentVisual[] {
  return Object.values(section.visuals).filter((v): v is DocumentVisual => v.kind === 'document');
}
