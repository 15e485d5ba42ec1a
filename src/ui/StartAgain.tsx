import Button from '@mui/material/Button';
import { lazy, Suspense, useState } from 'react';
import { useLessonSelect } from './LessonContext';

const StartAgainDialog = lazy(() => import('./StartAgainDialog'));

/**
 * "Start again", for self-study on a shared classroom computer: asks first (StartAgainDialog, loaded
 * the first time it is wanted, as the glossary is), then clears this computer's answers. Shown only
 * where the app offers it (no LMS, not a review).
 */
export function StartAgain({ variant = 'outlined', color }: { variant?: 'outlined' | 'text'; color?: 'inherit' }) {
  const restart = useLessonSelect((view) => view.restart);
  const [asking, setAsking] = useState(false);
  const [wanted, setWanted] = useState(false);
  if (!restart) return null;
  return (
    <>
      <Button
        variant={variant}
        color={color}
        size="small"
        onClick={() => {
          setWanted(true);
          setAsking(true);
        }}
        data-print="hide"
      >
        Start again
      </Button>
      {wanted && (
        <Suspense fallback={null}>
          <StartAgainDialog open={asking} onClose={() => setAsking(false)} restart={restart} />
        </Suspense>
      )}
    </>
  );
}
