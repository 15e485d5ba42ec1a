/**
 * Whether a response answers a check, and whether it is a full answer at all. Pure functions of the
 * model: scoring, the reducer and the saved-state decoder all judge responses the same way.
 */
import type { Check } from '../content/model';
import type { Response } from './types';
import { answerIds } from './lookup';

function sameSequence(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function distinct(ids: readonly string[]): boolean {
  return new Set(ids).size === ids.length;
}

export function isCorrect(check: Check, response: Response): boolean {
  switch (check.type) {
    case 'single-choice':
      return response.length === 1 && response[0] === check.correct;
    case 'multiple-response': {
      const wanted = new Set(check.correct);
      return distinct(response) && response.length === wanted.size && response.every((id) => wanted.has(id));
    }
    case 'true-false':
      return response.length === 1 && response[0] === String(check.correct);
    case 'ordering':
      return sameSequence(response, check.items.map((i) => i.id));
    case 'matching':
      return sameSequence(response, check.pairs.map((p) => p.right.id));
  }
}

/** Whether the response is a full answer the UI may submit (a wrong one counts; a partial one does not). */
export function isComplete(check: Check, response: Response): boolean {
  const allowed = new Set(answerIds(check));
  const known = response.every((id) => allowed.has(id));
  switch (check.type) {
    case 'single-choice':
    case 'true-false':
      return response.length === 1 && known;
    case 'multiple-response':
      return response.length >= 1 && distinct(response) && known;
    case 'ordering':
      // A permutation: every item exactly once.
      return response.length === allowed.size && distinct(response) && known;
    case 'matching':
      // One right-hand id per pair; the same one may be picked twice (that is simply wrong).
      return response.length === check.pairs.length && known;
  }
}

/**
 * The response as the state stores it: multiple-response ids in authored order (types.ts says so,
 * and it makes equal answers equal); other types unchanged. A fresh array, never the caller's.
 */
export function normalizeResponse(check: Check, response: Response): Response {
  if (check.type !== 'multiple-response') return [...response];
  const order = answerIds(check);
  return [...response].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/**
 * The right response to a check, in the same shape as a learner's (see Response): what the results
 * page shows as the correct answer and what tracking sends as the correct pattern.
 */
export function correctResponse(check: Check): Response {
  switch (check.type) {
    case 'single-choice':
      return [check.correct];
    case 'multiple-response':
      return check.options.filter((o) => check.correct.includes(o.id)).map((o) => o.id);
    case 'true-false':
      return [String(check.correct)];
    case 'ordering':
      return check.items.map((i) => i.id);
    case 'matching':
      return check.pairs.map((p) => p.right.id);
  }
}
