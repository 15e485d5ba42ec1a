/**
 * How much of a wrong try was right, without saying which part: what a learner is told while tries
 * remain ("3 of 5 matched"), and, once the check is finished, which part was right (each row or option
 * marked). Pure functions of the check and a response, tested without a DOM.
 */
import type { Check } from '../content/model';
import { correctResponse } from './grading';
import type { Response } from './types';

/** The share of a try that was right, by kind of check. Single-choice and true-false have no parts. */
export type HowMuchRight =
  /** Matching: left items given their right match, of all left items. */
  | { readonly kind: 'matched'; readonly right: number; readonly total: number }
  /** Ordering: items in their right position, of all items. */
  | { readonly kind: 'in-place'; readonly right: number; readonly total: number }
  /** Multiple-response: right options chosen (of those to choose), and wrong options chosen. */
  | { readonly kind: 'choices'; readonly right: number; readonly total: number; readonly wrong: number };

export function howMuchRight(check: Check, response: Response): HowMuchRight | null {
  switch (check.type) {
    case 'single-choice':
    case 'true-false':
      return null;
    case 'matching':
      return { kind: 'matched', right: rowsRight(check, response).filter(Boolean).length, total: check.pairs.length };
    case 'ordering':
      return { kind: 'in-place', right: rowsRight(check, response).filter(Boolean).length, total: check.items.length };
    case 'multiple-response': {
      const wanted = new Set(check.correct);
      const chosen = new Set(response);
      return {
        kind: 'choices',
        right: [...chosen].filter((id) => wanted.has(id)).length,
        total: wanted.size,
        wrong: [...chosen].filter((id) => !wanted.has(id)).length,
      };
    }
  }
}

/**
 * For ordering and matching, whether each row of the response is right: ordering rows are positions
 * (the item the learner put there), matching rows are the left items in authored order. Empty for
 * option checks, whose marks are per option (see optionMark).
 */
export function rowsRight(check: Check, response: Response): boolean[] {
  if (check.type !== 'ordering' && check.type !== 'matching') return [];
  const correct = correctResponse(check);
  return correct.map((id, i) => response[i] === id);
}

/** How one option of a choice check stands once the answer is shown. */
export interface OptionMark {
  /** The learner chose it (in the try being marked). */
  readonly chosen: boolean;
  /** It is one of the right answers. */
  readonly correct: boolean;
}

/** Marks for an option of a single-choice, true-false or multiple-response check. */
export function optionMark(check: Check, response: Response, optionId: string): OptionMark {
  return { chosen: response.includes(optionId), correct: correctResponse(check).includes(optionId) };
}
