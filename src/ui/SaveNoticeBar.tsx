import { useState } from 'react';
import { sameFields, useLessonSelect, type SavingStatus } from './LessonContext';
import { Notice } from './Notice';

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
    <div data-print="hide">
      {readOnly && (
        <Notice severity="info" role="status" spacing="stacked">
          Review mode: you can look at the lesson and your answers; nothing you do here is recorded.
        </Notice>
      )}
      {restoreProblem && (
        <Notice severity="info" role="status" spacing="stacked">
          {restoreProblem}
        </Notice>
      )}
      {saving?.kind === 'retrying' && (
        <Notice severity="warning" role="alert" spacing="stacked">
          Progress not saved yet, retrying… You can keep working: nothing is lost.
        </Notice>
      )}
      {saving?.kind === 'not-kept' && (
        <Notice severity="warning" role="status" spacing="stacked">
          {NOT_KEPT[saving.reason]}
        </Notice>
      )}
      {saving?.kind === 'saving' && saving.store === 'browser' && !dismissed && (
        <Notice severity="info" role="status" spacing="stacked" close={{ label: 'Hide this note', onClose: () => setDismissed(true) }}>
          Self-study mode: your progress is kept in this browser only.
        </Notice>
      )}
    </div>
  );
}
