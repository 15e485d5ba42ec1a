import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { useId } from 'react';
import type { MapVisual } from '../../content/model';
import { Figure } from './Figure';
import { KURILS, MAP_BOUNDS, PLACES, REGIONS, REGION_NOTES, SEA, type LonLat } from './map-data';

const SCALE_X = 7.5;
const SCALE_Y = 10;
const WIDTH = (MAP_BOUNDS.east - MAP_BOUNDS.west) * SCALE_X;
const HEIGHT = (MAP_BOUNDS.north - MAP_BOUNDS.south) * SCALE_Y;

function xy([lon, lat]: LonLat): [number, number] {
  return [(lon - MAP_BOUNDS.west) * SCALE_X, (MAP_BOUNDS.north - lat) * SCALE_Y];
}

function points(outline: readonly LonLat[]): string {
  return outline.map((p) => xy(p).map((n) => n.toFixed(1)).join(',')).join(' ');
}

/**
 * The region in 1939–1945 as an SVG drawn for the lesson (no map tiles, nothing downloaded).
 * Highlighted places are also listed in text under the map, so nothing depends on seeing it.
 */
export function RegionMap({ visual }: { visual: MapVisual }) {
  const theme = useTheme();
  const titleId = useId();
  const dark = theme.palette.mode === 'dark';
  const colors = {
    land: dark ? '#2e3a2f' : '#e8e4d4',
    sea: dark ? '#17324d' : '#c9def0',
    region: dark ? '#4a4f3a' : '#d6cfb3',
    highlight: dark ? '#8a5a1e' : '#f2b35c',
    border: dark ? '#cfd8dc' : '#5d4a2e',
    text: dark ? '#ffffff' : '#1d1d1d',
    marker: dark ? '#ffb4a8' : '#b3261e',
  };
  const lit = new Set(visual.highlight);
  const noted = visual.highlight
    .map((id) => {
      const place = PLACES.find((p) => p.id === id);
      if (place) return { id, name: place.name, note: place.note };
      const region = REGIONS.find((r) => r.id === id);
      const name = region?.name || (id === 'kurils' ? 'Kuril Islands' : id === 'moscow' ? 'Moscow' : id);
      return { id, name, note: REGION_NOTES[id] ?? '' };
    })
    .filter((n) => n.note !== '');

  return (
    <Figure title={visual.title} kind="Map">
      <Box
        component="svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        sx={{ width: '100%', height: 'auto', display: 'block', border: 1, borderColor: 'divider', borderRadius: 1 }}
      >
        <title id={titleId}>
          {`Simplified map of Northeast Asia, 1939–1945. ${visual.caption}`}
        </title>
        <rect x={0} y={0} width={WIDTH} height={HEIGHT} fill={colors.land} />
        <polygon points={points(SEA)} fill={colors.sea} />
        {REGIONS.map((r) => (
          <polygon
            key={r.id}
            points={points(r.outline)}
            fill={lit.has(r.id) ? colors.highlight : r.id === 'mongolia' || r.id === 'manchukuo' ? colors.region : colors.land}
            stroke={colors.border}
            strokeWidth={1}
          />
        ))}
        {/* The 1905–1945 border on Sakhalin, at the 50th parallel. */}
        <line x1={xy([141.7, 50])[0]} y1={xy([141.7, 50])[1]} x2={xy([143.2, 50])[0]} y2={xy([143.2, 50])[1]} stroke={colors.border} strokeDasharray="3 2" />
        {KURILS.map((p, i) => (
          <circle key={i} cx={xy(p)[0]} cy={xy(p)[1]} r={3} fill={lit.has('kurils') ? colors.highlight : colors.land} stroke={colors.border} />
        ))}
        <g fill={colors.text} fontSize={13} fontFamily="system-ui, sans-serif">
          <text x={xy([108, 58])[0]} y={xy([108, 58])[1]} fontWeight={700} letterSpacing={2}>SOVIET UNION</text>
          <text x={xy([100, 35])[0]} y={xy([100, 35])[1]} fontWeight={700} letterSpacing={2}>CHINA</text>
          <text x={xy([146, 37])[0]} y={xy([146, 37])[1]} fontStyle="italic">Pacific Ocean</text>
          <text x={xy([134.2, 39.4])[0]} y={xy([134.2, 39.4])[1]} fontStyle="italic" fontSize={11}>Sea of Japan</text>
          {REGIONS.filter((r) => r.name).map((r) => (
            <text key={r.id} x={xy(r.label)[0]} y={xy(r.label)[1]} textAnchor="middle" fontWeight={lit.has(r.id) ? 700 : 400}>
              {r.name}
            </text>
          ))}
          <text x={xy([151.5, 45])[0]} y={xy([151.5, 45])[1]} fontWeight={lit.has('kurils') ? 700 : 400}>Kurils</text>
          <text x={6} y={18} fontSize={12} fontWeight={lit.has('moscow') ? 700 : 400}>
            ← Moscow (about 6,000 km west)
          </text>
        </g>
        {PLACES.map((p) => {
          const [x, y] = xy(p.at);
          const on = lit.has(p.id);
          return (
            <g key={p.id}>
              <circle cx={x} cy={y} r={on ? 6 : 3.5} fill={on ? colors.marker : colors.border} stroke={colors.land} strokeWidth={1.5} />
              <text
                x={p.side === 'left' ? x - 8 : p.side === 'below' ? x : x + 8}
                y={p.side === 'below' ? y + 18 : y + 4}
                textAnchor={p.side === 'left' ? 'end' : p.side === 'below' ? 'middle' : 'start'}
                fontSize={on ? 13 : 11}
                fontWeight={on ? 700 : 400}
                fill={colors.text}
                fontFamily="system-ui, sans-serif"
              >
                {p.name}
              </text>
            </g>
          );
        })}
      </Box>
      <Typography sx={{ mt: 1.5, color: 'text.secondary' }}>{visual.caption} Simplified map, not to scale.</Typography>
      {noted.length > 0 && (
        <>
          <Typography component="p" sx={{ mt: 1.5, fontWeight: 700 }}>
            Marked on this map:
          </Typography>
          <Box component="ul" sx={{ pl: 3, mt: 0.5 }}>
            {noted.map((n) => (
              <li key={n.id}>
                <strong>{n.name}</strong>: {n.note}
              </li>
            ))}
          </Box>
        </>
      )}
    </Figure>
  );
}
