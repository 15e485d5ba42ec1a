import Box from '@mui/material/Box';
import { useEffect, useRef } from 'react';
import Typography from '@mui/material/Typography';
import type { MapDrawing } from '../../content/maps/map-model';
import { MapCanvas } from './MapCanvas';
import { MapLegend } from './MapLegend';
import { mapAspectRatio, type MapState } from './use-map-drawing';

/**
 * The picture and its key. It keeps the map's proportions while the map loads (no jump in the page), and
 * on a narrow phone the picture keeps a readable size and scrolls sideways inside its frame.
 */
export function MapFrame({ state, label, focus, map }: { state: MapState; label: string; focus?: readonly string[]; map: string }) {
  const frame = useRef<HTMLDivElement>(null);
  const drawing = 'drawing' in state ? state.drawing : undefined;
  const spot = drawing?.spots.find((s) => focus?.includes(s.id));
  // On a narrow screen the picture scrolls sideways: bring the ringed place into view.
  useEffect(() => {
    const el = frame.current;
    if (!el || !spot || !drawing || el.scrollWidth <= el.clientWidth) return;
    el.scrollLeft = (spot.x / drawing.width) * el.scrollWidth - el.clientWidth / 2;
  }, [spot, drawing]);
  if ('error' in state) {
    return (
      <Typography role="alert" sx={{ p: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}>
        {state.error}
      </Typography>
    );
  }
  if (!drawing) {
    // The same box the picture will fill (its border, and at least 500 px wide as MapCanvas is).
    return (
      <Box aria-hidden="true" data-map-loading="" sx={{ overflow: 'hidden', border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Box sx={{ aspectRatio: mapAspectRatio(map), minWidth: 500, bgcolor: 'action.hover' }} />
      </Box>
    );
  }
  return (
    <>
      <Box
        ref={frame}
        tabIndex={0}
        role="group"
        aria-label="Map picture (scrolls sideways on a narrow screen)"
        sx={{
          overflowX: 'auto',
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          '&:focus-visible': { outline: 3, outlineColor: 'primary.main', outlineOffset: 2 },
        }}
      >
        <MapCanvas drawing={drawing} label={label} focus={focus ?? []} />
      </Box>
      <MapLegend drawing={drawing} />
    </>
  );
}

/** What the map marks, as a list a screen reader (or anyone) can read instead of the picture. */
export function MapMarks({ drawing }: { drawing: MapDrawing }) {
  return (
    <>
      <Typography component="p" sx={{ mt: 1.5, fontWeight: 700 }}>
        Marked on this map:
      </Typography>
      <Box component="ul" sx={{ pl: 3, mt: 0.5, mb: 0 }}>
        {drawing.marks.map((m, i) => (
          <li key={i}>
            <strong>{m.name}</strong>: {m.note}
          </li>
        ))}
      </Box>
    </>
  );
}

/** Where each boundary comes from: folded away, for the curious and for teachers. */
export function MapSources({ drawing }: { drawing: MapDrawing }) {
  const cited = [...drawing.areas, ...drawing.lines, ...drawing.arrows];
  const unique = cited.filter((c, i) => cited.findIndex((d) => d.name === c.name && d.source === c.source) === i);
  return (
    <Box component="details" sx={{ mt: 1.5, color: 'text.secondary', '& summary': { cursor: 'pointer', color: 'text.primary' } }}>
      <summary>Sources for this map</summary>
      <Box component="ul" sx={{ pl: 3, my: 1 }}>
        {unique.map((c) => (
          <li key={`${c.id}`}>
            <strong>{c.name}</strong>: {c.source}
          </li>
        ))}
      </Box>
      <Typography variant="body2">{drawing.credit}</Typography>
    </Box>
  );
}
