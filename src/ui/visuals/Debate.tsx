import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { DebateVisual } from '../../content/model';
import { Figure } from './Figure';

/** Two (or more) views side by side, clearly labelled as a debate among historians. */
export function Debate({ visual }: { visual: DebateVisual }) {
  return (
    <Figure title={visual.title} kind="Historians disagree">
      <Typography sx={{ mb: 2 }}>
        <strong>The question:</strong> {visual.question} There is no single agreed answer: weigh the arguments yourself.
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: `repeat(${Math.min(visual.views.length, 3)}, 1fr)` }, gap: 2 }}>
        {visual.views.map((v, i) => (
          <Box key={i} sx={{ border: 1, borderColor: 'divider', borderTop: 4, borderTopColor: i % 2 ? 'secondary.main' : 'primary.main', borderRadius: 1, p: 2 }}>
            <Typography component="h3" sx={{ fontWeight: 700, mb: 1 }}>
              {v.label}
            </Typography>
            <Typography>{v.argument}</Typography>
          </Box>
        ))}
      </Box>
    </Figure>
  );
}
