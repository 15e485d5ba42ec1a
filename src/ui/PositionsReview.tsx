import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { positionDebates } from '../lesson/positions';
import { positionOn } from '../lesson/selectors';
import { useLesson } from './LessonContext';

/** The learner's written positions after the debates, for the results page and its printed copy. */
export function PositionsReview() {
  const { lesson, state } = useLesson();
  const debates = positionDebates(lesson);
  if (debates.length === 0) return null;
  return (
    <Box component="section" aria-labelledby="positions-heading" sx={{ mb: 4 }}>
      <Typography id="positions-heading" variant="h2" component="h2" sx={{ mb: 1 }}>
        Your positions in the debates
      </Typography>
      <Typography sx={{ mb: 2, color: 'text.secondary' }}>Not scored: your teacher reads them.</Typography>
      {debates.map(({ id, debate }) => {
        const text = positionOn(state, id);
        return (
          <Box key={id} sx={{ mb: 2, breakInside: 'avoid' }}>
            <Typography component="h3" sx={{ fontWeight: 700 }}>
              {debate.question}
            </Typography>
            <Typography component="p" sx={{ whiteSpace: 'pre-line', fontStyle: text ? 'normal' : 'italic' }}>
              {text || 'Not written.'}
            </Typography>
          </Box>
        );
      })}
    </Box>
  );
}
