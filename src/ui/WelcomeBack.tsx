import type { LessonView } from './LessonContext';
import { useLessonSelect } from './LessonContext';
import { Notice } from './Notice';

const keptInBrowser = (view: LessonView) => view.saving?.kind === 'saving' && view.saving.store === 'browser';

/**
 * "Welcome back", on an attempt reopened with progress: a notice in the page, not a dialog (nothing to
 * answer, nothing trapped). It sits right above the check the learner was working on (or at the top
 * of the step), so it is in view where the lesson opens; closing it puts focus back where it was sent.
 */
export function WelcomeBack({ checkNumber, checkTotal }: { checkNumber?: number; checkTotal?: number }) {
  // Only what the notice says: an answer elsewhere redraws it only when the count of checks done changes.
  const resume = useLessonSelect((view) => view.resume);
  const done = useLessonSelect((view) => view.score.finishedChecks);
  const total = useLessonSelect((view) => view.score.totalChecks);
  const inBrowser = useLessonSelect(keptInBrowser);
  if (!resume) return null;
  const where = checkNumber !== undefined ? `This is check ${checkNumber} of ${checkTotal ?? checkNumber} in this section, where you left off.` : 'This is where you left off.';
  const kept = inBrowser ? 'kept in this browser' : 'kept';
  return (
    <Notice
      severity="info"
      role="status"
      spacing="apart"
      data={{ 'data-welcome-back': '', 'data-print': 'hide' }}
      close={{
        label: 'Hide the welcome back note',
        onClose: () => {
          // The close button goes away with the notice: focus goes on to what the notice pointed at.
          const target = resume.checkId
            ? document.querySelector<HTMLElement>(`[data-check-id="${resume.checkId}"] h3`)
            : document.querySelector<HTMLElement>('#lesson-main h1');
          target?.focus();
          resume.dismiss();
        },
      }}
    >
      <strong>Welcome back.</strong> Your answers so far are {kept} ({done} of {total} checks done). {where}
    </Notice>
  );
}
