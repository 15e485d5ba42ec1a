import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import { useId } from 'react';
import type { MapDrawing, MapRole } from '../../content/maps/map-model';
import { mapColors } from './map-colors';
import { Hatch, fillFor, hatchId } from './MapCanvas';

function Swatch({ role }: { role: MapRole }) {
  const mode = useTheme().palette.mode;
  const colors = mapColors(mode);
  const base = useId().replace(/:/g, '');
  let shape;
  if (role === 'front') {
    shape = <path d="M2 9H15M12 5L18 9L12 13Z" stroke={colors.roles.front} fill={colors.roles.front} strokeWidth={3} />;
  } else if (role === 'battle') {
    shape = <path d="M5 4L15 14M15 4L5 14" stroke={colors.marker} strokeWidth={2.5} />;
  } else {
    shape = <rect x={1} y={1} width={18} height={16} rx={2} fill={fillFor(role, base, mode)} stroke={colors.coast} />;
  }
  return (
    <svg width={20} height={18} aria-hidden="true" focusable="false" style={{ flex: 'none' }}>
      {(role === 'puppet' || role === 'taken') && (
        <defs>
          <Hatch id={hatchId(base, role)} role={role} mode={mode} />
        </defs>
      )}
      {shape}
    </svg>
  );
}

/** The key to the map's colours and symbols, as text with a swatch beside each entry. */
export function MapLegend({ drawing }: { drawing: MapDrawing }) {
  return (
    <Box component="ul" aria-label="Key to the map" sx={{ listStyle: 'none', p: 0, m: 0, mt: 1.5, display: 'flex', flexWrap: 'wrap', columnGap: 2.5, rowGap: 0.75 }}>
      {drawing.legend.map((entry) => (
        <Box component="li" key={entry.role} sx={{ display: 'flex', alignItems: 'center', gap: 1, fontSize: '0.95rem' }}>
          <Swatch role={entry.role} />
          {entry.label}
        </Box>
      ))}
    </Box>
  );
}
