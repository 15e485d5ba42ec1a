import type { Check } from '../../content/model';
import type { CheckOutcome, Response } from '../../lesson/types';
import { Notice } from '../Notice';
import { CheckFeedback } from './CheckFeedback';
import '../buttons.css';

/**
 * Under a check's input: "Check answer" while it is open, the note when the answer is not complete,
 * and the feedback a screen reader hears. Shared by the lesson's checks and the practice round.
 */
export function CheckAnswerControls({
  check,
  outcome,
  lastTry,
  locked,
  readOnly,
  incompleteNote,
  onSubmit,
}: {
  check: Check;
  outcome: CheckOutcome;
  lastTry: Response | null;
  locked: boolean;
  readOnly: boolean;
  incompleteNote: boolean;
  onSubmit: () => void;
}) {
  return (
    <>
      {!locked && (
        <div className="check-actions">
          <button type="button" className="lesson-button" onClick={onSubmit}>
            Check answer
          </button>
        </div>
      )}
      {incompleteNote && (
        <div className="check-actions">
          <Notice severity="info">{check.type === 'matching' ? 'Choose a match for every item first.' : 'Choose an answer first.'}</Notice>
        </div>
      )}
      <div role="status" aria-live="polite" className="check-status">
        <CheckFeedback check={check} outcome={outcome} lastTry={lastTry} readOnly={readOnly} />
      </div>
    </>
  );
}
