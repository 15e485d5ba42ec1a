import Box from '@mui/material/Box';
import type { CauseEffectVisual } from '../../content/model';
import { Figure } from './Figure';

/** Causes and their effects as pairs; the arrow is decoration, the words "led to" carry the meaning. */
export function CauseEffect({ visual }: { visual: CauseEffectVisual }) {
  return (
    <Figure title={visual.title} kind="Cause and effect">
      <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {visual.links.map((link, i) => (
          <Box
            component="li"
            key={i}
            sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr auto 1fr' }, alignItems: 'center', gap: 1, mb: 2 }}
          >
            <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
              <Box component="span" sx={{ fontWeight: 700 }}>Cause: </Box>
              {link.cause}
              {link.who && <Box sx={{ color: 'text.secondary', fontSize: '0.9em' }}>{link.who}</Box>}
            </Box>
            <Box sx={{ textAlign: 'center', fontWeight: 700, color: 'primary.main' }}>
              <span aria-hidden="true">→ </span>led to
            </Box>
            <Box sx={{ border: 1, borderColor: 'primary.main', borderRadius: 1, p: 1.5 }}>
              <Box component="span" sx={{ fontWeight: 700 }}>Effect: </Box>
              {link.effect}
            </Box>
          </Box>
        ))}
      </Box>
    </Figure>
  );
}
