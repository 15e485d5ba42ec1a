/**
 * Places map labels so that no two overlap and every one stays inside the frame.
 *
 * Text is not measured (there is no browser at build time): a label's box is estimated from its font
 * size and character count, on the generous side, so the real text fits inside it. Each label tries its
 * candidate positions in order and takes the first free one; labels listed first win. A label with no
 * free position is an error naming it, so an author learns at build time, not from a cluttered map.
 */
import type { Box, LabelKind, MapLabel } from './map-model.ts';

/** Average advance of a character as a share of the font size (system sans-serif, with margin). */
const CHAR_WIDTH = { normal: 0.56, bold: 0.62 } as const;
const LINE_HEIGHT = 1.2;
/** Room kept clear around each label, in SVG units. */
const PAD = 2;

export interface LabelRequest {
  readonly lines: readonly string[];
  readonly kind: LabelKind;
  /** The point the label names: a place's marker, or the spot a region's name is centred on. */
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly bold: boolean;
  /** 'point': beside a marker (right, left, above, below…); 'centre': on the point, nudged if taken. */
  readonly placement: 'point' | 'centre';
  readonly place?: string;
}

export function textWidth(line: string, size: number, bold: boolean): number {
  // Capitals are wider than the average character.
  const caps = [...line].filter((c) => c >= 'A' && c <= 'Z').length;
  const per = bold ? CHAR_WIDTH.bold : CHAR_WIDTH.normal;
  return (line.length * per + caps * 0.12) * size;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

export function inside(a: Box, width: number, height: number): boolean {
  return a.x >= 0 && a.y >= 0 && a.x + a.w <= width && a.y + a.h <= height;
}

type Anchor = MapLabel['anchor'];

/** Candidate offsets from the point: [dx, dy of the box's reference, text-anchor]. */
function candidates(req: LabelRequest): { dx: number; dy: number; anchor: Anchor }[] {
  const gap = 6;
  if (req.placement === 'centre') {
    const s = req.size;
    return [
      [0, 0], [0, -s], [0, s], [s * 2, 0], [-s * 2, 0], [0, -2 * s], [0, 2 * s], [s * 3, s], [-s * 3, -s],
    ].map(([dx, dy]) => ({ dx: dx!, dy: dy!, anchor: 'middle' as const }));
  }
  return [
    { dx: gap, dy: 0, anchor: 'start' },
    { dx: -gap, dy: 0, anchor: 'end' },
    { dx: 0, dy: -(gap + 2), anchor: 'middle' },
    { dx: 0, dy: gap + 2, anchor: 'middle' },
    { dx: gap, dy: -(gap + 2), anchor: 'start' },
    { dx: -gap, dy: -(gap + 2), anchor: 'end' },
    { dx: gap, dy: gap + 2, anchor: 'start' },
    { dx: -gap, dy: gap + 2, anchor: 'end' },
  ];
}

/** The label at one candidate position: its box and the baseline SVG needs. */
function at(req: LabelRequest, c: { dx: number; dy: number; anchor: Anchor }): MapLabel {
  const lineHeight = req.size * LINE_HEIGHT;
  const w = Math.max(...req.lines.map((l) => textWidth(l, req.size, req.bold)));
  const h = lineHeight * req.lines.length;
  const left = c.anchor === 'start' ? req.x + c.dx : c.anchor === 'end' ? req.x + c.dx - w : req.x + c.dx - w / 2;
  // Vertically: beside a point the text is centred on it; above/below it sits clear of it.
  const top = c.dy < 0 && req.placement === 'point' ? req.y + c.dy - h : c.dy > 0 && req.placement === 'point' ? req.y + c.dy : req.y + c.dy - h / 2;
  const box = { x: left - PAD, y: top - PAD, w: w + 2 * PAD, h: h + 2 * PAD };
  // SVG places text by its baseline: about 0.8 of the line box down for a sans-serif face.
  const baseline = top + (lineHeight - req.size) / 2 + req.size * 0.8;
  const x = c.anchor === 'start' ? left : c.anchor === 'end' ? left + w : left + w / 2;
  return {
    lines: req.lines,
    kind: req.kind,
    x: round(x),
    y: round(baseline),
    anchor: c.anchor,
    size: req.size,
    bold: req.bold,
    box: { x: round(box.x), y: round(box.y), w: round(box.w), h: round(box.h) },
    ...(req.place ? { place: req.place } : {}),
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

export class LabelLayoutError extends Error {}

/**
 * @param obstacles boxes labels must not cover (place markers), besides each other
 * @returns the labels in request order, each at its first free position
 */
export function layoutLabels(
  requests: readonly LabelRequest[],
  width: number,
  height: number,
  obstacles: readonly Box[] = [],
): MapLabel[] {
  const taken: Box[] = [...obstacles];
  return requests.map((req) => {
    for (const c of candidates(req)) {
      const label = at(req, c);
      if (inside(label.box, width, height) && !taken.some((b) => overlaps(b, label.box))) {
        taken.push(label.box);
        return label;
      }
    }
    throw new LabelLayoutError(`no free place for the label "${req.lines.join(' ')}": move it (at:) or drop a neighbour`);
  });
}
