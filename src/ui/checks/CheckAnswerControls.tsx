import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { Check } from '../../content/model';
import type { CheckOutcome, Response } from '../../lesson/types';
import { CheckFeedback } from './CheckFeedback';

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
        <Box sx={{ mt: 2 }}>
          <Button variant="contained" onClick={onSubmit}>
            Check answer
          </Button>
        </Box>
      )}
      {incompleteNote && (
        <Alert severity="info" sx={{ mt: 2 }}>
          {check.type === 'matching' ? 'Choose a match for every item first.' : 'Choose an answer first.'}
        </Alert>
      )}
      <Box role="status" aria-live="polite" sx={{ mt: 2 }}>
        <CheckFeedback check={check} outcome={outcome} lastTry={lastTry} readOnly={readOnly} />
      </Box>
    </>
  );
}
