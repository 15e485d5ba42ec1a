/**
 * The check metadata the report reads from the lesson model: the skill a check tests, the objective it
 * assesses, the passage it tests, the misconception behind a distractor, and the objectives with ids.
 * The loader always sets them for real content; hand-made test lessons may leave them out, so each
 * is optional here too.
 */
import type { Check, Choice, Lesson, Objective, Passage, Skill } from '../content/model.ts';

export interface CheckMeta {
  skill?: Skill;
  objective?: string;
  passage?: Passage;
}

export type ObjectiveRef = Objective;

export function checkMeta(check: Check): CheckMeta {
  const meta: CheckMeta = {};
  if (check.skill) meta.skill = check.skill;
  if (check.objective) meta.objective = check.objective;
  if (check.passage) meta.passage = { heading: check.passage.heading, anchor: check.passage.anchor };
  return meta;
}

export function choiceMisconception(choice: Choice): string | undefined {
  return choice.misconception;
}

export function lessonObjectives(lesson: Lesson): ObjectiveRef[] {
  return lesson.objectives.map((o) => ({ id: o.id, text: o.text }));
}
