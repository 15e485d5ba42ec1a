import { useEffect, useRef } from 'react';
import type { MapDrawing } from '../../content/maps/map-model';
import { MapCanvas } from './MapCanvas';
import { MapLegend } from './MapLegend';
import './map.css';
import { mapAspectRatio, type MapState } from './use-map-drawing';

/**
 * The picture and its key. It keeps the map's proportions while the map loads (no jump in the page), and
 * on a narrow phone the picture keeps a readable size and scrolls sideways inside its frame.
 */
export function MapFrame({ state, label, focus, map }: { state: MapState; label: string; focus?: readonly string[]; map: string }) {
  const frame = useRef<HTMLDivElement>(null);
  const drawing = 'drawing' in state ? state.drawing : undefined;
  const spot = drawing?.spots.find((s) => focus?.includes(s.id));
  // On a narrow screen the picture scrolls sideways: bring the ringed place into view, or with none
  // ringed show the middle of the map (its subject) rather than its western edge.
  useEffect(() => {
    const el = frame.current;
    if (!el || !drawing || el.scrollWidth <= el.clientWidth) return;
    const x = spot ? spot.x / drawing.width : 0.5;
    el.scrollLeft = x * el.scrollWidth - el.clientWidth / 2;
  }, [spot, drawing]);
  if ('error' in state) {
    return (
      <p role="alert" className="map-error">
        {state.error}
      </p>
    );
  }
  if (!drawing) {
    // The same box the picture will fill: its border, and its width by the same rule (map.css), in the
    // same size container, so that nothing moves when the picture arrives.
    return (
      <div className="map-box">
        <div aria-hidden="true" data-map-loading="" className="map-loading">
          <div style={{ aspectRatio: mapAspectRatio(map) }} />
        </div>
      </div>
    );
  }
  return (
    <>
      {/* The box whose width decides whether the picture scrolls (map.css: a size container). */}
      <div className="map-box">
        {/* Focusable so that a keyboard alone can scroll the picture sideways on a narrow screen. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
        <div ref={frame} tabIndex={0} role="group" aria-label="Map picture (scrolls sideways on a narrow screen)" className="map-frame">
          <MapCanvas drawing={drawing} label={label} focus={focus ?? []} />
        </div>
        {/* Shown only where the picture is wider than its frame (map.css); the frame's name says it to a screen reader. */}
        <p aria-hidden="true" className="map-scroll-hint">
          ↔ The map is wider than your screen: scroll it sideways to see all of it.
        </p>
      </div>
      <MapLegend drawing={drawing} />
    </>
  );
}

/** What the map marks, as a list a screen reader (or anyone) can read instead of the picture. */
export function MapMarks({ drawing }: { drawing: MapDrawing }) {
  return (
    <>
      <p className="map-marks-title">Marked on this map:</p>
      <ul className="map-marks">
        {drawing.marks.map((m, i) => (
          <li key={i}>
            <strong>{m.name}</strong>: {m.note}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Where each boundary comes from: folded away, for the curious and for teachers. */
export function MapSources({ drawing }: { drawing: MapDrawing }) {
  const cited = [...drawing.areas, ...drawing.lines, ...drawing.arrows];
  const unique = cited.filter((c, i) => cited.findIndex((d) => d.name === c.name && d.source === c.source) === i);
  return (
    <details className="map-sources">
      <summary>Sources for this map</summary>
      <ul>
        {unique.map((c) => (
          <li key={`${c.id}`}>
            <strong>{c.name}</strong>: {c.source}
          </li>
        ))}
      </ul>
      <p className="map-credit">{drawing.credit}</p>
    </details>
  );
}
