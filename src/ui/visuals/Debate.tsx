import type { CSSProperties } from 'react';
import type { DebateVisual } from '../../content/model';
import { Figure } from './Figure';

/** The positions in a debate side by side: who holds each, what they argue, and the evidence. */
export function Debate({ visual }: { visual: DebateVisual }) {
  // Up to three columns on a wide screen; the stylesheet reads the count, so no style is made at runtime.
  const columns = { '--debate-columns': Math.min(visual.views.length, 3) } as CSSProperties;
  return (
    <Figure title={visual.title} kind="Historians disagree">
      <p className="debate-question">
        <strong>The question:</strong> {visual.question} There is no single agreed answer: weigh the arguments yourself.
      </p>
      <div className="debate-views" style={columns}>
        {visual.views.map((v, i) => (
          <section key={i} aria-label={v.label} className="debate-view">
            <h3>{v.label}</h3>
            <h4>Who argues this</h4>
            <ul>
              {v.who.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
            <p>{v.argument}</p>
            <h4>The evidence</h4>
            <ul>
              {v.evidence.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Figure>
  );
}
