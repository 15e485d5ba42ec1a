import { Glyph } from './Glyph';

/** The "opens a list" arrow of a select whose native face is hidden (see FullTextSelect; check-parts.css draws it). */
export default function ChevronDown() {
  return <Glyph path="M7.41 8.59 12 13.17l4.59-4.58L18 10l-6 6-6-6z" />;
}
