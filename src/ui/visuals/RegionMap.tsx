import type { MapVisual } from '../../content/model';
import { Figure } from './Figure';
import { MapFrame, MapMarks, MapSources } from './MapParts';
import { useMapDrawing } from './use-map-drawing';

/**
 * A map drawn for the lesson at build time from real coastlines, with the historical areas from
 * maps.yaml. Its key, what it marks and the sources of its boundaries are text under it, so nothing
 * depends on seeing the picture.
 */
export function RegionMap({ visual }: { visual: MapVisual }) {
  const state = useMapDrawing(visual.map);
  return (
    <Figure title={visual.title} kind="Map">
      <MapFrame state={state} map={visual.map} label={`Map: ${visual.title}. ${visual.caption}`} />
      <p className="map-caption">{visual.caption}</p>
      {'drawing' in state && (
        <div>
          <MapMarks drawing={state.drawing} />
          <MapSources drawing={state.drawing} />
        </div>
      )}
    </Figure>
  );
}
