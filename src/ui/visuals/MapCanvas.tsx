import { useId } from 'react';
import type { MapDrawing, MapRole } from '../../content/maps/map-model';
import 'virtual:theme-variables.css';
import './map-palette.css';
import { HATCHED, roleFillClass } from './map-colors';
import './map.css';

export function hatchId(base: string, role: MapRole): string {
  return `${base}-${role}`;
}

/** The SVG pattern a hatched role uses; shared by the map and its legend. Colours from map.css. */
export function Hatch({ id, role }: { id: string; role: MapRole }) {
  return (
    <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width={6} height={6} className={roleFillClass(role)} />
      <line x1={0} y1={0} x2={0} y2={6} className={role === 'taken' ? 'map-hatch-line-taken' : 'map-hatch-line'} strokeWidth={2} />
    </pattern>
  );
}

/**
 * The props that fill a shape (of class `shape`) with `role`: a class for a plain colour, or the role's
 * hatch pattern as an attribute (a fill class would win over it).
 */
export function fillFor(role: MapRole, base: string, shape: string): { className: string; fill?: string } {
  return HATCHED.has(role) ? { className: shape, fill: `url(#${hatchId(base, role)})` } : { className: `${shape} ${roleFillClass(role)}` };
}

/**
 * Draws a map made at build time. `focus` names spots (places or areas) to ring, e.g. a timeline's
 * current event; a hidden place appears only while it is in focus. The picture is one image for
 * assistive technology, named by `label`: what it shows is also given in text next to it. Its colours
 * are classes (map.css), so light and dark need no re-render.
 */
export function MapCanvas({ drawing, label, focus = [] }: { drawing: MapDrawing; label: string; focus?: readonly string[] }) {
  const base = useId().replace(/:/g, '');
  const focused = new Set(focus);
  const visiblePlaces = drawing.places.filter((p) => !p.hidden || focused.has(p.id));
  const spots = drawing.spots.filter((s) => focused.has(s.id));
  return (
    <svg
      viewBox={`0 0 ${drawing.width} ${drawing.height}`}
      role="img"
      aria-label={label}
      className="map-canvas"
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
    >
      <defs>
        {[...HATCHED].map((role) => (
          <Hatch key={role} id={hatchId(base, role)} role={role} />
        ))}
      </defs>
      <rect width={drawing.width} height={drawing.height} className="map-sea" />
      <path d={drawing.land} className="map-land" strokeWidth={0.5} />
      {drawing.areas.map((a) => (
        <path key={a.id} d={a.d} {...fillFor(a.role, base, 'map-area')} strokeWidth={0.6} />
      ))}
      {drawing.borders && <path d={drawing.borders} className="map-border-line" strokeWidth={1} strokeDasharray="4 2" />}
      {drawing.lines.map((l) => (
        <path key={l.id} d={l.d} className="map-border-line" strokeWidth={2} strokeDasharray="6 3" />
      ))}
      {drawing.arrows.map((a) => (
        <g key={a.id} className="map-arrow">
          <path d={a.d} strokeWidth={4.5} strokeLinecap="round" />
          <polygon points={a.head} strokeWidth={1} />
        </g>
      ))}
      {drawing.pointers.map((p, i) => (
        <g key={i} className="map-pointer">
          <path d={p.d} strokeWidth={2} />
          <polygon points={p.head} strokeWidth={1} />
        </g>
      ))}
      {visiblePlaces.map((p) =>
        p.kind === 'battle' ? (
          // A battle is a star-like cross, so it differs from a town by shape, not only colour.
          <path
            key={p.id}
            d={`M${p.x - 5} ${p.y - 5}L${p.x + 5} ${p.y + 5}M${p.x + 5} ${p.y - 5}L${p.x - 5} ${p.y + 5}`}
            className="map-battle"
            strokeWidth={2.5}
          />
        ) : (
          <circle key={p.id} cx={p.x} cy={p.y} r={p.kind === 'capital' ? 4.5 : 3.5} className="map-place" strokeWidth={1.5} />
        ),
      )}
      {spots.map((s) => (
        <circle key={`focus-${s.id}`} cx={s.x} cy={s.y} r={14} className="map-focus" strokeWidth={3.5} data-focus={s.id} />
      ))}
      <g className="map-labels" strokeWidth={3} strokeLinejoin="round" paintOrder="stroke">
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
              className={l.kind === 'front' ? 'map-label-front' : undefined}
            >
              {l.lines.map((line, k) => (
                <tspan key={k} x={l.x} dy={k === 0 ? 0 : l.size * 1.2}>
                  {line}
                </tspan>
              ))}
            </text>
          ))}
      </g>
    </svg>
  );
}
