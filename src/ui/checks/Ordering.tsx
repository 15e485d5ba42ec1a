import ArrowDownwardIcon from './icons/ArrowDown';
import ArrowUpwardIcon from './icons/ArrowUp';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import { useRef, useState } from 'react';
import type { OrderingCheck } from '../../content/model';
import { visuallyHidden } from '../a11y';
import type { CheckInputProps } from './input-props';

/**
 * Put items in order with buttons, not dragging, so the keyboard and screen readers can do it.
 * The value is the learner's current order; a polite live region says where an item went.
 */
export function Ordering({ check, value, onChange, disabled, labelId, reveal }: CheckInputProps<OrderingCheck>) {
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const textOf = (id: string) => check.items.find((i) => i.id === id)?.text ?? id;

  const move = (from: number, to: number) => {
    if (to < 0 || to >= value.length) return;
    const next = [...value];
    const [item] = next.splice(from, 1);
    if (item === undefined) return;
    next.splice(to, 0, item);
    onChange(next);
    setAnnouncement(`${textOf(item)}: moved to position ${to + 1} of ${next.length}.`);
    // Keep focus on the item that moved, on the button that still makes sense.
    const direction = to < from ? 'up' : 'down';
    const atEdge = to === 0 || to === next.length - 1;
    const key = `${item}:${atEdge ? (direction === 'up' ? 'down' : 'up') : direction}`;
    queueMicrotask(() => buttons.current.get(key)?.focus());
  };

  return (
    <Box>
      <Box component="ol" aria-labelledby={labelId} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {value.map((id, index) => {
          const inPlace = reveal ? reveal[index] === id : null;
          return (
            <Box
              component="li"
              key={id}
              sx={{
                display: 'flex',
                alignItems: 'center',
                gap: 1,
                border: 1,
                borderColor: 'divider',
                borderRadius: 1,
                p: 1,
                mb: 1,
                bgcolor: 'background.paper',
              }}
            >
              <Box component="span" aria-hidden="true" sx={{ fontWeight: 700, minWidth: '1.5em' }}>
                {index + 1}.
              </Box>
              <Box component="span" sx={{ flex: 1 }}>
                {textOf(id)}
                {inPlace === false && (
                  <Box component="span" sx={{ display: 'block', fontSize: '0.9em', color: 'text.secondary' }}>
                    (belongs at position {(reveal?.indexOf(id) ?? 0) + 1})
                  </Box>
                )}
              </Box>
              <IconButton
                aria-label={`Move up: ${textOf(id)}`}
                disabled={disabled || index === 0}
                onClick={() => move(index, index - 1)}
                ref={(el) => {
                  buttons.current.set(`${id}:up`, el);
                }}
                size="large"
              >
                <ArrowUpwardIcon />
              </IconButton>
              <IconButton
                aria-label={`Move down: ${textOf(id)}`}
                disabled={disabled || index === value.length - 1}
                onClick={() => move(index, index + 1)}
                ref={(el) => {
                  buttons.current.set(`${id}:down`, el);
                }}
                size="large"
              >
                <ArrowDownwardIcon />
              </IconButton>
            </Box>
          );
        })}
      </Box>
      <Box aria-live="polite" sx={visuallyHidden}>
        {announcement}
      </Box>
    </Box>
  );
}
