/**
 * WCAG 2.1 contrast between two CSS colours, for the tests that hold the lesson's colours to 4.5:1 (text)
 * and 3:1 (icons and graphics): sRGB "#rgb", "#rrggbb" or "rgb(a)(…)", a translucent foreground laid over
 * the background first.
 */

/** sRGB "#rgb", "#rrggbb" or "rgb(a)(…)" as [r, g, b, a] (0–255, alpha 0–1). */
function parse(colour: string): [number, number, number, number] {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour);
  const hex = short ? [colour, short.slice(1).map((c) => c + c).join('')] : /^#([0-9a-f]{6})$/i.exec(colour);
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
  }
  const fn = /^rgba?\(([^)]+)\)$/.exec(colour);
  if (!fn) throw new Error(`cannot read colour ${colour}`);
  const [r, g, b, a = '1'] = fn[1]!.split(',').map((p) => p.trim());
  return [Number(r), Number(g), Number(b), Number(a)];
}

function over(fg: string, bg: string): [number, number, number] {
  const [r, g, b, a] = parse(fg);
  const [R, G, B] = parse(bg);
  return [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(fg: string, bg: string): number {
  const a = luminance(over(fg, bg));
  const b = luminance(over(bg, bg));
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
