import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
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
      <Box
        sx={{
          position: 'relative',
          border: 1,
          borderColor: 'text.secondary',
          borderRadius: 1,
          bgcolor: 'background.paper',
          color: chosen ? 'text.primary' : 'text.secondary',
          py: 1,
          pl: 1.5,
          pr: 5,
          minHeight: 44,
          overflowWrap: 'anywhere',
          '&:focus-within': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 2 },
        }}
      >
        <Box component="span" aria-hidden="true" data-shown-value="">
          {chosen ? chosen.text : placeholder}
        </Box>
        {!disabled && (
          <ChevronDown sx={{ position: 'absolute', right: 8, top: '50%', transform: 'translateY(-50%)', color: 'text.primary' }} />
        )}
        <Box
          component="select"
          id={id}
          value={value}
          disabled={disabled}
          onChange={(e: React.ChangeEvent<HTMLSelectElement>) => onChange(e.target.value)}
          sx={{
            position: 'absolute',
            inset: 0,
            width: '100%',
            height: '100%',
            opacity: 0,
            m: 0,
            // 16 px keeps iOS from zooming the page when the select gets focus.
            fontSize: 16,
            cursor: disabled ? 'default' : 'pointer',
          }}
        >
          <option value="">{placeholder}</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.text}
            </option>
          ))}
        </Box>
      </Box>
      {children}
    </>
  );
}
