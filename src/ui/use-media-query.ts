import { useCallback, useMemo, useSyncExternalStore } from 'react';

/**
 * Whether a media query matches now, and a re-render when that changes (the system's dark mode, reduced
 * motion, the window's width). A few lines of React instead of MUI's useMediaQuery, so the lesson's
 * launch path needs nothing of MUI; read on the first render, so a wide screen never draws the narrow
 * layout first.
 */
export function useMediaQuery(query: string): boolean {
  const list = useMemo(() => window.matchMedia(query), [query]);
  const subscribe = useCallback(
    (changed: () => void) => {
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    [list],
  );
  return useSyncExternalStore(subscribe, () => list.matches);
}
