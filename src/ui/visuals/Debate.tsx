import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { DebateVisual } from '../../content/model';
import { Figure } from './Figure';

/** The positions in a debate side by side: who holds each, what they argue, and the evidence. */
export function Debate({ visual }: { visual: DebateVisual }) {
  return (
    <Figure title={visual.title} kind="Historians disagree">
      <Typography sx={{ mb: 2 }}>
        <strong>The question:</strong> {visual.question} There is no single agreed answer: weigh the arguments yourself.
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: `repeat(${Math.min(visual.views.length, 3)}, 1fr)` }, gap: 2 }}>
        {visual.views.map((v, i) => (
          <Box
            key={i}
            component="section"
            aria-label={v.label}
            sx={{ border: 1, borderColor: 'divider', borderTop: 4, borderTopColor: i % 2 ? 'secondary.main' : 'primary.main', borderRadius: 1, p: 2 }}
          >
            <Typography component="h3" sx={{ fontWeight: 700, mb: 1 }}>
              {v.label}
            </Typography>
            <Typography component="h4" sx={{ fontWeight: 700, fontSize: '0.9rem' }}>
              Who argues this
            </Typography>
            <Box component="ul" sx={{ pl: 2.5, mt: 0.5, mb: 1 }}>
              {v.who.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </Box>
            <Typography sx={{ mb: 1 }}>{v.argument}</Typography>
            <Typography component="h4" sx={{ fontWeight: 700, fontSize: '0.9rem' }}>
              The evidence
            </Typography>
            <Box component="ul" sx={{ pl: 2.5, mt: 0.5, mb: 0 }}>
              {v.evidence.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </Box>
          </Box>
        ))}
      </Box>
    </Figure>
  );
}
