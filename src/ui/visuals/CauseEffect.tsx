import type { CauseEffectVisual } from '../../content/model';
import { Figure } from './Figure';

/** Causes and their effects as pairs; the arrow is decoration, the words "led to" carry the meaning. */
export function CauseEffect({ visual }: { visual: CauseEffectVisual }) {
  return (
    <Figure title={visual.title} kind="Cause and effect">
      <ol className="cause-effect">
        {visual.links.map((link, i) => (
          <li key={i}>
            <div className="visual-box">
              <strong>Cause: </strong>
              {link.cause}
              {link.who && <div className="cause-effect-who">{link.who}</div>}
            </div>
            <div className="cause-effect-arrow">
              <span aria-hidden="true">→ </span>led to
            </div>
            <div className="visual-box cause-effect-effect">
              <strong>Effect: </strong>
              {link.effect}
            </div>
          </li>
        ))}
      </ol>
    </Figure>
  );
}
