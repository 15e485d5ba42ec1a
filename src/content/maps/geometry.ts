/**
 * Geography at build time: Natural Earth shapes (world-atlas, public domain) projected with d3-geo into
 * SVG coordinates, clipped to the map's frame, cut with polygon-clipping and simplified, so the browser
 * gets short path strings and no geography code at all.
 */
import { geoArea, geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import polygonClipping, { type MultiPolygon, type Polygon, type Ring } from 'polygon-clipping';
import simplify from 'simplify-js';
import type { Feature, Geometry, Polygon as GeoPolygon } from 'geojson';
import type { LonLat } from './map-spec.ts';

export type Point = [number, number];

/** Width of every map in SVG units; the height follows from the frame. */
export const MAP_WIDTH = 600;
/** Tolerance for simplifying outlines, in SVG units: finer than a pixel at the largest size shown. */
const TOLERANCE = 0.6;
/** Rings smaller than this (square SVG units) are dropped: specks no one can see. */
const MIN_RING_AREA = 0.6;

export interface Frame {
  readonly west: number;
  readonly east: number;
  readonly south: number;
  readonly north: number;
}

/** The frame's outline, sampled so a conic projection's curved parallels are fitted, not just corners. */
function frameOutline(f: Frame): Feature<GeoPolygon> {
  const ring: [number, number][] = [];
  const steps = 20;
  for (let i = 0; i <= steps; i++) ring.push([f.west + ((f.east - f.west) * i) / steps, f.south]);
  for (let i = 0; i <= steps; i++) ring.push([f.east - ((f.east - f.west) * i) / steps, f.north]);
  ring.push(ring[0]!);
  return { type: 'Feature', properties: {}, geometry: rewind({ type: 'Polygon', coordinates: [ring] }) };
}

/**
 * A Lambert conformal conic centred on the frame (the usual projection for mid-latitude atlases),
 * fitted to MAP_WIDTH and clipped to the frame's rectangle.
 */
export function projectionFor(f: Frame): { projection: GeoProjection; width: number; height: number } {
  const mid = (f.south + f.north) / 2;
  const projection = geoConicConformal()
    .parallels([mid - (f.north - f.south) / 4, mid + (f.north - f.south) / 4])
    .rotate([-(f.west + f.east) / 2, 0])
    .fitWidth(MAP_WIDTH, frameOutline(f));
  const [[, y0], [, y1]] = geoPath(projection).bounds(frameOutline(f));
  // fitWidth places the outline's top at 0; trim what lies outside the frame.
  const height = Math.round(y1 - Math.max(0, y0));
  projection.clipExtent([
    [0, 0],
    [MAP_WIDTH, height],
  ]);
  return { projection, width: MAP_WIDTH, height };
}

/** d3-geo takes a polygon's exterior clockwise; an author's ring may go either way. */
export function rewind(polygon: GeoPolygon): GeoPolygon {
  if (geoArea(polygon) <= 2 * Math.PI) return polygon;
  return { type: 'Polygon', coordinates: polygon.coordinates.map((r) => [...r].reverse()) };
}

/** The projected, clipped rings of a geometry (each ring closed implicitly). */
export function projectRings(geometry: Geometry | Feature, projection: GeoProjection): Point[][] {
  const rings: Point[][] = [];
  let current: Point[] | undefined;
  const context = {
    beginPath() {
      // Each ring starts with moveTo; nothing to do here.
    },
    moveTo(x: number, y: number) {
      current = [[x, y]];
      rings.push(current);
    },
    lineTo(x: number, y: number) {
      current?.push([x, y]);
    },
    closePath() {
      current = undefined;
    },
    arc() {
      // Only points use arcs; no point geometry is drawn through here.
    },
  };
  geoPath(projection, context).pointRadius(0)(geometry as Feature);
  return rings;
}

function ringArea(ring: readonly Point[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
  return Math.abs(a / 2);
}

function simplifyRing(ring: readonly Point[]): Point[] {
  return simplify(ring.map(([x, y]) => ({ x, y })), TOLERANCE, true).map((p) => [p.x, p.y] as Point);
}

/**
 * Projected rings as a multipolygon polygon-clipping can cut. Natural Earth's rings do not overlap, so
 * they need no union (which would cost seconds on a continent); a lake's ring reads as land, which at
 * this scale only Lake Baikal and Lake Khanka would show.
 */
export function toMultiPolygon(rings: readonly Point[][]): MultiPolygon {
  return rings.filter((r) => r.length >= 3).map((r): Polygon => [[...r, r[0]!] as Ring]);
}

export function intersect(a: MultiPolygon, b: MultiPolygon): MultiPolygon {
  if (a.length === 0 || b.length === 0) return [];
  return polygonClipping.intersection(a, b);
}

function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/**
 * Compact path data: whole units (half a pixel at most at the sizes shown), then relative steps, which
 * are short and repeat, so the maps gzip small. Points that round onto the one before are dropped.
 */
function compact(points: readonly Point[], close: boolean): string {
  const ints = points.map(([x, y]) => [Math.round(x), Math.round(y)] as const);
  const kept = ints.filter((p, i) => i === 0 || p[0] !== ints[i - 1]![0] || p[1] !== ints[i - 1]![1]);
  if (kept.length < 2) return '';
  const [x0, y0] = kept[0]!;
  let d = `M${x0} ${y0}l`;
  const steps: string[] = [];
  for (let i = 1; i < kept.length; i++) {
    const dx = kept[i]![0] - kept[i - 1]![0];
    const dy = kept[i]![1] - kept[i - 1]![1];
    steps.push(`${dx}${dy < 0 ? '' : ' '}${dy}`);
  }
  // A minus sign separates numbers by itself, so "3-2" needs no space.
  d += steps.map((s, i) => (i > 0 && !s.startsWith('-') ? ` ${s}` : s)).join('');
  return close ? `${d}z` : d;
}

/** SVG path data for a multipolygon: simplified, specks dropped. */
export function polygonPath(mp: MultiPolygon): string {
  const out: string[] = [];
  for (const polygon of mp) {
    for (const ring of polygon) {
      const open = ring.slice(0, -1) as Point[];
      if (ringArea(open) < MIN_RING_AREA) continue;
      const simple = simplifyRing(open);
      if (simple.length < 3) continue;
      out.push(compact(simple, true));
    }
  }
  return out.join('');
}

/** SVG path data for projected lines (borders), simplified. */
export function linePath(lines: readonly Point[][]): string {
  return lines
    .filter((l) => l.length >= 2)
    .map((l) => compact(simplifyRing(l), false))
    .join('');
}

/** A smooth curve through points (Catmull–Rom as cubic Béziers) and an arrowhead at its end. */
export function arrow(points: readonly Point[], headSize = 11): { d: string; head: string } {
  const p = points;
  let d = `M${num(p[0]![0])} ${num(p[0]![1])}`;
  const last = p[p.length - 1]!;
  const before = p[p.length - 2]!;
  const len = Math.hypot(last[0] - before[0], last[1] - before[1]) || 1;
  const ux = (last[0] - before[0]) / len;
  const uy = (last[1] - before[1]) / len;
  // The shaft stops where the head begins, so its round end does not poke through the tip.
  const end: Point = [last[0] - ux * headSize * 0.8, last[1] - uy * headSize * 0.8];
  const pts = [...p.slice(0, -1), end];
  for (let i = 0; i < pts.length - 1; i++) {
    const p0 = pts[i - 1] ?? pts[i]!;
    const p1 = pts[i]!;
    const p2 = pts[i + 1]!;
    const p3 = pts[i + 2] ?? p2;
    const c1: Point = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Point = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += `C${num(c1[0])} ${num(c1[1])} ${num(c2[0])} ${num(c2[1])} ${num(p2[0])} ${num(p2[1])}`;
  }
  const base: Point = [last[0] - ux * headSize, last[1] - uy * headSize];
  const half = headSize * 0.55;
  const head = [last, [base[0] - uy * half, base[1] + ux * half], [base[0] + uy * half, base[1] - ux * half]]
    .map(([x, y]) => `${num(x!)},${num(y!)}`)
    .join(' ');
  return { d, head };
}

export function projectPoint(projection: GeoProjection, at: LonLat): Point {
  const p = projection([at[0], at[1]]);
  if (!p) throw new Error(`cannot project [${at.join(', ')}]`);
  return [p[0], p[1]];
}
