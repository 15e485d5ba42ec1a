/**
 * Facts about the lesson a teacher plans with, taken from the model: minutes per section (the lesson's own
 * estimate), its visuals, its debates and its look-closer document tasks.
 */
import type { DebateVisual, DocumentVisual, Lesson, LookCloserVisual, Section } from '../../src/content/model.ts';

export interface SectionPlan {
  readonly section: Section;
  readonly minutes: number;
}

/**
 * Each section's minutes as the lesson's own estimate counts them (src/content/estimate.ts:
 * reading, checks, positions and look-closer tasks), so the guide and the start screen never disagree.
 * A hand-made lesson without estimates shares the lesson's minutes out evenly.
 */
export function lessonMap(lesson: Lesson): SectionPlan[] {
  const even = Math.max(1, Math.round(lesson.estimatedMinutes / Math.max(1, lesson.sections.length)));
  return lesson.sections.map((section) => ({
    section,
    minutes: section.estimate?.minutes ?? even,
  }));
}

export function debates(section: Section): DebateVisual[] {
  return Object.values(section.visuals).filter((v): v is DebateVisual => v.kind === 'debate');
}

export function documents(section: Section): DocumentVisual[] {
  return Object.values(section.visuals).filter((v): v is DocumentVisual => v.kind === 'document');
}

export function lookCloserTasks(section: Section): LookCloserVisual[] {
  return Object.values(section.visuals).filter((v): v is LookCloserVisual => v.kind === 'look-closer');
}
