import type { LeadVisual as LeadVisualModel } from '../../content/model';
import 'virtual:theme-variables.css';
import './map-palette.css';
import { MapCanvas } from './MapCanvas';
import './map.css';
import './visuals.css';
import { mapAspectRatio, useMapDrawing } from './use-map-drawing';

/**
 * The picture at the top of a section: when (the date span, large) and where (in words, and ringed on a
 * small map from Moscow to Tokyo). It orients the learner before the reading starts.
 */
export function LeadVisual({ visual }: { visual: LeadVisualModel }) {
  const state = useMapDrawing(visual.map);
  const names = 'drawing' in state ? visual.focus.map((id) => state.drawing.spots.find((s) => s.id === id)?.name ?? id) : [];
  return (
    <figure aria-label={visual.title} className="visual-figure lead-visual">
      <figcaption>
        <div className="lead-visual-label">When</div>
        <div className="lead-visual-dates">{visual.dates}</div>
        <div className="lead-visual-label">Where</div>
        <div>{visual.where}</div>
      </figcaption>
      {/* Its shape is kept while the map loads, so the reading and the first check below do not jump. */}
      <div {...('drawing' in state ? {} : { 'data-map-loading': '' })} className="lead-visual-map" style={{ aspectRatio: mapAspectRatio(visual.map) }}>
        {'drawing' in state && (
          <MapCanvas drawing={state.drawing} focus={visual.focus} label={`Small map from Moscow to Tokyo, with ${names.join(', ')} circled.`} />
        )}
      </div>
    </figure>
  );
}
