import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import type { SingleChoiceCheck, TrueFalseCheck } from '../../content/model';
import { optionMark } from '../../lesson/how-much-right';
import { ChoiceLabel, ChoiceOptions, lockedChoices } from './ChoiceLabel';
import type { CheckInputProps } from './input-props';

/** One answer from a list: radio buttons, so arrow keys move between options. */
export function SingleChoice(props: CheckInputProps<SingleChoiceCheck>) {
  const { value, onChange, labelId } = props;
  return (
    <RadioGroup aria-labelledby={labelId} value={value[0] ?? ''} onChange={(_, v) => onChange([v])} sx={lockedChoices}>
      <ChoiceOptions {...props} control={() => <Radio />} radios />
    </RadioGroup>
  );
}

/** A statement judged true or false: the same radio pattern with two fixed options. */
export function TrueFalse({ check, value, onChange, disabled, labelId, reveal }: CheckInputProps<TrueFalseCheck>) {
  return (
    <RadioGroup aria-labelledby={labelId} value={value[0] ?? ''} onChange={(_, v) => onChange([v])} row sx={lockedChoices}>
      {(['true', 'false'] as const).map((v) => (
        <FormControlLabel
          key={v}
          value={v}
          disabled={disabled}
          control={<Radio />}
          label={<ChoiceLabel text={v === 'true' ? 'True' : 'False'} mark={reveal ? optionMark(check, value, v) : null} />}
        />
      ))}
    </RadioGroup>
  );
}
