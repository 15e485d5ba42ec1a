import Box from '@mui/material/Box';
import type { TimelineVisual } from '../../content/model';
import { Figure } from './Figure';

/** Dated events down a line: an ordered list, so the order is in the markup, not just the picture. */
export function Timeline({ visual }: { visual: TimelineVisual }) {
  return (
    <Figure title={visual.title} kind="Timeline">
      <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0, borderLeft: 3, borderColor: 'primary.main', ml: 1 }}>
        {visual.events.map((e, i) => (
          <Box component="li" key={i} sx={{ position: 'relative', pl: 3, pb: 2 }}>
            <Box
              aria-hidden="true"
              sx={{ position: 'absolute', left: -9, top: 6, width: 14, height: 14, borderRadius: '50%', bgcolor: 'primary.main' }}
            />
            <Box sx={{ fontWeight: 700, color: 'primary.main' }}>{e.date}</Box>
            <Box>{e.label}</Box>
            {e.detail && <Box sx={{ color: 'text.secondary', fontSize: '0.95em' }}>{e.detail}</Box>}
          </Box>
        ))}
      </Box>
    </Figure>
  );
}
