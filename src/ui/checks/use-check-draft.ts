import { useRef, useState } from 'react';
import type { Check } from '../../content/model';
import { isComplete } from '../../lesson/grading';
import { finishesCheck } from '../../lesson/scoring';
import type { CheckOutcome, Response } from '../../lesson/types';

/** The answer a check starts from: the shown order for ordering, an empty match per row, nothing chosen. */
export function emptyDraft(check: Check, order: readonly string[]): Response {
  if (check.type === 'ordering') return order;
  if (check.type === 'matching') return check.pairs.map(() => '');
  return [];
}

/**
 * The answer being composed at one check, and its submission: shared by the lesson's checks and the
 * practice round, whose tries are kept elsewhere (`onAnswer`). Until the learner changes something the
 * draft is the last submitted try (a resumed lesson shows its saved answers) or the empty starting
 * answer: derived, not copied into state.
 */
/** The answer being composed and how to submit it: what a check's card needs from useCheckDraft. */
export type CheckDraft = ReturnType<typeof useCheckDraft>;

export function useCheckDraft(check: Check, order: readonly string[], lastTry: Response | undefined, outcome: CheckOutcome, onAnswer: (response: Response) => void) {
  const [edited, setEdited] = useState<Response | null>(null);
  const draft = edited ?? lastTry ?? emptyDraft(check, order);
  const [incompleteNote, setIncompleteNote] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  return {
    draft,
    incompleteNote,
    titleRef,
    change(next: Response) {
      setEdited(next);
      setIncompleteNote(false);
    },
    submit() {
      if (!isComplete(check, draft)) {
        setIncompleteNote(true);
        return;
      }
      setIncompleteNote(false);
      // Feedback is announced by its live region. While tries remain, focus stays on "Check answer";
      // a try that finishes the check (right, or the last) takes that button away, so focus moves to
      // the check's heading (not to the live region, which would have the feedback read twice). It
      // moves now, before the answer is drawn: focus then costs the browser nothing, where afterwards
      // removing the focused button and focusing the heading each forced a style and layout pass of
      // the whole section page on the click's path.
      if (finishesCheck(check, outcome, draft)) titleRef.current?.focus();
      onAnswer(draft);
    },
  };
}
