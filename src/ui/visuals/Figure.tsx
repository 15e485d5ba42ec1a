import { useId, type ReactNode } from 'react';
import 'virtual:theme-variables.css';
import './map-palette.css';
import './visuals.css';

/** Every visual is a figure with a visible caption, so it is announced and can be referred to. */
export function Figure({ title, kind, children }: { title: string; kind: string; children: ReactNode }) {
  const captionId = useId();
  return (
    <figure aria-labelledby={captionId} className="visual-figure">
      {/* The title reads as a heading (the size of an h3), under its kind in the accent colour. */}
      <figcaption id={captionId} className="visual-caption">
        <span className="visual-kind">{kind}</span>
        {title}
      </figcaption>
      {children}
    </figure>
  );
}
