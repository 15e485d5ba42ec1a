import { useId, useState } from 'react';
import { READING_HABIT_WORDS, type LookCloserVisual } from '../../content/model';
import '../buttons.css';
import { ChoiceLabel, ChoiceOption } from '../checks/ChoiceLabel';
import { Figure } from './Figure';

/**
 * A "look closer" task under a document: the learner picks a phrase or a reading, then opens a
 * historian's reading to compare, with a note on their own choice. Unscored and not saved: it is
 * practice in reading a document, so nothing reaches the score, the saved attempt or the LMS, and a
 * reopened lesson shows it fresh. Native radios sharing a name (the browser's arrow keys move between
 * them), drawn as a check's are, and a disclosure button.
 */
export function LookCloser({ visual }: { visual: LookCloserVisual }) {
  const [chosen, setChosen] = useState<number | null>(null);
  const [open, setOpen] = useState(false);
  const questionId = useId();
  const panelId = useId();
  const choice = chosen === null ? undefined : visual.options[chosen];

  return (
    <div data-task="look-closer">
      <Figure title={visual.title} kind={`Look closer: ${READING_HABIT_WORDS[visual.habit]}`}>
        <p id={questionId} className="look-closer-question">
          {visual.question}
        </p>
        <div role="radiogroup" aria-labelledby={questionId} className="look-closer-options">
          {visual.options.map((o, i) => (
            <ChoiceOption key={i} type="radio" name={questionId} checked={chosen === i} disabled={false} onChange={(on) => on && setChosen(i)}>
              <ChoiceLabel text={o.text} mark={null} />
            </ChoiceOption>
          ))}
        </div>
        <button
          type="button"
          className="lesson-button lesson-button-outlined look-closer-compare"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          Compare with a historian’s reading
        </button>
        <div id={panelId} hidden={!open} className="look-closer-panel">
          {choice ? (
            <>
              <p>
                <strong>Your choice:</strong> {choice.text}
              </p>
              <p className="look-closer-note">{choice.note}</p>
            </>
          ) : (
            <p className="look-closer-note">You have not chosen yet: pick the one you think fits best, then compare.</p>
          )}
          <p>
            <strong>A historian’s reading:</strong> {visual.historian}
          </p>
        </div>
      </Figure>
    </div>
  );
}
