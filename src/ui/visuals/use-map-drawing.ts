/**
 * Loads a map drawn at build time. Each map is its own chunk (see src/content/maps/vite-plugin.ts), so it
 * is not in the script the lesson needs to start (which stays within its launch budget). A section's maps
 * are all fetched as the section opens (a few kilobytes each), not when scrolled near: a map arriving
 * later would push the text and checks below it down under the learner's pointer. Once loaded it is kept.
 */
import { useEffect, useState } from 'react';
import { mapLoaders, mapSizes } from 'virtual:maps';
import type { MapDrawing } from '../../content/maps/map-model';

const loaded = new Map<string, MapDrawing>();

export type MapState = { readonly drawing: MapDrawing } | { readonly error: string } | { readonly loading: true };

/** The map's shape as a CSS aspect-ratio, so its place is kept while it loads (no jump under the pointer). */
export function mapAspectRatio(id: string): string {
  const size = mapSizes[id];
  return size ? `${size[0]} / ${size[1]}` : '3 / 2';
}

/** The map `id`, loading it the first time it is asked for. */
export function useMapDrawing(id: string): MapState {
  const [state, setState] = useState<MapState>(() => {
    const drawing = loaded.get(id);
    return drawing ? { drawing } : { loading: true };
  });
  useEffect(() => {
    const cached = loaded.get(id);
    if (cached) {
      setState({ drawing: cached });
      return;
    }
    let live = true;
    const load = mapLoaders[id];
    if (!load) {
      setState({ error: `The map "${id}" is missing from this build.` });
      return;
    }
    load().then(
      (module) => {
        loaded.set(id, module.default);
        if (live) setState({ drawing: module.default });
      },
      // A chunk the LMS failed to serve: say so in words; the text list below still tells what it shows.
      () => live && setState({ error: 'The map could not be loaded. Reload the page to try again.' }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return state;
}
