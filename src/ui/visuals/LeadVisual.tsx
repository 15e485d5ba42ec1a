import Box from '@mui/material/Box';
import type { LeadVisual as LeadVisualModel } from '../../content/model';
import { MapCanvas } from './MapCanvas';
import { mapAspectRatio, useMapDrawing } from './use-map-drawing';

/**
 * The picture at the top of a section: when (the date span, large) and where (in words, and ringed on a
 * small map from Moscow to Tokyo). It orients the learner before the reading starts.
 */
export function LeadVisual({ visual }: { visual: LeadVisualModel }) {
  const state = useMapDrawing(visual.map);
  const names = 'drawing' in state ? visual.focus.map((id) => state.drawing.spots.find((s) => s.id === id)?.name ?? id) : [];
  return (
    <Box
      component="figure"
      aria-label={visual.title}
      sx={{
        m: 0,
        mb: 3,
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'minmax(0, 2fr) minmax(0, 3fr)' },
        alignItems: 'center',
        gap: 2,
        p: { xs: 2, sm: 2.5 },
        borderRadius: 2,
        border: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
        breakInside: 'avoid',
      }}
    >
      <Box component="figcaption">
        <Box sx={{ fontSize: '0.8rem', textTransform: 'uppercase', letterSpacing: '0.06em', color: 'text.secondary', fontWeight: 700 }}>When</Box>
        <Box sx={{ fontSize: { xs: '1.5rem', sm: '1.75rem' }, fontWeight: 700, lineHeight: 1.2, color: 'primary.main', mb: 1.5 }}>{visual.dates}</Box>
        <Box sx={{ fontSize: '0.8rem', textTransform: 'uppercase', letterSpacing: '0.06em', color: 'text.secondary', fontWeight: 700 }}>Where</Box>
        <Box>{visual.where}</Box>
      </Box>
      {/* Its shape is kept while the map loads, so the reading and the first check below do not jump. */}
      <Box {...('drawing' in state ? {} : { 'data-map-loading': '' })} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden', aspectRatio: mapAspectRatio(visual.map) }}>
        {'drawing' in state && (
          <Box sx={{ '& svg': { minWidth: 0 } }}>
            <MapCanvas
              drawing={state.drawing}
              focus={visual.focus}
              label={`Small map from Moscow to Tokyo, with ${names.join(', ')} circled.`}
            />
          </Box>
        )}
      </Box>
    </Box>
  );
}
