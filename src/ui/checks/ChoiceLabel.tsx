import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import type { ReactElement, ReactNode } from 'react';
import type { MultipleResponseCheck, SingleChoiceCheck } from '../../content/model';
import { optionMark, type OptionMark } from '../../lesson/how-much-right';
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
 * (see lockedChoices) so a learner reads their result as easily as the question.
 */
export function ChoiceLabel({ text, mark }: { text: ReactNode; mark: OptionMark | null }) {
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', columnGap: 1.5, alignItems: 'center' }}>
      <span>{text}</span>
      {mark && <Mark right={mark.correct}>{markWords(mark)}</Mark>}
    </Box>
  );
}

/**
 * For the options' group once the check is finished: MUI greys a disabled control's label and box;
 * the learner's answer stays in full text colour, and the ticked box or chosen radio stays visible.
 */
export const lockedChoices = {
  '& .MuiFormControlLabel-label.Mui-disabled': { color: 'text.primary' },
  '& .Mui-disabled.Mui-checked': { color: 'text.primary' },
} as const;

/**
 * A choice check's options in the order this learner sees them, each a labelled control (a radio or a
 * checkbox, from `control`) with its mark once the answer is revealed. Radios carry their option's id as
 * their value (the RadioGroup reads it); checkboxes keep their own state.
 */
export function ChoiceOptions(
  props: CheckInputProps<SingleChoiceCheck | MultipleResponseCheck> & {
    /** The radio or checkbox for an option. */
    control: (id: string) => ReactElement;
    /** Radios: the option's id is the radio's value, read by the RadioGroup. */
    radios?: boolean;
  },
) {
  const { check, order, value, disabled, reveal, control, radios = false } = props;
  return order.map((id) => {
    const option = check.options.find((o) => o.id === id);
    if (!option) return null;
    return (
      <FormControlLabel
        key={id}
        {...(radios ? { value: id } : {})}
        disabled={disabled}
        control={control(id)}
        label={<ChoiceLabel text={option.text} mark={reveal ? optionMark(check, value, id) : null} />}
      />
    );
  });
}
