import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import { useId } from 'react';
import type { MapDrawing, MapRole } from '../../content/maps/map-model';
import { mapColors } from './map-colors';

/** Roles drawn with a hatch as well as a colour, so they differ by more than colour alone. */
const HATCHED: ReadonlySet<MapRole> = new Set(['puppet', 'taken']);

export function hatchId(base: string, role: MapRole): string {
  return `${base}-${role}`;
}

/** The SVG pattern a hatched role uses; shared by the map and its legend. */
export function Hatch({ id, role, mode }: { id: string; role: MapRole; mode: 'light' | 'dark' }) {
  const colors = mapColors(mode);
  return (
    <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width={6} height={6} fill={colors.roles[role]} />
      <line x1={0} y1={0} x2={0} y2={6} stroke={role === 'taken' ? colors.halo : colors.border} strokeOpacity={role === 'taken' ? 0.55 : 0.35} strokeWidth={2} />
    </pattern>
  );
}

export function fillFor(role: MapRole, base: string, mode: 'light' | 'dark'): string {
  return HATCHED.has(role) ? `url(#${hatchId(base, role)})` : mapColors(mode).roles[role];
}

/**
 * Draws a map made at build time. `focus` names spots (places or areas) to ring, e.g. a timeline's
 * current event; a hidden place appears only while it is in focus. The picture is one image for
 * assistive technology, named by `label`: what it shows is also given in text next to it.
 */
export function MapCanvas({ drawing, label, focus = [] }: { drawing: MapDrawing; label: string; focus?: readonly string[] }) {
  const theme = useTheme();
  const mode = theme.palette.mode;
  const colors = mapColors(mode);
  const base = useId().replace(/:/g, '');
  const focused = new Set(focus);
  const visiblePlaces = drawing.places.filter((p) => !p.hidden || focused.has(p.id));
  const spots = drawing.spots.filter((s) => focused.has(s.id));
  return (
    <Box
      component="svg"
      viewBox={`0 0 ${drawing.width} ${drawing.height}`}
      role="img"
      aria-label={label}
      sx={{ width: '100%', height: 'auto', display: 'block', minWidth: 500 }}
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
    >
      <defs>
        {[...HATCHED].map((role) => (
          <Hatch key={role} id={hatchId(base, role)} role={role} mode={mode} />
        ))}
      </defs>
      <rect width={drawing.width} height={drawing.height} fill={colors.sea} />
      <path d={drawing.land} fill={colors.land} stroke={colors.coast} strokeWidth={0.5} />
      {drawing.areas.map((a) => (
        <path key={a.id} d={a.d} fill={fillFor(a.role, base, mode)} stroke={colors.coast} strokeWidth={0.6} />
      ))}
      {drawing.borders && <path d={drawing.borders} fill="none" stroke={colors.border} strokeWidth={1} strokeDasharray="4 2" />}
      {drawing.lines.map((l) => (
        <path key={l.id} d={l.d} fill="none" stroke={colors.border} strokeWidth={2} strokeDasharray="6 3" />
      ))}
      {drawing.arrows.map((a) => (
        <g key={a.id} fill={colors.roles.front} stroke={colors.roles.front}>
          <path d={a.d} fill="none" strokeWidth={4.5} strokeLinecap="round" />
          <polygon points={a.head} strokeWidth={1} />
        </g>
      ))}
      {drawing.pointers.map((p, i) => (
        <g key={i} fill={colors.text} stroke={colors.text}>
          <path d={p.d} fill="none" strokeWidth={2} />
          <polygon points={p.head} strokeWidth={1} />
        </g>
      ))}
      {visiblePlaces.map((p) =>
        p.kind === 'battle' ? (
          // A battle is a star-like cross, so it differs from a town by shape, not only colour.
          <path
            key={p.id}
            d={`M${p.x - 5} ${p.y - 5}L${p.x + 5} ${p.y + 5}M${p.x + 5} ${p.y - 5}L${p.x - 5} ${p.y + 5}`}
            stroke={colors.marker}
            strokeWidth={2.5}
          />
        ) : (
          <circle key={p.id} cx={p.x} cy={p.y} r={p.kind === 'capital' ? 4.5 : 3.5} fill={colors.marker} stroke={colors.halo} strokeWidth={1.5} />
        ),
      )}
      {spots.map((s) => (
        <circle key={`focus-${s.id}`} cx={s.x} cy={s.y} r={14} fill="none" stroke={colors.focus} strokeWidth={3.5} data-focus={s.id} />
      ))}
      <g fill={colors.text} stroke={colors.halo} strokeWidth={3} strokeLinejoin="round" paintOrder="stroke">
        {drawing.labels
          .filter((l) => !l.place || visiblePlaces.some((p) => p.id === l.place))
          .map((l, i) => (
            <text
              key={i}
              x={l.x}
              y={l.y}
              textAnchor={l.anchor}
              fontSize={l.size}
              fontWeight={l.bold ? 700 : 400}
              letterSpacing={l.kind === 'region' ? 0.5 : undefined}
              fill={l.kind === 'front' ? colors.roles.front : colors.text}
            >
              {l.lines.map((line, k) => (
                <tspan key={k} x={l.x} dy={k === 0 ? 0 : l.size * 1.2}>
                  {line}
                </tspan>
              ))}
            </text>
          ))}
      </g>
    </Box>
  );
}
