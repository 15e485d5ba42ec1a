/**
 * Builds every map of lessons/<id>/maps.yaml into a MapDrawing (map-model.ts). Runs in Node at build time
 * (the lessonMaps Vite plugin and tests); a mistake stops the build with the file and field named.
 */
import { createRequire } from 'node:module';
import { geoContains, geoDistance, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Polygon as GeoPolygon } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { Problems } from '../errors.ts';
import { parseYaml, readSource } from '../source.ts';
import { parseForAuthors } from '../issues-for-authors.ts';
import {
  arrow,
  intersect,
  linePath,
  polygonPath,
  projectPoint,
  projectRings,
  projectionFor,
  rewind,
  toMultiPolygon,
  type Point,
} from './geometry.ts';
import { LabelLayoutError, layoutLabels, type LabelRequest } from './label-layout.ts';
import type { MapArea, MapArrow, MapDrawing, MapLine, MapPlace, MapSpot } from './map-model.ts';
import { mapsFileSchema, type LonLat, type MapSpec, type MapsFile } from './map-spec.ts';

const EARTH_RADIUS_KM = 6371;
const CREDIT = 'Coastlines and borders: Natural Earth (public domain). Historical areas drawn for this lesson from the sources listed.';

interface Countries {
  readonly topology: Topology;
  readonly byId: ReadonlyMap<string, Feature>;
}

/** Natural Earth at 1:50m (the lesson's maps) or 1:110m (a small locator, where detail would be wasted). */
export type Resolution = '50m' | '110m';

const countriesAt = new Map<Resolution, Countries>();
const landAt = new Map<Resolution, Geometry>();

/** Natural Earth countries, read once per process. */
function loadCountries(resolution: Resolution = '50m'): Countries {
  const known = countriesAt.get(resolution);
  if (known) return known;
  const require = createRequire(import.meta.url);
  const topology = require(`world-atlas/countries-${resolution}.json`) as Topology;
  const collection = feature(topology, topology.objects['countries'] as GeometryCollection) as FeatureCollection;
  const countries = { topology, byId: new Map(collection.features.map((f) => [String(f.id), f])) };
  countriesAt.set(resolution, countries);
  return countries;
}

/** Natural Earth land (coastlines only, no borders), read once per process. */
function loadLand(resolution: Resolution): Geometry {
  const known = landAt.get(resolution);
  if (known) return known;
  const require = createRequire(import.meta.url);
  const topology = require(`world-atlas/land-${resolution}.json`) as Topology;
  const land = feature(topology, topology.objects['land'] as GeometryCollection) as FeatureCollection;
  const geometry: Geometry = { type: 'GeometryCollection', geometries: land.features.map((f) => f.geometry) };
  landAt.set(resolution, geometry);
  return geometry;
}

/** Great-circle distance in km, rounded to the nearest 100 for the text a learner reads. */
export function distanceKm(a: LonLat, b: LonLat): number {
  return Math.round((geoDistance([a[0], a[1]], [b[0], b[1]]) * EARTH_RADIUS_KM) / 100) * 100;
}

function formatKm(km: number): string {
  return `${km.toLocaleString('en-GB')} km`;
}

/** The lon/lat polygon an area is cut with, or undefined when the whole country shape is used. */
export function cutPolygon(cut: readonly LonLat[] | undefined): GeoPolygon | undefined {
  if (!cut) return undefined;
  const ring = [...cut.map(([x, y]) => [x, y]), [cut[0]![0], cut[0]![1]]];
  return rewind({ type: 'Polygon', coordinates: [ring] });
}

/** True when a point lies in an area: inside one of its countries and inside its cut, if any. */
export function areaContains(file: MapsFile, areaId: string, at: LonLat): boolean {
  const area = file.areas[areaId];
  if (!area) return false;
  const { byId } = loadCountries();
  const inCountry = area.within.some((c) => {
    const f = byId.get(String(file.countries[c]));
    return f ? geoContains(f, [at[0], at[1]]) : false;
  });
  const cut = cutPolygon(area.cut);
  return inCountry && (!cut || geoContains(cut, [at[0], at[1]]));
}

function countryFeatures(file: MapsFile, names: readonly string[], resolution: Resolution): Feature[] {
  const { byId } = loadCountries(resolution);
  return names.flatMap((n) => {
    const f = byId.get(String(file.countries[n]));
    return f ? [f] : [];
  });
}

function buildArea(file: MapsFile, areaId: string, role: MapArea['role'], projection: GeoProjection, resolution: Resolution): MapArea {
  const area = file.areas[areaId]!;
  const shape = toMultiPolygon(countryFeatures(file, area.within, resolution).flatMap((f) => projectRings(f, projection)));
  const cut = cutPolygon(area.cut);
  const cutShape = cut ? toMultiPolygon(projectRings(cut, projection)) : undefined;
  return {
    id: areaId,
    name: area.name,
    role,
    d: polygonPath(cutShape ? intersect(shape, cutShape) : shape),
    approximate: area.approximate,
    source: area.source,
  };
}

/** A parallel drawn where it crosses an area (e.g. the 38th parallel across Korea). */
function buildLine(file: MapsFile, lineId: string, spec: MapSpec, projection: GeoProjection): MapLine {
  const line = file.lines[lineId]!;
  const runs: Point[][] = [];
  let run: Point[] = [];
  for (let lon = spec.frame.west; lon <= spec.frame.east; lon += 0.02) {
    if (areaContains(file, line.within, [lon, line.latitude])) run.push(projectPoint(projection, [lon, line.latitude]));
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return { id: lineId, name: line.name, d: linePath(runs.filter((r) => r.length >= 3)), source: line.source };
}

const BASE_SIZES = { region: 15, place: 13, front: 13, note: 12.5, line: 12.5 } as const;

export function buildMap(file: MapsFile, mapId: string, spec: MapSpec): MapDrawing {
  const { projection, width, height } = projectionFor(spec.frame);
  const scale = spec.labelScale;
  const SIZES = {
    region: BASE_SIZES.region * scale,
    place: BASE_SIZES.place * scale,
    front: BASE_SIZES.front * scale,
    note: BASE_SIZES.note * scale,
    line: BASE_SIZES.line * scale,
  };
  const { topology } = loadCountries(spec.resolution);
  const inFrame = ([x, y]: Point) => x >= 0 && y >= 0 && x <= width && y <= height;

  const land = polygonPath(toMultiPolygon(projectRings(loadLand(spec.resolution), projection)));
  const pairs = new Set(file.borders.flatMap(([a, b]) => [`${file.countries[a]}|${file.countries[b]}`, `${file.countries[b]}|${file.countries[a]}`]));
  const borders = spec.borders
    ? linePath(projectRings(mesh(topology, topology.objects['countries'] as GeometryCollection, (a, b) => pairs.has(`${a.id}|${b.id}`)) as MultiLineString, projection))
    : '';

  const areas = spec.areas.map((a) => buildArea(file, a.area, a.role, projection, spec.resolution));
  const lines = spec.lines.map((l) => buildLine(file, l.line, spec, projection));
  const hidden = new Set(spec.hiddenPlaces);
  const places: MapPlace[] = spec.places.map((id) => {
    const place = file.places[id]!;
    const [x, y] = projectPoint(projection, place.at);
    if (!inFrame([x, y])) throw new LabelLayoutError(`the place "${id}" is outside the map's frame`);
    return { id, name: place.name, x: round(x), y: round(y), kind: place.kind, hidden: hidden.has(id) };
  });
  const arrows: MapArrow[] = spec.fronts.map((f) => {
    const { d, head } = arrow(f.path.map((p) => projectPoint(projection, p)));
    return { id: f.id, name: f.name, d, head, describe: f.describe, source: f.source };
  });

  // Off-map pointers: an arrow at the frame's edge and the great-circle distance in words.
  const pointers: { d: string; head: string }[] = [];
  const requests: LabelRequest[] = [];
  const offMapNotes: { name: string; note: string }[] = [];
  const offMapSpots: MapSpot[] = [];
  for (const off of spec.offMap) {
    const target = file.places[off.place]!;
    const from = file.places[off.from]!;
    const km = distanceKm(target.at, from.at);
    const y = round(height * 0.12);
    pointers.push(arrow([[46, y], [8, y]], 9));
    requests.push({ lines: [`${target.name}: ${formatKm(km)}`, `from ${from.name}`], kind: 'note', x: 50, y, size: SIZES.note, bold: true, placement: 'point' });
    offMapSpots.push({ id: off.place, name: target.name, x: 12, y });
    offMapNotes.push({
      name: `${target.name} (off the map, to the ${off.side})`,
      note: `about ${formatKm(km)} from ${from.name} in a straight line`,
    });
  }

  // Label order is priority: places first (they must sit by their marker), then regions, fronts, notes.
  for (const p of places) {
    requests.push({ lines: [p.name], kind: 'place', x: p.x, y: p.y, size: SIZES.place, bold: p.kind !== 'city', placement: 'point', place: p.id });
  }
  spec.areas.forEach((a) => {
    if (!a.label) return;
    const [x, y] = projectPoint(projection, a.at ?? file.places[a.area]?.at ?? [0, 0]);
    requests.push({ lines: [a.label], kind: 'region', x, y, size: SIZES.region, bold: true, placement: 'centre' });
  });
  for (const l of spec.lines) {
    const [x, y] = projectPoint(projection, l.at);
    requests.push({ lines: [l.label], kind: 'line', x, y, size: SIZES.line, bold: false, placement: 'centre' });
  }
  for (const t of spec.texts) {
    const [x, y] = projectPoint(projection, t.at);
    requests.push({ lines: [t.text], kind: 'note', x, y, size: SIZES.note, bold: false, placement: 'centre' });
  }
  for (const f of spec.fronts) {
    if (!f.label) continue;
    const [x, y] = projectPoint(projection, f.label);
    requests.push({ lines: f.date ? [f.name, f.date] : [f.name], kind: 'front', x, y, size: SIZES.front, bold: true, placement: 'centre' });
  }
  const markers = places.map((p) => ({ x: p.x - 5, y: p.y - 5, w: 10, h: 10 }));
  // Arrows too: a label across an arrow hides where the attack went.
  const shafts = spec.fronts.flatMap((f) => along(f.path.map((p) => projectPoint(projection, p)), 6)).map(([x, y]) => ({ x: x - 4, y: y - 4, w: 8, h: 8 }));
  const labels = layoutLabels(requests, width, height, [...markers, ...shafts]);

  // Spots a timeline can point at: places, and the label points of areas.
  const spots: MapSpot[] = [
    ...places.map((p) => ({ id: p.id, name: p.name, x: p.x, y: p.y })),
    ...offMapSpots,
    ...spec.areas.flatMap((a) => {
      if (!a.at) return [];
      const [x, y] = projectPoint(projection, a.at);
      return [{ id: a.area, name: a.name ?? file.areas[a.area]!.name, x: round(x), y: round(y) }];
    }),
  ];

  const legendRoles = Object.keys(spec.legend) as (keyof typeof spec.legend)[];
  const legend = legendRoles.map((role) => ({ role, label: spec.legend[role]! }));
  // One entry per key colour, naming the areas in it, then lines, attacks, places: what a sighted
  // learner reads off the picture, in words.
  const marks = [
    ...legend.flatMap(({ role, label }) => {
      if (role === 'battle') {
        const battles = places.filter((p) => p.kind === 'battle' && !p.hidden).map((p) => p.name);
        return battles.length ? [{ name: label, note: battles.join(', ') }] : [];
      }
      if (role === 'front') return [];
      const names = spec.areas
        .filter((a) => a.role === role && a.label)
        .map((a) => {
          const area = file.areas[a.area]!;
          return `${a.name ?? area.name}${area.approximate ? ' (boundary approximate)' : ''}`;
        });
      return names.length ? [{ name: label, note: names.join('; ') }] : [];
    }),
    ...spec.lines.map((l) => ({ name: file.lines[l.line]!.name, note: file.lines[l.line]!.describe })),
    ...spec.fronts.map((f) => ({ name: f.name, note: f.describe })),
    ...(() => {
      const towns = places.filter((p) => p.kind !== 'battle' && !p.hidden).map((p) => (p.kind === 'capital' ? `${p.name} (capital)` : p.name));
      return towns.length ? [{ name: 'Cities', note: towns.join(', ') }] : [];
    })(),
    ...offMapNotes,
  ];

  return { id: mapId, title: spec.title, width, height, land, borders, areas, lines, arrows, places, spots, labels, pointers, legend, marks, credit: CREDIT };
}

/** Points every `step` units along a polyline. */
function along(points: readonly Point[], step: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [x0, y0] = points[i]!;
    const [x1, y1] = points[i + 1]!;
    const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step));
    for (let k = 0; k <= n; k++) out.push([x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n]);
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Reports references to areas, lines and places the file does not define. */
function checkReferences(file: MapsFile, path: string, problems: Problems): void {
  for (const [id, area] of Object.entries(file.areas)) {
    area.within.forEach((c, i) => {
      if (!(c in file.countries)) problems.add(path, `areas.${id}.within[${i}]`, `"${c}" is not one of the countries listed under countries:`);
    });
  }
  for (const [id, spec] of Object.entries(file.maps)) {
    spec.areas.forEach((a, i) => {
      if (!(a.area in file.areas)) problems.add(path, `maps.${id}.areas[${i}].area`, `"${a.area}" is not an area defined under areas:`);
    });
    spec.lines.forEach((l, i) => {
      if (!(l.line in file.lines)) problems.add(path, `maps.${id}.lines[${i}].line`, `"${l.line}" is not a line defined under lines:`);
    });
    [...spec.places, ...spec.hiddenPlaces].forEach((p) => {
      if (!(p in file.places)) problems.add(path, `maps.${id}.places`, `"${p}" is not a place defined under places:`);
    });
    spec.offMap.forEach((o, i) => {
      for (const p of [o.place, o.from]) if (!(p in file.places)) problems.add(path, `maps.${id}.offMap[${i}]`, `"${p}" is not a place defined under places:`);
    });
  }
}

export function mapsFilePath(lessonId: string): string {
  return `lessons/${lessonId}/maps.yaml`;
}

/** Reads, checks and builds every map; throws a ContentError naming the file and field on any mistake. */
export function buildMaps(rootDir: string, lessonId = 'neutrality-pact'): { file: MapsFile; maps: Record<string, MapDrawing> } {
  const path = mapsFilePath(lessonId);
  const problems = new Problems();
  const parsed = parseYaml(readSource(rootDir, path), path, problems);
  const file = parsed && parseForAuthors(mapsFileSchema, parsed.data, { file: path, rootField: 'top level' }, problems);
  if (file) checkReferences(file, path, problems);
  problems.throwIfAny();
  const maps: Record<string, MapDrawing> = {};
  for (const [id, spec] of Object.entries(file!.maps)) {
    try {
      maps[id] = buildMap(file!, id, spec);
    } catch (error) {
      if (error instanceof LabelLayoutError) problems.add(path, `maps.${id}`, error.message);
      else throw error;
    }
  }
  problems.throwIfAny();
  return { file: file!, maps };
}

