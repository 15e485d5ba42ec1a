/**
 * Which stylesheet class (map.css) paints each map role. The colours themselves are CSS variables in
 * map-palette.css (--map-*), light and dark, so a switch between them repaints the maps with no re-render.
 * Roles with a hatch differ by more than colour alone: they are filled with an SVG pattern instead.
 */
import type { MapRole } from '../../content/maps/map-model';

/** Roles drawn with a hatch as well as a colour. */
export const HATCHED: ReadonlySet<MapRole> = new Set(['puppet', 'taken']);

/** The class that fills a shape with a role's colour. */
export function roleFillClass(role: MapRole): string {
  return `map-fill-${role}`;
}
