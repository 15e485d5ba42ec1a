// @vitest-environment node
/**
 * The maps drawn at build time: what each one marks, that its labels never collide or leave the frame,
 * that the 1945 map's "taken" layer is exactly the four regions the Soviet Union took (and not Hokkaido),
 * and that the distances a learner reads are right.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { areaContains, buildMaps, distanceKm } from '../../src/content/maps/build-maps';
import { inside, layoutLabels, LabelLayoutError, overlaps, type LabelRequest } from '../../src/content/maps/label-layout';
import type { MapDrawing } from '../../src/content/maps/map-model';
import { projectionFor } from '../../src/content/maps/geometry';
import type { MapsFile } from '../../src/content/maps/map-spec';
import { ContentError } from '../../src/content/errors';

const ROOT = join(__dirname, '../..');
let file: MapsFile;
let maps: Record<string, MapDrawing>;

beforeAll(() => {
  ({ file, maps } = buildMaps(ROOT));
});

/** The rings of the generator's compact path data ("M x y l dx dy … z"), in SVG units. */
function rings(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) => {
      const [start, steps = ''] = part.replace(/z$/, '').split('l');
      const [x0, y0] = start!.trim().split(/\s+/).map(Number);
      const nums = steps.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      const ring: [number, number][] = [[x0!, y0!]];
      for (let i = 0; i + 1 < nums.length; i += 2) {
        const [px, py] = ring[ring.length - 1]!;
        ring.push([px + nums[i]!, py + nums[i + 1]!]);
      }
      return ring;
    });
}

function pathContains(d: string, [x, y]: readonly [number, number]): boolean {
  let insideCount = 0;
  for (const ring of rings(d)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) insideCount++;
    }
  }
  return insideCount % 2 === 1;
}

/** Where a place or area's label point is drawn on a map. */
function placeOn(map: MapDrawing, id: string): [number, number] {
  const p = map.places.find((q) => q.id === id) ?? map.spots.find((q) => q.id === id);
  if (!p) throw new Error(`${id} is not on ${map.id}`);
  return [p.x, p.y];
}

// Points well inside Hokkaido, from its south-west peninsula to its north and east tips.
const HOKKAIDO: [number, number][] = [
  [141.35, 43.06],
  [142.36, 43.77],
  [140.45, 41.95],
  [144.38, 42.98],
  [142.0, 45.1],
  [144.27, 44.02],
];

describe('the maps drawn from Natural Earth', () => {
  it('builds the region, 1945, offensive and locator maps, each small enough to load with its section', () => {
    expect(Object.keys(maps).sort()).toEqual(['locator', 'offensive-1945', 'region-1939', 'taken-1945']);
    for (const map of Object.values(maps)) {
      expect(map.land.length).toBeGreaterThan(1000);
      expect(JSON.stringify(map).length).toBeLessThan(30_000);
    }
  });

  it('labels never overlap one another and every label is inside the frame', () => {
    for (const map of Object.values(maps)) {
      expect(map.labels.length).toBeGreaterThan(0);
      for (const [i, a] of map.labels.entries()) {
        expect(inside(a.box, map.width, map.height), `${map.id}: "${a.lines.join(' ')}" leaves the frame`).toBe(true);
        for (const b of map.labels.slice(i + 1)) {
          expect(overlaps(a.box, b.box), `${map.id}: "${a.lines.join(' ')}" overlaps "${b.lines.join(' ')}"`).toBe(false);
        }
      }
    }
  });

  it("a label's box holds its text at the font size (estimated on the generous side)", () => {
    for (const map of Object.values(maps)) {
      for (const l of map.labels) {
        const longest = Math.max(...l.lines.map((t) => t.length));
        expect(l.box.w).toBeGreaterThanOrEqual(longest * l.size * 0.5);
        expect(l.box.h).toBeGreaterThanOrEqual(l.lines.length * l.size);
      }
    }
  });

  it('the 1945 map marks as taken exactly Manchuria, Korea north of the 38th parallel, south Sakhalin and the Kurils', () => {
    const map = maps['taken-1945']!;
    const taken = map.areas.filter((a) => a.role === 'taken');
    expect(taken.map((a) => a.id).sort()).toEqual(['korea-north-of-38', 'kurils', 'manchukuo', 'south-sakhalin']);
    expect(map.legend.find((l) => l.role === 'taken')?.label).toMatch(/Taken by Soviet forces/);
    // Each is where it should be, in the geography and in the drawing.
    const [harbin, pyongyang, toyohara, iturup] = [[126.63, 45.75], [125.75, 39.03], [142.73, 46.96], [147.9, 45.05]] as const;
    expect(areaContains(file, 'manchukuo', harbin)).toBe(true);
    expect(areaContains(file, 'korea-north-of-38', pyongyang)).toBe(true);
    expect(areaContains(file, 'south-sakhalin', toyohara)).toBe(true);
    expect(areaContains(file, 'kurils', iturup)).toBe(true);
    // Seoul, south of the parallel, and north Sakhalin, Soviet since before 1905, are not taken.
    expect(taken.some((a) => areaContains(file, a.id, [126.98, 37.57]))).toBe(false);
    expect(taken.some((a) => areaContains(file, a.id, [142.8, 52.5]))).toBe(false);
  });

  it('the 1945 map does not colour Hokkaido as taken', () => {
    const map = maps['taken-1945']!;
    const taken = map.areas.filter((a) => a.role === 'taken');
    for (const point of HOKKAIDO) {
      for (const area of taken) expect(areaContains(file, area.id, point), `${area.id} contains ${point.join(', ')}`).toBe(false);
    }
    // And in the picture itself: every Hokkaido point lies in Japan's path and in no taken path.
    const { projection } = projectionFor(file.maps['taken-1945']!.frame);
    const japan = map.areas.find((a) => a.id === 'japan')!;
    for (const [lon, lat] of HOKKAIDO) {
      const xy = projection([lon, lat]) as [number, number];
      expect(pathContains(japan.d, xy), `Japan's path misses ${lon}, ${lat}`).toBe(true);
      for (const area of taken) expect(pathContains(area.d, xy), `${area.id} covers ${lon}, ${lat}`).toBe(false);
    }
    expect(map.areas.find((a) => a.id === 'japan')?.role).toBe('japan');
    expect(map.legend.find((l) => l.role === 'japan')?.label).toMatch(/Hokkaido/);
  });

  it('a taken area drawn on the map covers its own city and not its neighbours', () => {
    const map = maps['taken-1945']!;
    const manchuria = map.areas.find((a) => a.id === 'manchukuo')!;
    expect(pathContains(manchuria.d, placeOn(map, 'manchukuo'))).toBe(true);
    const northKorea = map.areas.find((a) => a.id === 'korea-north-of-38')!;
    expect(pathContains(northKorea.d, placeOn(map, 'korea-north-of-38'))).toBe(true);
    expect(pathContains(northKorea.d, placeOn(map, 'tokyo'))).toBe(false);
  });

  it('gives the real Moscow distances (the old map said Moscow was 6,000 km west of its edge)', () => {
    const { moscow, tokyo, vladivostok } = file.places;
    expect(distanceKm(moscow!.at, tokyo!.at)).toBe(7500);
    expect(distanceKm(moscow!.at, vladivostok!.at)).toBe(6400);
    const region = maps['region-1939']!;
    expect(region.marks).toContainEqual({ name: 'Moscow (off the map, to the west)', note: 'about 7,500 km from Tokyo in a straight line' });
    expect(region.labels.some((l) => l.lines.join(' ') === 'Moscow: 7,500 km from Tokyo')).toBe(true);
  });

  it('the offensive map shows the three fronts with their dates, and cites a source for each', () => {
    const map = maps['offensive-1945']!;
    expect(new Set(map.arrows.map((a) => a.name))).toEqual(new Set(['Transbaikal Front', '1st Far Eastern Front', '2nd Far Eastern Front']));
    const frontLabels = map.labels.filter((l) => l.kind === 'front').map((l) => l.lines.join(' '));
    expect(frontLabels).toEqual(
      expect.arrayContaining(['Transbaikal Front from 9 Aug', '1st Far Eastern Front from 9 Aug', '2nd Far Eastern Front from 9 Aug']),
    );
    for (const a of map.arrows) expect(a.source.length).toBeGreaterThan(20);
  });

  it('every historical overlay names its source, and approximate ones say so in the list under the map', () => {
    const sources = [...Object.values(file.areas), ...Object.values(file.lines), ...Object.values(file.maps).flatMap((m) => m.fronts)].map((o) => o.source);
    for (const source of sources) {
      expect(source).toMatch(/\w{3}/);
      // A YAML comment (" #") cuts a plain source short, leaving a bracket open.
      expect(source.split('(').length, source).toBe(source.split(')').length);
    }
    const region = maps['region-1939']!;
    expect(region.marks.find((m) => m.name === 'Manchukuo, a state run by Japan')?.note).toBe('Manchukuo (boundary approximate)');
  });
});

describe('label layout', () => {
  const at = (x: number, y: number, text = 'Harbin'): LabelRequest => ({ lines: [text], kind: 'place', x, y, size: 13, bold: false, placement: 'point' });

  it('moves a label to the other side of its marker when the first side is taken', () => {
    // Two towns almost on top of each other: the first takes the right, the second goes left.
    const [a, b] = layoutLabels([at(100, 100, 'Alpha'), at(100, 104, 'Beta')], 400, 200);
    expect(a!.anchor).toBe('start');
    expect(b!.anchor).toBe('end');
    expect(overlaps(a!.box, b!.box)).toBe(false);
  });

  it('keeps labels inside the frame near an edge', () => {
    const [label] = layoutLabels([at(395, 100, 'Eastern edge')], 400, 200);
    expect(label!.anchor).toBe('end');
    expect(inside(label!.box, 400, 200)).toBe(true);
  });

  it('refuses, naming the label, when there is no room at all', () => {
    const crowd = Array.from({ length: 12 }, (_, i) => at(50, 50, `Town ${i}`));
    expect(() => layoutLabels(crowd, 120, 100)).toThrow(LabelLayoutError);
    expect(() => layoutLabels(crowd, 120, 100)).toThrow(/no free place for the label "Town \d+"/);
  });
});

describe('mistakes in maps.yaml', () => {
  function withMaps(edit: (text: string) => string): string {
    const root = mkdtempSync(join(tmpdir(), 'maps-'));
    mkdirSync(join(root, 'lessons/neutrality-pact'), { recursive: true });
    writeFileSync(join(root, 'lessons/neutrality-pact/maps.yaml'), edit(readFileSync(join(ROOT, 'lessons/neutrality-pact/maps.yaml'), 'utf8')));
    return root;
  }

  it('an area a map uses but nobody defined is named with its map and field', () => {
    const root = withMaps((t) => t.replace('- { area: mongolia, role: soviet-ally, label: MONGOLIA, at: [106, 46.5] }', '- { area: mongolai, role: soviet-ally, label: MONGOLIA, at: [106, 46.5] }'));
    expect(() => buildMaps(root)).toThrow(ContentError);
    expect(() => buildMaps(root)).toThrow('lessons/neutrality-pact/maps.yaml: maps.region-1939.areas[1].area: "mongolai" is not an area defined under areas:');
  });

  it('an overlay without a source stops the build', () => {
    const root = withMaps((t) => t.replace(/ {4}source: "The line dividing the Soviet and American zones.*\n/, ''));
    expect(() => buildMaps(root)).toThrow('lines.parallel-38.source: is required');
  });
});
