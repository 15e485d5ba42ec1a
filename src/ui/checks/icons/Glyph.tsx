/**
 * A 24-unit icon as a plain <svg>, sized and coloured by the stylesheet around it (check-card.css):
 * no runtime styles, so drawing one on an answer inserts no CSS rule. Always beside words, so hidden
 * from assistive technology.
 */
export function Glyph({ path }: { path: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={path} />
    </svg>
  );
}
