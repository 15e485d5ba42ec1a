import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';
import { MuiScope } from './MuiScope';

/**
 * The question "Start the lesson again?": an accessible dialog that traps focus; Escape or "Cancel"
 * leaves everything as it was. Its own file, loaded the first time a learner presses "Start again"
 * (StartAgain.tsx): the dialog, its modal and its transitions (MUI's, in the lesson's theme: MuiScope)
 * are no part of the lesson's launch.
 */
export default function StartAgainDialog({ open, onClose, restart }: { open: boolean; onClose: () => void; restart: () => void }) {
  const titleId = useId();
  const textId = useId();
  return (
    <MuiScope>
      <Dialog open={open} onClose={onClose} aria-labelledby={titleId} aria-describedby={textId}>
        <DialogTitle id={titleId}>Start the lesson again?</DialogTitle>
        <DialogContent>
          <DialogContentText id={textId}>
            Every answer kept on this computer will be cleared, and the lesson will start again at the first
            section. Print or save your results first if you need them.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>
            Cancel
          </Button>
          <Button
            variant="contained"
            onClick={() => {
              onClose();
              restart();
            }}
          >
            Clear my answers and start again
          </Button>
        </DialogActions>
      </Dialog>
    </MuiScope>
  );
}
