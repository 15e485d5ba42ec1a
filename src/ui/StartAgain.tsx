import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState } from 'react';
import { useLessonSelect } from './LessonContext';

/**
 * "Start again", for self-study on a shared classroom computer: asks first (an accessible dialog that
 * traps focus; Escape or "Cancel" leaves everything as it was), then clears this computer's answers. Shown only where the app
 * offers it (no LMS, not a review).
 */
export function StartAgain({ variant = 'outlined', color }: { variant?: 'outlined' | 'text'; color?: 'inherit' }) {
  const restart = useLessonSelect((view) => view.restart);
  const [asking, setAsking] = useState(false);
  const titleId = useId();
  const textId = useId();
  if (!restart) return null;
  return (
    <>
      <Button variant={variant} color={color} size="small" onClick={() => setAsking(true)} data-print="hide">
        Start again
      </Button>
      <Dialog open={asking} onClose={() => setAsking(false)} aria-labelledby={titleId} aria-describedby={textId}>
        <DialogTitle id={titleId}>Start the lesson again?</DialogTitle>
        <DialogContent>
          <DialogContentText id={textId}>
            Every answer kept on this computer will be cleared, and the lesson will start again at the first
            section. Print or save your results first if you need them.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(false)}>
            Cancel
          </Button>
          <Button
            variant="contained"
            onClick={() => {
              setAsking(false);
              restart();
            }}
          >
            Clear my answers and start again
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
