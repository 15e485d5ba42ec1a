import type { ReactNode } from 'react';
import 'virtual:theme-variables.css';
import './check-parts.css';
import ChevronDown from './icons/ChevronDown';

export interface SelectChoice {
  readonly id: string;
  readonly text: string;
}

/**
 * A native select that shows the whole chosen text, wrapped over as many lines as it needs: a closed
 * native select cuts long text to one line, which on a phone leaves "Soviet foreign min…". The select
 * itself stays the control (keyboard, screen readers and the phone's own picker all work as usual);
 * it is laid transparent over a box that shows its value in full, which assistive technology skips.
 * Native elements and static CSS (check-parts.css).
 */
export function FullTextSelect({
  id,
  value,
  choices,
  placeholder,
  disabled,
  onChange,
  children,
}: {
  id: string;
  value: string;
  choices: readonly SelectChoice[];
  placeholder: string;
  disabled: boolean;
  onChange: (id: string) => void;
  /** Shown under the box (e.g. a mark once the check is finished). */
  children?: ReactNode;
}) {
  const chosen = choices.find((c) => c.id === value);
  return (
    <>
      <div className={chosen ? 'full-select' : 'full-select full-select-empty'}>
        <span aria-hidden="true" data-shown-value="">
          {chosen ? chosen.text : placeholder}
        </span>
        {!disabled && <ChevronDown />}
        <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
          <option value="">{placeholder}</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.text}
            </option>
          ))}
        </select>
      </div>
      {children}
    </>
  );
}
