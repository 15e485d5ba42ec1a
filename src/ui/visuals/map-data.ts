/**
 * Rough outlines of Northeast Asia, 1939–1945, in longitude/latitude, for the lesson's schematic map.
 * Simplified on purpose (a few dozen points each): it shows where things are, not exact borders.
 */
export type LonLat = readonly [number, number];

export const MAP_BOUNDS = { west: 90, east: 158, north: 62, south: 28 } as const;

/** Everything east of the mainland coast; drawn over the land, under the islands and Korea. */
export const SEA: readonly LonLat[] = [
  [158, 62], [158, 28], [121, 28], [121.8, 31], [120.5, 34], [119.2, 35], [120.7, 36.8], [122.5, 37.4],
  [119, 37.2], [117.8, 38.5], [118, 39.2], [121, 40.8], [122, 40.5], [121.2, 39], [124.3, 39.9],
  [130.6, 42.4], [132, 43.2], [135.5, 43.9], [138.5, 47], [140.4, 48.5], [140.5, 51.5], [141.4, 52.5],
  [141, 53.5], [137.5, 54], [135.2, 54.7], [137, 56], [140.5, 58.3], [143, 59.3], [148, 59.3], [152, 59],
  [155, 59.5], [156.5, 57.5], [155.8, 55], [156.7, 51], [158, 51],
];

export interface Region {
  readonly id: string;
  readonly name: string;
  readonly outline: readonly LonLat[];
  /** Where its label goes. */
  readonly label: LonLat;
}

export const REGIONS: readonly Region[] = [
  {
    id: 'mongolia',
    name: 'Mongolia',
    label: [100, 46.8],
    outline: [[88, 49], [92, 50.5], [98, 52], [106, 50.3], [114, 50.3], [116, 49.8], [117.5, 49.5], [116, 47.8], [119.9, 46.7], [116, 44.9], [111, 43.6], [105, 41.6], [97, 42.7], [91, 45]],
  },
  {
    id: 'manchukuo',
    name: 'Manchukuo',
    label: [125.5, 50],
    outline: [[117.5, 49.5], [120, 53.3], [122.5, 53.4], [126, 52.8], [127.5, 49.8], [130.5, 48.7], [135, 48.4], [133, 45], [131, 42.9], [130.6, 42.4], [129, 42], [126, 41], [124.3, 40], [121, 39.5], [119, 40], [117.5, 40.7], [116, 42.5], [116, 44.9], [119.9, 46.7], [116, 47.8]],
  },
  {
    id: 'korea',
    name: 'Korea',
    label: [127.6, 36.6],
    outline: [[124.3, 40], [126, 41], [129, 42], [130.6, 42.4], [129.5, 41], [129.4, 36], [128.9, 35], [126.5, 34.3], [126.1, 35.2], [126.6, 37.5], [124.6, 38], [125, 39.6]],
  },
  {
    id: 'sakhalin',
    name: 'Sakhalin',
    label: [146.5, 52],
    outline: [[141.9, 54.2], [143.3, 52.5], [142.9, 50], [144.3, 49], [143.5, 48.3], [142.5, 46.2], [141.9, 46.6], [142.1, 49], [141.7, 51.5]],
  },
  {
    id: 'hokkaido',
    name: 'Hokkaido',
    label: [147.6, 42],
    outline: [[140, 41.5], [141.2, 41.8], [141.7, 42.6], [143.3, 42], [145.5, 43.3], [144.3, 44], [141.9, 45.4], [141.6, 44.3], [140.1, 43.2], [139.9, 42.4]],
  },
  {
    id: 'japan',
    name: 'Japan',
    label: [136.5, 36.5],
    outline: [[141, 41.3], [141.9, 39], [141, 38], [140.9, 36.9], [140.8, 35.5], [139.8, 34.9], [138.8, 34.6], [137, 34.6], [135.2, 33.6], [132, 34], [130.9, 34.3], [131.5, 34.7], [132.8, 35.5], [135.8, 35.6], [136.8, 37.3], [138.5, 37.6], [139.9, 39.7], [140, 40.7]],
  },
  {
    id: 'kyushu',
    name: '',
    label: [130.5, 32.5],
    outline: [[129.8, 33.3], [130.9, 33.9], [131.9, 33.3], [131.2, 31.4], [130.2, 31.3], [129.7, 32.7]],
  },
];

/** The Kuril Islands: a chain of small islands, drawn as dots. */
export const KURILS: readonly LonLat[] = [
  [145.8, 43.6], [146.8, 44.2], [147.9, 45.0], [149.2, 45.8], [150.5, 46.5], [151.8, 47.3], [152.9, 48.0],
  [153.9, 48.8], [154.8, 49.6], [155.6, 50.3], [156.3, 50.7],
];

export interface Place {
  readonly id: string;
  readonly name: string;
  readonly at: LonLat;
  /** What the learner is told about it in the list under the map. */
  readonly note: string;
  /** Which side of the marker the name goes, so neighbouring names do not collide. */
  readonly side?: 'left' | 'right' | 'below';
}

export const PLACES: readonly Place[] = [
  { id: 'khalkhin-gol', name: 'Khalkhin Gol', at: [118.5, 47.7], note: 'the river on the Mongolia–Manchukuo border where the 1939 battles were fought', side: 'left' },
  { id: 'lake-khasan', name: 'Lake Khasan', at: [130.6, 42.4], note: 'where the Soviet, Manchukuo and Korean borders met; fighting in 1938', side: 'below' },
  { id: 'vladivostok', name: 'Vladivostok', at: [131.9, 43.1], note: 'the Soviet Union’s main Pacific port' },
  { id: 'harbin', name: 'Harbin', at: [126.6, 45.8], note: 'a large city in Manchukuo' },
  { id: 'beijing', name: 'Beijing', at: [116.4, 39.9], note: 'a Chinese city under Japanese occupation from 1937' },
  { id: 'tokyo', name: 'Tokyo', at: [139.7, 35.7], note: 'the capital of Japan' },
];

/** Region ids that can be highlighted, with what the list under the map says about them. */
export const REGION_NOTES: Readonly<Record<string, string>> = {
  mongolia: 'the Mongolian People’s Republic, a state backed by the Soviet Union',
  manchukuo: 'the puppet state Japan set up in Manchuria in 1932; the region is part of Northeast China today',
  korea: 'ruled by Japan until 1945, then divided at the 38th parallel',
  sakhalin: 'an island split at the 50th parallel: the south was Japanese from 1905 to 1945',
  kurils: 'the island chain between Hokkaido and Kamchatka, taken by the Soviet Union in 1945',
  hokkaido: 'Japan’s northern main island',
  moscow: 'the Soviet capital, where the pact was signed, about 6,000 km west of this map',
};
