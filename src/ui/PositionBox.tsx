import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { positionOn } from '../lesson/selectors';
import { POSITION_LIMIT, positionSize } from '../lesson/positions';
import { sameFields, useLessonSelect } from './LessonContext';

/**
 * After a debate, the learner writes where they stand, why, and one piece of evidence. A native
 * textarea with a visible label; kept in the lesson (and so saved, shown on the results page and sent
 * to the LMS by the app) when the learner leaves the box or presses Save.
 */
export function PositionBox({ debateId, prompt }: { debateId: string; prompt: string }) {
  const { saved, readOnly, writePosition } = useLessonSelect(
    (view) => ({ saved: positionOn(view.state, debateId), readOnly: view.readOnly, writePosition: view.writePosition }),
    sameFields,
  );
  const [draft, setDraft] = useState(saved);
  const fieldId = useId();
  const helpId = useId();
  const statusId = useId();
  // When the kept position changes (a save, a restore), show it: adjusted during render, not in an effect.
  const [shown, setShown] = useState(saved);
  if (shown !== saved) {
    setShown(saved);
    setDraft(saved);
  }

  const used = positionSize(draft);
  const left = POSITION_LIMIT - used;
  const canSave = !readOnly && writePosition !== undefined;
  const save = () => {
    if (canSave && draft.trim() !== saved) writePosition(debateId, draft);
  };
  const status = !canSave
    ? readOnly
      ? 'This is a review: your position cannot be changed.'
      : 'Your position cannot be saved in this view.'
    : draft.trim() === '' && saved === ''
      ? 'Not written yet.'
      : draft.trim() === saved
        ? 'Saved with your lesson.'
        : 'Not saved yet: press Save or leave the box.';

  return (
    <Box sx={{ my: 3, p: 2, border: 2, borderColor: 'primary.main', borderRadius: 2 }} data-print="position">
      <Box component="label" htmlFor={fieldId} sx={{ display: 'block', fontWeight: 700, mb: 0.5 }}>
        Your position
      </Box>
      <Typography id={helpId} sx={{ mb: 1 }}>
        {prompt} Two or three sentences are enough.
      </Typography>
      <Box
        component="textarea"
        id={fieldId}
        aria-describedby={`${helpId} ${statusId}`}
        value={draft}
        rows={5}
        maxLength={POSITION_LIMIT}
        readOnly={!canSave}
        onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setDraft(e.target.value)}
        onBlur={save}
        sx={{ width: '100%', font: 'inherit', p: 1, borderRadius: 1, border: 1, borderColor: 'text.secondary', bgcolor: 'background.paper', color: 'text.primary', resize: 'vertical' }}
      />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', justifyContent: 'space-between', mt: 1 }}>
        <Typography id={statusId} role="status" sx={{ color: left < 0 ? 'error.main' : 'text.secondary' }}>
          {status} {left >= 0 ? `${left} characters left.` : `${-left} characters too many: the end will be cut.`}
        </Typography>
        {canSave && (
          <Button variant="outlined" onClick={save}>
            Save my position
          </Button>
        )}
      </Box>
    </Box>
  );
}
