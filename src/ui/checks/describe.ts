/**
 * Answers in words: what the learner chose and what was right, as a learner or teacher reads it
 * (on the check after it is finished, and on the results page). Pure, no DOM.
 */
import type { Check, Choice } from '../../content/model';
import type { HowMuchRight } from '../../lesson/how-much-right';
import type { Response } from '../../lesson/types';

function textOf(choices: readonly Choice[], id: string | undefined): string {
  return choices.find((c) => c.id === id)?.text ?? '(no answer)';
}

/** One line per part of the answer, e.g. each chosen option, each item in order, each matched pair. */
export function describeResponse(check: Check, response: Response): string[] {
  switch (check.type) {
    case 'single-choice':
      return [textOf(check.options, response[0])];
    case 'multiple-response':
      return response.length === 0 ? ['(nothing chosen)'] : response.map((id) => textOf(check.options, id));
    case 'true-false':
      return [response[0] === 'true' ? 'True' : response[0] === 'false' ? 'False' : '(no answer)'];
    case 'ordering':
      return response.map((id, i) => `${i + 1}. ${textOf(check.items, id)}`);
    case 'matching': {
      const rights = [...check.pairs.map((p) => p.right), ...check.distractors];
      return check.pairs.map((p, i) => `${p.left.text} → ${textOf(rights, response[i])}`);
    }
  }
}

/** Words for the kind of check, shown above the prompt so the learner knows what to do. */
export function instructionFor(check: Check): string {
  switch (check.type) {
    case 'single-choice':
      return 'Choose one answer.';
    case 'multiple-response':
      return 'Choose every answer that applies.';
    case 'true-false':
      return 'Is this statement true or false?';
    case 'ordering':
      return 'Put the items in order with the Move up and Move down buttons, then check your answer.';
    case 'matching':
      return 'For each item, choose its match from the list under it.';
  }
}

/**
 * How much of a wrong try was right, without saying which part: "3 of 5 matched.", "4 of 6 in the
 * right place.", "2 of 3 right choices, 1 wrong."
 */
export function howMuchRightInWords(counted: HowMuchRight): string {
  const { right, total } = counted;
  switch (counted.kind) {
    case 'matched':
      return `${right} of ${total} matched.`;
    case 'in-place':
      return `${right} of ${total} in the right place.`;
    case 'choices': {
      const wrong = counted.wrong === 0 ? '' : `, ${counted.wrong} wrong`;
      return `${right} of ${total} right ${total === 1 ? 'choice' : 'choices'}${wrong}.`;
    }
  }
}
