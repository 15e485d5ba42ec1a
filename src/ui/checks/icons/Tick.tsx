import { Glyph } from './Glyph';

/** A tick for a right answer (always beside words: never the only sign). */
export default function Tick() {
  return <Glyph path="M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z" />;
}
