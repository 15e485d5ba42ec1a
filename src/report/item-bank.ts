/**
 * The item bank: every check of the lesson with everything a report needs to turn an LMS's
 * `cmi.interactions` rows back into questions and answers in words. Written to the teacher kit as
 * items.json and read by the class report and `npm run report`.
 *
 * The codes each answer goes by in SCORM 1.2 and 2004 are produced by the very functions the lesson's
 * tracking writes responses with (src/tracking/formats.ts), so the bank and the lesson cannot disagree.
 */
import type { Check, Choice, Lesson } from '../content/model.ts';
import { correctResponse } from '../lesson/grading.ts';
import { correctPattern, interactionId, interactionType, learnerResponse } from '../tracking/formats.ts';
import { checkMeta, choiceMisconception, lessonObjectives, type CheckMeta, type ObjectiveRef } from './check-meta.ts';

export const ITEM_BANK_FORMAT = 'scorm-lesson-item-bank';

/** One option, ordering item, matching source or matching target, with its codes in both versions. */
export interface BankChoice {
  readonly id: string;
  readonly text: string;
  /** What SCORM 1.2 responses call it: a letter (or a digit for a matching source). */
  readonly code12: string;
  /** What SCORM 2004 responses call it: the id. */
  readonly code2004: string;
  readonly feedback?: string;
  readonly misconception?: string;
}

export interface BankItem extends CheckMeta {
  readonly id: string;
  readonly section: string;
  readonly type: Check['type'];
  /** The SCORM interaction type the lesson records. */
  readonly interactionType: string;
  readonly question: string;
  readonly maxTries: number;
  /** single-choice and multiple-response: the options in authored order. */
  readonly options?: readonly BankChoice[];
  /** ordering: the items, in the correct order. */
  readonly items?: readonly BankChoice[];
  /** matching: the left-hand items in order, and every right-hand target (pairs' then distractors). */
  readonly sources?: readonly BankChoice[];
  readonly targets?: readonly BankChoice[];
  readonly correct: {
    /** The right response as the lesson stores it (option ids; ['true']; item ids in order; a target id per source). */
    readonly response: readonly string[];
    readonly words: string;
    readonly pattern12: string;
    readonly pattern2004: string;
  };
  readonly explanation: string;
  readonly hint?: string;
}

export interface BankSection {
  readonly id: string;
  readonly title: string;
  readonly objective: string;
  readonly checks: readonly string[];
}

export interface ItemBank {
  readonly format: typeof ITEM_BANK_FORMAT;
  readonly formatVersion: 1;
  readonly lesson: { readonly id: string; readonly title: string; readonly version: string };
  readonly scoring: { readonly rule: string; readonly maxTries: number; readonly passingScore: number };
  /** How interaction ids are made: `<check id>__t<try>`, try counted from 1. */
  readonly interactionIds: { readonly pattern: string; readonly example: string };
  readonly objectives: readonly ObjectiveRef[];
  readonly sections: readonly BankSection[];
  readonly items: readonly BankItem[];
}

/** The interaction id pattern the lesson writes; the inverse of formats.interactionId. */
const INTERACTION_ID = /^(.+)__t(\d+)$/;

export function parseInteractionId(id: string): { checkId: string; tryNumber: number } | null {
  const match = INTERACTION_ID.exec(id.trim());
  if (!match) return null;
  const tryNumber = Number(match[2]);
  return tryNumber >= 1 ? { checkId: match[1] ?? '', tryNumber } : null;
}

function choice(c: Choice, code12: string, code2004: string): BankChoice {
  const misconception = choiceMisconception(c);
  return {
    id: c.id,
    text: c.text,
    code12,
    code2004,
    ...(c.feedback ? { feedback: c.feedback } : {}),
    ...(misconception ? { misconception } : {}),
  };
}

/** A one-id response written in each version gives that id's code there. */
function codes(check: Check, response: string[]): [string, string] {
  return [learnerResponse(check, response, '1.2'), learnerResponse(check, response, '2004')];
}

export function answerSpace(check: Check): Pick<BankItem, 'options' | 'items' | 'sources' | 'targets'> {
  switch (check.type) {
    case 'single-choice':
    case 'multiple-response':
      return { options: check.options.map((o) => choice(o, ...codes(check, [o.id]))) };
    case 'true-false':
      return {};
    case 'ordering':
      return { items: check.items.map((o) => choice(o, ...codes(check, [o.id]))) };
    case 'matching': {
      const first = check.pairs[0]?.right.id ?? '';
      // A response that matches only source i to the first target gives "<digit>.a" / "<id>[.]<id>".
      const sources = check.pairs.map((p, i) => {
        const [c12, c04] = codes(check, check.pairs.map((_, j) => (j === i ? first : '')));
        return choice(p.left, c12.split('.')[0] ?? '', c04.split('[.]')[0] ?? '');
      });
      const targets = [...check.pairs.map((p) => p.right), ...check.distractors].map((t) => {
        const [c12, c04] = codes(check, check.pairs.map((_, j) => (j === 0 ? t.id : '')));
        return choice(t, c12.split('.')[1] ?? '', c04.split('[.]')[1] ?? '');
      });
      return { sources, targets };
    }
  }
}

export function buildItemBank(lesson: Lesson): ItemBank {
  const items = lesson.sections.flatMap((section) =>
    section.checks.map((check): BankItem => {
      const space = answerSpace(check);
      const partial = { type: check.type, ...space } as Pick<BankItem, 'type' | 'options' | 'items' | 'sources' | 'targets'>;
      const response = correctResponse(check);
      return {
        id: check.id,
        section: section.id,
        type: check.type,
        interactionType: interactionType(check),
        ...checkMeta(check),
        question: check.prompt,
        maxTries: Number.isInteger(check.maxTries) && check.maxTries >= 1 ? check.maxTries : lesson.settings.maxTries,
        ...space,
        correct: {
          response,
          words: answerWords(partial, response),
          pattern12: correctPattern(check, '1.2'),
          pattern2004: correctPattern(check, '2004'),
        },
        explanation: check.explanation,
        ...(check.hint ? { hint: check.hint } : {}),
      };
    }),
  );
  return {
    format: ITEM_BANK_FORMAT,
    formatVersion: 1,
    lesson: { id: lesson.id, title: lesson.title, version: lesson.version },
    scoring: { rule: lesson.settings.scoring, maxTries: lesson.settings.maxTries, passingScore: lesson.settings.passingScore },
    interactionIds: { pattern: '<check id>__t<try number, from 1>', example: interactionId(items[0]?.id ?? 'check', 0) },
    objectives: lessonObjectives(lesson),
    sections: lesson.sections.map((s) => ({ id: s.id, title: s.title, objective: s.objective, checks: s.checks.map((c) => c.id) })),
    items,
  };
}

/** A response (in the lesson's own shape: ids) in words a teacher reads. */
export function answerWords(item: Pick<BankItem, 'type' | 'options' | 'items' | 'sources' | 'targets'>, response: readonly string[]): string {
  const textOf = (list: readonly BankChoice[] | undefined, id: string): string => list?.find((c) => c.id === id)?.text ?? id;
  if (response.length === 0 || response.every((r) => r === '')) return '(no answer)';
  switch (item.type) {
    case 'single-choice':
    case 'multiple-response':
      return response.map((id) => textOf(item.options, id)).join(' + ');
    case 'true-false':
      return response[0] === 'true' ? 'True' : 'False';
    case 'ordering':
      return response.map((id, i) => `${i + 1}. ${textOf(item.items, id)}`).join(' ');
    case 'matching':
      return (item.sources ?? [])
        .map((s, i) => `${s.text} → ${response[i] ? textOf(item.targets, response[i] ?? '') : '(nothing)'}`)
        .join('; ');
  }
}

/** Whether a response (ids) is the right answer: the same rules as the lesson's grading. */
export function isRightAnswer(item: BankItem, response: readonly string[]): boolean {
  const right = item.correct.response;
  if (item.type === 'multiple-response') {
    return response.length === right.length && new Set(response).size === response.length && response.every((id) => right.includes(id));
  }
  return response.length === right.length && response.every((id, i) => id === right[i]);
}
