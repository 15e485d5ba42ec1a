import { lazy, Suspense, useState } from 'react';
import { useLessonSelect } from './LessonContext';
import 'virtual:theme-variables.css';
import './buttons.css';

const StartAgainDialog = lazy(() => import('./StartAgainDialog'));

/**
 * "Start again", for self-study on a shared classroom computer: asks first (StartAgainDialog, loaded
 * the first time it is wanted, as the glossary is), then clears this computer's answers. Shown only
 * where the app offers it (no LMS, not a review). The button is native (buttons.css): it sits in the header
 * from launch; the dialog is MUI's, in its own scope.
 */
export function StartAgain({ variant = 'outlined', color }: { variant?: 'outlined' | 'text'; color?: 'inherit' }) {
  const restart = useLessonSelect((view) => view.restart);
  const [asking, setAsking] = useState(false);
  const [wanted, setWanted] = useState(false);
  if (!restart) return null;
  return (
    <>
      <button
        type="button"
        className={`lesson-button lesson-button-${variant} lesson-button-small${color === 'inherit' ? ' lesson-button-inherit' : ''}`}
        onClick={() => {
          setWanted(true);
          setAsking(true);
        }}
        data-print="hide"
      >
        Start again
      </button>
      {wanted && (
        <Suspense fallback={null}>
          <StartAgainDialog open={asking} onClose={() => setAsking(false)} restart={restart} />
        </Suspense>
      )}
    </>
  );
}
