import { useId, useState } from 'react';
import { positionOn } from '../lesson/selectors';
import { POSITION_LIMIT, positionSize } from '../lesson/positions';
import { sameFields, useLessonSelect } from './LessonContext';
import './buttons.css';
import 'virtual:theme-variables.css';
import './position-box.css';

/**
 * After a debate, the learner writes where they stand, why, and one piece of evidence. A native
 * textarea with a visible label; kept in the lesson (and so saved, shown on the results page and sent
 * to the LMS by the app) when the learner leaves the box or presses Save. Native elements and static
 * CSS (position-box.css).
 */
export function PositionBox({ debateId, prompt }: { debateId: string; prompt: string }) {
  const { saved, readOnly, writePosition } = useLessonSelect(
    (view) => ({ saved: positionOn(view.state, debateId), readOnly: view.readOnly, writePosition: view.writePosition }),
    sameFields,
  );
  const [draft, setDraft] = useState(saved);
  const fieldId = useId();
  const helpId = useId();
  const statusId = useId();
  // When the kept position changes (a save, a restore), show it: adjusted during render, not in an effect.
  const [shown, setShown] = useState(saved);
  if (shown !== saved) {
    setShown(saved);
    setDraft(saved);
  }

  const used = positionSize(draft);
  const left = POSITION_LIMIT - used;
  const canSave = !readOnly && writePosition !== undefined;
  const save = () => {
    if (canSave && draft.trim() !== saved) writePosition(debateId, draft);
  };
  const status = !canSave
    ? readOnly
      ? 'This is a review: your position cannot be changed.'
      : 'Your position cannot be saved in this view.'
    : draft.trim() === '' && saved === ''
      ? 'Not written yet.'
      : draft.trim() === saved
        ? 'Saved with your lesson.'
        : 'Not saved yet: press Save or leave the box.';

  return (
    <div className="position-box" data-print="position">
      <label htmlFor={fieldId} className="position-label">
        Your position
      </label>
      <p id={helpId} className="position-help">
        {prompt} Two or three sentences are enough.
      </p>
      <textarea
        id={fieldId}
        className="position-text"
        aria-describedby={`${helpId} ${statusId}`}
        value={draft}
        rows={5}
        maxLength={POSITION_LIMIT}
        readOnly={!canSave}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
      />
      <div className="position-footer">
        <p id={statusId} role="status" className={left < 0 ? 'position-status position-over' : 'position-status'}>
          {status} {left >= 0 ? `${left} characters left.` : `${-left} characters too many: the end will be cut.`}
        </p>
        {canSave && (
          <button type="button" className="lesson-button lesson-button-outlined" onClick={save}>
            Save my position
          </button>
        )}
      </div>
    </div>
  );
}
