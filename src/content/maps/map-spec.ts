/**
 * The shape of lessons/<id>/maps.yaml: overlays with their sources, places, and the maps built from them.
 * Node-only (build time). Cross-references (an area a map uses exists, ...) are checked in build-maps.ts.
 */
import * as z from 'zod';

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const key = z.string().regex(/^[a-z0-9-]+$/, 'use lower case letters, digits and dashes');
const text = () => z.string().trim().min(1);

export const ROLES = ['soviet', 'soviet-ally', 'japan', 'puppet', 'taken', 'front', 'battle'] as const;
const role = z.enum(ROLES);

const area = z.strictObject({
  name: text(),
  within: z.array(key).min(1),
  cut: z.array(lonLat).min(3).optional(),
  approximate: z.boolean().default(false),
  source: text(),
});

const line = z.strictObject({
  name: text(),
  /** What the line is, for the list under the map. */
  describe: text(),
  latitude: z.number().min(-90).max(90),
  within: key,
  source: text(),
});

const place = z.strictObject({
  name: text(),
  at: lonLat,
  kind: z.enum(['city', 'capital', 'battle']).default('city'),
});

const frame = z
  .strictObject({ west: z.number(), east: z.number(), south: z.number(), north: z.number() })
  .refine((f) => f.west < f.east && f.south < f.north, 'west must be less than east and south less than north');

const mapSpec = z.strictObject({
  title: text(),
  frame,
  // `name` renames the area on this map (Manchukuo is "Manchuria" once Japan has lost it).
  areas: z.array(z.strictObject({ area: key, role, name: text().optional(), label: text().optional(), at: lonLat.optional() })).min(1),
  lines: z.array(z.strictObject({ line: key, label: text(), at: lonLat })).default([]),
  texts: z.array(z.strictObject({ text: text(), at: lonLat })).default([]),
  borders: z.boolean().default(false),
  /** Natural Earth's scale: 50m for the lesson's maps, 110m for a map shown small. */
  resolution: z.enum(['50m', '110m']).default('50m'),
  /** Labels larger than usual, for a map shown small (the locator in each section's lead). */
  labelScale: z.number().min(0.5).max(3).default(1),
  places: z.array(key).default([]),
  hiddenPlaces: z.array(key).default([]),
  offMap: z.array(z.strictObject({ place: key, from: key, side: z.enum(['west', 'north']) })).default([]),
  fronts: z
    .array(
      z.strictObject({
        id: key,
        name: text(),
        describe: text(),
        date: text().optional(),
        path: z.array(lonLat).min(2),
        label: lonLat.optional(),
        source: text(),
      }),
    )
    .default([]),
  legend: z.partialRecord(role, text()),
});

export const mapsFileSchema = z.strictObject({
  countries: z.record(key, z.number().int()),
  borders: z.array(z.tuple([key, key])).default([]),
  areas: z.record(key, area),
  lines: z.record(key, line).default({}),
  places: z.record(key, place),
  maps: z.record(key, mapSpec),
});

export type MapsFile = z.output<typeof mapsFileSchema>;
export type MapSpec = MapsFile['maps'][string];
export type LonLat = readonly [number, number];
