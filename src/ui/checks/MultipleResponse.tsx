import Checkbox from '@mui/material/Checkbox';
import FormGroup from '@mui/material/FormGroup';
import type { MultipleResponseCheck } from '../../content/model';
import { ChoiceOptions, lockedChoices } from './ChoiceLabel';
import type { CheckInputProps } from './input-props';

/** Every answer that applies: checkboxes. The response keeps the authored order, whatever the display order. */
export function MultipleResponse(props: CheckInputProps<MultipleResponseCheck>) {
  const { check, value, onChange, labelId } = props;
  const toggle = (id: string, on: boolean) => {
    const chosen = new Set(value);
    if (on) chosen.add(id);
    else chosen.delete(id);
    onChange(check.options.filter((o) => chosen.has(o.id)).map((o) => o.id));
  };
  return (
    <FormGroup role="group" aria-labelledby={labelId} sx={lockedChoices}>
      <ChoiceOptions {...props} control={(id) => <Checkbox checked={value.includes(id)} onChange={(e) => toggle(id, e.target.checked)} />} />
    </FormGroup>
  );
}
