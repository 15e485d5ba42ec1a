/**
 * A map drawn at build time: plain JSON the map component renders without any geography code.
 * Coordinates are SVG user units in a `width` × `height` frame; path data is already projected.
 */

/** What an area, line or arrow stands for; the component picks light and dark colours for each. */
export type MapRole = 'soviet' | 'soviet-ally' | 'japan' | 'puppet' | 'taken' | 'front' | 'battle';

export interface MapArea {
  readonly id: string;
  readonly name: string;
  readonly role: MapRole;
  /** SVG path data. */
  readonly d: string;
  readonly approximate: boolean;
  readonly source: string;
}

export interface MapLine {
  readonly id: string;
  readonly name: string;
  readonly d: string;
  readonly source: string;
}

export interface MapArrow {
  readonly id: string;
  readonly name: string;
  /** The shaft, a smooth curve. */
  readonly d: string;
  /** The head, a closed triangle. */
  readonly head: string;
  readonly describe: string;
  readonly source: string;
}

export interface MapPlace {
  readonly id: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly kind: 'city' | 'capital' | 'battle';
  /** Drawn only while a timeline points at it. */
  readonly hidden: boolean;
}

/** Where a timeline event can point: a place or an area's label point. */
export interface MapSpot {
  readonly id: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export type LabelKind = 'region' | 'place' | 'front' | 'note' | 'line';

export interface MapLabel {
  /** One or more lines of text. */
  readonly lines: readonly string[];
  readonly kind: LabelKind;
  /** Baseline of the first line and text-anchor, as SVG wants them. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly size: number;
  readonly bold: boolean;
  /** The space the text takes (estimated from font size and character count), used to keep labels apart. */
  readonly box: Box;
  /** The place this label names when it is one, so a hidden place's label is hidden with it. */
  readonly place?: string;
}

export interface MapDrawing {
  readonly id: string;
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly land: string;
  /** Land borders valid in 1939–45 that follow a border of today. */
  readonly borders: string;
  /** In drawing order. */
  readonly areas: readonly MapArea[];
  readonly lines: readonly MapLine[];
  readonly arrows: readonly MapArrow[];
  readonly places: readonly MapPlace[];
  readonly spots: readonly MapSpot[];
  readonly labels: readonly MapLabel[];
  /** Arrows pointing off the map (e.g. to Moscow), with their text. */
  readonly pointers: readonly { readonly d: string; readonly head: string }[];
  readonly legend: readonly { readonly role: MapRole; readonly label: string }[];
  /** What the map marks, in words, for the list under it. */
  readonly marks: readonly { readonly name: string; readonly note: string }[];
  readonly credit: string;
}
