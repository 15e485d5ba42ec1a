import { useId } from 'react';
import type { SingleChoiceCheck, TrueFalseCheck } from '../../content/model';
import { ChoiceOptions } from './ChoiceLabel';
import type { CheckInputProps } from './input-props';

const TRUE_FALSE = ['true', 'false'] as const;

/** One answer from a list: native radio buttons sharing a name, so arrow keys move between options. */
export function SingleChoice(props: CheckInputProps<SingleChoiceCheck>) {
  const name = useId();
  return (
    <div role="radiogroup" aria-labelledby={props.labelId} className="check-choices">
      <ChoiceOptions {...props} type="radio" name={name} onToggle={(id) => props.onChange([id])} />
    </div>
  );
}

/** A statement judged true or false: the same radio pattern with two fixed options, side by side. */
export function TrueFalse(props: CheckInputProps<TrueFalseCheck>) {
  const name = useId();
  return (
    <div role="radiogroup" aria-labelledby={props.labelId} className="check-choices check-choices-row">
      <ChoiceOptions {...props} order={TRUE_FALSE} type="radio" name={name} onToggle={(id) => props.onChange([id])} />
    </div>
  );
}
