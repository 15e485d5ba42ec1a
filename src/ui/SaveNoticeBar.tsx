import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useState } from 'react';
import { sameFields, useLessonSelect, type SavingStatus } from './LessonContext';

/** Why nothing is kept, in the learner's words, each with what to do about it. */
const NOT_KEPT: Record<Extract<SavingStatus, { kind: 'not-kept' }>['reason'], string> = {
  'lms-refused':
    'Your progress cannot be saved: the learning platform did not start a session. You can finish the lesson, but keep this window open.',
  'storage-blocked':
    'This browser is not letting the lesson save your progress. You can finish the lesson, but keep this tab open.',
  'storage-full':
    'This browser has no room left to keep your progress, so it is no longer being saved. You can finish the lesson, but keep this tab open.',
  'store-unavailable':
    'The lesson could not load the part that keeps your progress, so it is not being saved. You can finish the lesson, but keep this tab open.',
};

/**
 * Quiet, non-blocking words about saving: where progress is kept when there is no LMS, and a
 * "not saved, retrying" warning that clears by itself once a save goes through.
 */
export function SaveNoticeBar() {
  const { saving, readOnly, restoreProblem } = useLessonSelect(
    (view) => ({ saving: view.saving, readOnly: view.readOnly, restoreProblem: view.restoreProblem }),
    sameFields,
  );
  const [dismissed, setDismissed] = useState(false);
  return (
    <Box data-print="hide">
      {readOnly && (
        <Alert severity="info" role="status" sx={{ mb: 1 }}>
          Review mode: you can look at the lesson and your answers; nothing you do here is recorded.
        </Alert>
      )}
      {restoreProblem && (
        <Alert severity="info" role="status" sx={{ mb: 1 }}>
          {restoreProblem}
        </Alert>
      )}
      {saving?.kind === 'retrying' && (
        <Alert severity="warning" role="alert" sx={{ mb: 1 }}>
          Progress not saved yet, retrying… You can keep working: nothing is lost.
        </Alert>
      )}
      {saving?.kind === 'not-kept' && (
        <Alert severity="warning" role="status" sx={{ mb: 1 }}>
          {NOT_KEPT[saving.reason]}
        </Alert>
      )}
      {saving?.kind === 'saving' && saving.store === 'browser' && !dismissed && (
        <Alert severity="info" role="status" sx={{ mb: 1 }} onClose={() => setDismissed(true)} slotProps={{ closeButton: { 'aria-label': 'Hide this note' } }}>
          Self-study mode: your progress is kept in this browser only.
        </Alert>
      )}
    </Box>
  );
}
