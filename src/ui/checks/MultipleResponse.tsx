import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import type { MultipleResponseCheck } from '../../content/model';
import { ChoiceLabel } from './ChoiceLabel';
import type { CheckInputProps } from './input-props';

/** Every answer that applies: checkboxes. The response keeps the authored order, whatever the display order. */
export function MultipleResponse({ check, order, value, onChange, disabled, labelId, reveal }: CheckInputProps<MultipleResponseCheck>) {
  const toggle = (id: string, on: boolean) => {
    const chosen = new Set(value);
    if (on) chosen.add(id);
    else chosen.delete(id);
    onChange(check.options.filter((o) => chosen.has(o.id)).map((o) => o.id));
  };
  return (
    <FormGroup role="group" aria-labelledby={labelId}>
      {order.map((id) => {
        const option = check.options.find((o) => o.id === id);
        if (!option) return null;
        return (
          <FormControlLabel
            key={id}
            disabled={disabled}
            control={<Checkbox checked={value.includes(id)} onChange={(e) => toggle(id, e.target.checked)} />}
            label={<ChoiceLabel text={option.text} isCorrect={reveal ? reveal.includes(id) : null} />}
          />
        );
      })}
    </FormGroup>
  );
}
