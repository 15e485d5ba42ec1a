import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import type { SingleChoiceCheck, TrueFalseCheck } from '../../content/model';
import { ChoiceLabel } from './ChoiceLabel';
import type { CheckInputProps } from './input-props';

/** One answer from a list: radio buttons, so arrow keys move between options. */
export function SingleChoice({ check, order, value, onChange, disabled, labelId, reveal }: CheckInputProps<SingleChoiceCheck>) {
  return (
    <RadioGroup aria-labelledby={labelId} value={value[0] ?? ''} onChange={(_, v) => onChange([v])}>
      {order.map((id) => {
        const option = check.options.find((o) => o.id === id);
        if (!option) return null;
        return (
          <FormControlLabel
            key={id}
            value={id}
            disabled={disabled}
            control={<Radio />}
            label={<ChoiceLabel text={option.text} isCorrect={reveal ? reveal.includes(id) : null} />}
          />
        );
      })}
    </RadioGroup>
  );
}

/** A statement judged true or false: the same radio pattern with two fixed options. */
export function TrueFalse({ value, onChange, disabled, labelId, reveal }: CheckInputProps<TrueFalseCheck>) {
  return (
    <RadioGroup aria-labelledby={labelId} value={value[0] ?? ''} onChange={(_, v) => onChange([v])} row>
      {(['true', 'false'] as const).map((v) => (
        <FormControlLabel
          key={v}
          value={v}
          disabled={disabled}
          control={<Radio />}
          label={<ChoiceLabel text={v === 'true' ? 'True' : 'False'} isCorrect={reveal ? reveal[0] === v : null} />}
        />
      ))}
    </RadioGroup>
  );
}
