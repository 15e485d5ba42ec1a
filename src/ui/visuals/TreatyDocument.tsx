import type { DocumentVisual } from '../../content/model';
import { Figure } from './Figure';

/** The treaty as a document: what each part says, beside what it means in plain words. */
export function TreatyDocument({ visual }: { visual: DocumentVisual }) {
  return (
    <Figure title={visual.title} kind="Document">
      {visual.caption && <p className="treaty-caption">{visual.caption}</p>}
      {visual.parts.map((part, i) => (
        <div key={i} className="treaty-part">
          <div className="treaty-text">
            <h3>{part.heading}</h3>
            <p>{part.text}</p>
          </div>
          <div className="treaty-note">
            <p className="treaty-note-title">In plain words</p>
            <p>{part.note}</p>
          </div>
        </div>
      ))}
    </Figure>
  );
}
