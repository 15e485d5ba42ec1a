import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useState } from 'react';
import { useLesson } from './LessonContext';

/**
 * Quiet, non-blocking words about saving: where progress is kept when there is no LMS, and a
 * "not saved, retrying" warning that clears by itself once a save goes through.
 */
export function SaveNoticeBar() {
  const { saving, readOnly, restoreProblem } = useLesson();
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
      {saving?.saving === 'retrying' && (
        <Alert severity="warning" role="alert" sx={{ mb: 1 }}>
          Progress not saved yet, retrying… You can keep working: nothing is lost.
        </Alert>
      )}
      {saving?.store === 'memory' && (
        <Alert severity="warning" role="status" sx={{ mb: 1 }}>
          {saving.detail
            ? 'Your progress cannot be saved: the learning platform did not start a session. You can finish the lesson, but keep this window open.'
            : 'This browser is not letting the lesson save your progress. You can finish the lesson, but keep this tab open.'}
        </Alert>
      )}
      {saving?.store === 'browser' && !dismissed && (
        <Alert severity="info" role="status" sx={{ mb: 1 }} onClose={() => setDismissed(true)} slotProps={{ closeButton: { 'aria-label': 'Hide this note' } }}>
          Self-study mode: your progress is kept in this browser only.
        </Alert>
      )}
    </Box>
  );
}
