/**
 * The one place the report reads check metadata that the content model is still gaining (skill, the
 * objective a check assesses, the passage it tests, the misconception behind a distractor, objective ids).
 *
 * The fields are read defensively from the model so the item bank includes them when the content
 * provides them and leaves them out when it does not. When the model declares them, tighten these types
 * (and delete the casts) here and nowhere else.
 */
import type { Check, Choice, Lesson } from '../content/model.ts';

export type CheckMeta = {
  skill?: string;
  objective?: string;
  passage?: { heading: string; anchor: string };
};

export interface ObjectiveRef {
  readonly id: string;
  readonly text: string;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function checkMeta(check: Check): CheckMeta {
  const raw = check as unknown as Record<string, unknown>;
  const meta: CheckMeta = {};
  const skill = text(raw.skill);
  if (skill) meta.skill = skill;
  const objective = text(raw.objective);
  if (objective) meta.objective = objective;
  const passage = raw.passage as Record<string, unknown> | undefined;
  if (passage && typeof passage === 'object') {
    const heading = text(passage.heading);
    const anchor = text(passage.anchor);
    if (heading) meta.passage = { heading, anchor: anchor ?? '' };
  }
  return meta;
}

export function choiceMisconception(choice: Choice): string | undefined {
  return text((choice as unknown as Record<string, unknown>).misconception);
}

/**
 * The lesson's objectives with ids: today they are plain strings (given ids objective-1, objective-2…);
 * once lesson.yaml gives them ids ({ id, text }), those ids are used.
 */
export function lessonObjectives(lesson: Lesson): ObjectiveRef[] {
  const list = lesson.objectives as readonly unknown[];
  return list.flatMap((entry, i): ObjectiveRef[] => {
    if (typeof entry === 'string') return [{ id: `objective-${i + 1}`, text: entry }];
    if (entry && typeof entry === 'object') {
      const o = entry as Record<string, unknown>;
      const t = text(o.text) ?? text(o.objective) ?? text(o.title);
      if (t) return [{ id: text(o.id) ?? `objective-${i + 1}`, text: t }];
    }
    return [];
  });
}
