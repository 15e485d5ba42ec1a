import type { MultipleResponseCheck } from '../../content/model';
import { ChoiceOptions } from './ChoiceLabel';
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
    <div role="group" aria-labelledby={labelId} className="check-choices">
      <ChoiceOptions {...props} type="checkbox" onToggle={toggle} />
    </div>
  );
}
