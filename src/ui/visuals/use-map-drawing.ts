/**
 * Loads a map drawn at build time. Each map is its own chunk (see src/content/maps/vite-plugin.ts), so it
 * is fetched when it comes near the screen, not with the script the lesson needs to start (which stays
 * within its launch budget); once loaded it is kept.
 */
import { useEffect, useState, type RefObject } from 'react';
import { mapLoaders } from 'virtual:maps';
import type { MapDrawing } from '../../content/maps/map-model';

const loaded = new Map<string, MapDrawing>();

export type MapState = { readonly drawing: MapDrawing } | { readonly error: string } | { readonly loading: true };

/**
 * True once the element is within about a screen of the viewport. Without IntersectionObserver (old
 * browsers, jsdom) it is true at once: the map then simply loads with its section.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setNear(true);
    }, { rootMargin: '50% 0px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}

/** The map `id`; with `wanted` false (not near the screen yet) it waits, unless it is already loaded. */
export function useMapDrawing(id: string, wanted = true): MapState {
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
    if (!wanted) return;
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
  }, [id, wanted]);
  return state;
}
