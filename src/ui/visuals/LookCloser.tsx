import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { READING_HABIT_WORDS, type LookCloserVisual } from '../../content/model';
import { Figure } from './Figure';

/**
 * A "look closer" task under a document: the learner picks a phrase or a reading, then opens a
 * historian's reading to compare, with a note on their own choice. Unscored and not saved: it is
 * practice in reading a document, so nothing reaches the score, the saved attempt or the LMS, and a
 * reopened lesson shows it fresh. Radios (arrow keys move between them) and a disclosure button.
 */
export function LookCloser({ visual }: { visual: LookCloserVisual }) {
  const [chosen, setChosen] = useState<number | null>(null);
  const [open, setOpen] = useState(false);
  const questionId = useId();
  const panelId = useId();
  const choice = chosen === null ? undefined : visual.options[chosen];

  return (
    <Box data-task="look-closer">
      <Figure title={visual.title} kind={`Look closer: ${READING_HABIT_WORDS[visual.habit]}`}>
        <Typography id={questionId} sx={{ fontWeight: 700, mb: 1 }}>
          {visual.question}
        </Typography>
        <RadioGroup aria-labelledby={questionId} value={chosen === null ? '' : String(chosen)} onChange={(_, v) => setChosen(Number(v))}>
          {visual.options.map((o, i) => (
            <FormControlLabel key={i} value={String(i)} control={<Radio />} label={o.text} sx={{ alignItems: 'flex-start', mb: 0.5, '& .MuiRadio-root': { pt: 0.5 } }} />
          ))}
        </RadioGroup>
        <Button variant="outlined" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)} sx={{ mt: 1 }}>
          Compare with a historian’s reading
        </Button>
        <Box id={panelId} hidden={!open} sx={{ mt: 2, pl: 2, borderLeft: 4, borderColor: 'primary.main' }}>
          {choice ? (
            <>
              <Typography>
                <strong>Your choice:</strong> {choice.text}
              </Typography>
              <Typography sx={{ mb: 1 }}>{choice.note}</Typography>
            </>
          ) : (
            <Typography sx={{ mb: 1 }}>You have not chosen yet: pick the one you think fits best, then compare.</Typography>
          )}
          <Typography>
            <strong>A historian’s reading:</strong> {visual.historian}
          </Typography>
        </Box>
      </Figure>
    </Box>
  );
}
