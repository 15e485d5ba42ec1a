/**
 * The item bank: every check of the lesson with everything a report needs to turn an LMS's
 * `cmi.interactions` rows back into questions and answers in words. Written to the teacher kit as
 * items.json (by scorm/teacher/build-item-bank.ts, at build time) and read by the class report and
 * `npm run report`. This module holds its shape and the questions the report asks of it.
 */
import type { Check, Objective } from '../content/model.ts';

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

/** What the content says each check is for (the loader always sets these for real content). */
export type CheckMeta = Pick<Check, 'skill' | 'objective' | 'passage'>;

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
  readonly objectives: readonly Objective[];
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
