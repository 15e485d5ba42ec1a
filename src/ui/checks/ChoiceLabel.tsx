import type { ReactNode } from 'react';
import type { MultipleResponseCheck, SingleChoiceCheck, TrueFalseCheck } from '../../content/model';
import { optionMark, type OptionMark } from '../../lesson/how-much-right';
import './check-card.css';
import type { CheckInputProps } from './input-props';
import { Mark } from './Mark';

/** Words for an option once the answer is shown: whether it is right, and whether it was the learner's. */
function markWords({ chosen, correct }: OptionMark): string {
  if (chosen) return correct ? 'Your answer: right' : 'Your answer: wrong';
  return correct ? 'Right answer' : 'Wrong answer';
}

/**
 * An option's text; once the check is finished, a mark saying whether it is right and whether the
 * learner chose it. The check's inputs are disabled then, but the words stay in full text colour
 * (check-card.css) so a learner reads their result as easily as the question.
 */
export function ChoiceLabel({ text, mark }: { text: ReactNode; mark: OptionMark | null }) {
  return (
    <span className="check-choice-text">
      <span>{text}</span>
      {mark && <Mark right={mark.correct}>{markWords(mark)}</Mark>}
    </span>
  );
}

/**
 * One option: a native radio or checkbox inside its label (so the label's words, mark included, are its
 * accessible name, and a click anywhere on them chooses it), drawn by check-card.css over a box that
 * shows its state. Radios of one check share a name, so the browser's own arrow keys move between them.
 */
export function ChoiceOption({
  type,
  name,
  checked,
  disabled,
  onChange,
  children,
}: {
  type: 'radio' | 'checkbox';
  /** Radios: the group's name. */
  name?: string;
  checked: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <label className={disabled ? 'check-choice check-choice-locked' : 'check-choice'}>
      <span className={`check-control check-control-${type}`}>
        <input type={type} name={name} checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
        <span className="check-box" aria-hidden="true">
          {type === 'checkbox' && (
            <svg viewBox="0 0 24 24" focusable="false">
              <path d="M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z" />
            </svg>
          )}
        </span>
      </span>
      {children}
    </label>
  );
}

/**
 * A choice check's options in the order this learner sees them (a true/false check's two, always in
 * that order), each a labelled radio or checkbox with its mark once the answer is revealed.
 */
export function ChoiceOptions({
  check,
  order,
  value,
  disabled,
  reveal,
  type,
  name,
  onToggle,
}: Pick<CheckInputProps<SingleChoiceCheck | MultipleResponseCheck | TrueFalseCheck>, 'check' | 'order' | 'value' | 'disabled' | 'reveal'> & {
  type: 'radio' | 'checkbox';
  name?: string;
  /** An option chosen (a radio) or ticked on or off (a checkbox). */
  onToggle: (id: string, on: boolean) => void;
}) {
  return order.map((id) => {
    const text = check.type === 'true-false' ? (id === 'true' ? 'True' : 'False') : check.options.find((o) => o.id === id)?.text;
    if (text === undefined) return null;
    return (
      <ChoiceOption key={id} type={type} name={name} checked={value.includes(id)} disabled={disabled} onChange={(on) => onToggle(id, on)}>
        <ChoiceLabel text={text} mark={reveal ? optionMark(check, value, id) : null} />
      </ChoiceOption>
    );
  });
}
