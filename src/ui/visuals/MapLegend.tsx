import { useId } from 'react';
import type { MapDrawing, MapRole } from '../../content/maps/map-model';
import { Hatch, fillFor, hatchId } from './MapCanvas';
import { HATCHED } from './map-colors';

function Swatch({ role }: { role: MapRole }) {
  const base = useId().replace(/:/g, '');
  let shape;
  if (role === 'front') {
    shape = <path d="M2 9H15M12 5L18 9L12 13Z" className="map-swatch-front" strokeWidth={3} />;
  } else if (role === 'battle') {
    shape = <path d="M5 4L15 14M15 4L5 14" className="map-swatch-battle" strokeWidth={2.5} />;
  } else {
    shape = <rect x={1} y={1} width={18} height={16} rx={2} {...fillFor(role, base, 'map-swatch-rect')} />;
  }
  return (
    <svg width={20} height={18} aria-hidden="true" focusable="false" className="map-swatch">
      {HATCHED.has(role) && (
        <defs>
          <Hatch id={hatchId(base, role)} role={role} />
        </defs>
      )}
      {shape}
    </svg>
  );
}

/** The key to the map's colours and symbols, as text with a swatch beside each entry. */
export function MapLegend({ drawing }: { drawing: MapDrawing }) {
  return (
    <ul aria-label="Key to the map" className="map-legend">
      {drawing.legend.map((entry) => (
        <li key={entry.role}>
          <Swatch role={entry.role} />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
