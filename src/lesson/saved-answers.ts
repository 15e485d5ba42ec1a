/**
 * One check's saved answers, as text: `id:fingerprint:try.try…`. Each try is a run of base-36
 * indices into the check's authored list (answerIds), one character each (two if a list ever grows
 * past 36), so a 6-item ordering try costs 6 characters whatever the ids are.
 */
import type { Check } from '../content/model';
import type { Response } from './types';
import { isComplete, normalizeResponse } from './grading';
import { hashBase36 } from './hash';
import { answerIds } from './lookup';

/** The answer key, order-free where order does not matter, so re-listing the same key is no change. */
function answerKey(check: Check): string {
  switch (check.type) {
    case 'single-choice':
      return check.correct;
    case 'multiple-response':
      return [...check.correct].sort().join(',');
    case 'true-false':
      return String(check.correct);
    case 'ordering':
    case 'matching':
      return ''; // the authored order / pairing of the ids is the key, and is hashed with them
  }
}

/**
 * Three characters that change when the question's shape or key changes: its type, its ids in
 * authored order (indices mean nothing once those move) and its answer key (old tries would be
 * re-graded against a new key). Text edits do not change it, so fixing a typo keeps answers.
 */
export function fingerprint(check: Check): string {
  const lefts = check.type === 'matching' ? check.pairs.map((p) => p.left.id) : [];
  return hashBase36([check.type, lefts.join(','), answerIds(check).join(','), answerKey(check)].join('|'), 3);
}

function indexWidth(check: Check): number {
  return answerIds(check).length <= 36 ? 1 : 2;
}

/** The tries as text, or null if a try names an id the check does not have (it cannot be saved). */
export function encodeTries(check: Check, tries: readonly Response[]): string | null {
  const ids = answerIds(check);
  const width = indexWidth(check);
  const parts: string[] = [];
  for (const response of tries) {
    if (response.length === 0) return null;
    let text = '';
    for (const id of response) {
      const index = ids.indexOf(id);
      if (index < 0) return null;
      text += index.toString(36).padStart(width, '0');
    }
    parts.push(text);
  }
  return parts.join('.');
}

/** The tries back as responses, or null if any is unreadable or not a full answer to this check. */
export function decodeTries(check: Check, text: string): Response[] | null {
  const ids = answerIds(check);
  const width = indexWidth(check);
  const tries: Response[] = [];
  for (const part of text.split('.')) {
    if (part.length === 0 || part.length % width !== 0 || !/^[0-9a-z]+$/.test(part)) return null;
    const response: string[] = [];
    for (let at = 0; at < part.length; at += width) {
      const id = ids[parseInt(part.slice(at, at + width), 36)];
      if (id === undefined) return null;
      response.push(id);
    }
    if (!isComplete(check, response)) return null;
    tries.push(normalizeResponse(check, response));
  }
  return tries;
}
