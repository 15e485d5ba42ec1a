import ArrowDownwardIcon from './icons/ArrowDown';
import ArrowUpwardIcon from './icons/ArrowUp';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import { useRef, useState } from 'react';
import type { OrderingCheck } from '../../content/model';
import { rowsRight } from '../../lesson/how-much-right';
import { visuallyHidden } from '../a11y';
import type { CheckInputProps } from './input-props';
import { Mark } from './Mark';

/**
 * A row: a card-like line, kept low for phones (small gaps, smaller type on the narrowest screens), and
 * at least 44 px tall so its buttons are easy to hit.
 */
const ROW_LAYOUT = { display: 'flex', alignItems: 'center', gap: { xs: 0.5, sm: 1 }, minHeight: 44, mb: 0.5 } as const;
const ROW_CARD = { border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' } as const;
const ROW = { ...ROW_LAYOUT, ...ROW_CARD, py: 0.25, px: { xs: 0.75, sm: 1 }, fontSize: { xs: '0.9375rem', sm: 'inherit' }, lineHeight: 1.35 } as const;

/**
 * Put items in order with buttons, not dragging, so the keyboard and screen readers can do it.
 * The value is the learner's current order; a polite live region says where an item went. Rows are
 * kept low (small gaps, the two buttons side by side) so six items fit about one phone screen; once
 * the check is finished the buttons go and each row says whether it is in the right place.
 */
export function Ordering({ check, value, onChange, disabled, labelId, reveal, answered }: CheckInputProps<OrderingCheck>) {
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

  // Unanswered in a review, the rows are only the shown order: nothing of the learner's to mark.
  const marks = reveal && answered ? rowsRight(check, value) : null;
  return (
    <Box>
      {marks && (
        <Box component="p" sx={{ fontWeight: 600, m: 0, mb: 0.5 }}>
          Your answer:
        </Box>
      )}
      <Box component="ol" aria-labelledby={labelId} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {value.map((id, index) => {
          const inPlace = marks ? marks[index] === true : null;
          return (
            <Box
              component="li"
              key={id}
              sx={ROW}
            >
              <Box component="span" aria-hidden="true" sx={{ fontWeight: 700, minWidth: '1.4em' }}>
                {index + 1}.
              </Box>
              <Box component="span" sx={{ flex: 1 }}>
                {textOf(id)}
                {inPlace !== null && (
                  <Box component="span" sx={{ display: 'block' }}>
                    <Mark right={inPlace}>
                      {inPlace ? 'In the right place' : `Wrong place: belongs at ${(reveal?.indexOf(id) ?? 0) + 1}`}
                    </Mark>
                  </Box>
                )}
              </Box>
              {!disabled && (
                <>
                  <IconButton
                    aria-label={`Move up: ${textOf(id)}`}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                    ref={(el) => {
                      buttons.current.set(`${id}:up`, el);
                    }}
                    size="medium"
                  >
                    <ArrowUpwardIcon />
                  </IconButton>
                  <IconButton
                    aria-label={`Move down: ${textOf(id)}`}
                    disabled={index === value.length - 1}
                    onClick={() => move(index, index + 1)}
                    ref={(el) => {
                      buttons.current.set(`${id}:down`, el);
                    }}
                    size="medium"
                  >
                    <ArrowDownwardIcon />
                  </IconButton>
                </>
              )}
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
