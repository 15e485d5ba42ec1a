import Box from '@mui/material/Box';
import { useId } from 'react';
import type { MatchingCheck } from '../../content/model';
import type { CheckInputProps } from './input-props';

/**
 * Each left item gets a native select of the right-hand items: no dragging, works with every
 * keyboard and screen reader, and at 320 px wide.
 */
export function Matching({ check, order, value, onChange, disabled, labelId, reveal }: CheckInputProps<MatchingCheck>) {
  const baseId = useId();
  const rights = [...check.pairs.map((p) => p.right), ...check.distractors];
  const set = (index: number, rightId: string) => {
    const next = check.pairs.map((_, i) => value[i] ?? '');
    next[index] = rightId;
    onChange(next);
  };
  return (
    <Box role="group" aria-labelledby={labelId}>
      {check.pairs.map((pair, index) => {
        const selectId = `${baseId}-${index}`;
        const right = reveal ? rights.find((r) => r.id === reveal[index]) : undefined;
        return (
          <Box key={pair.left.id} sx={{ mb: 2 }}>
            <Box component="label" htmlFor={selectId} sx={{ display: 'block', fontWeight: 600, mb: 0.5 }}>
              {pair.left.text}
            </Box>
            <Box
              component="select"
              id={selectId}
              value={value[index] ?? ''}
              disabled={disabled}
              onChange={(e: React.ChangeEvent<HTMLSelectElement>) => set(index, e.target.value)}
              sx={{
                width: '100%',
                maxWidth: '100%',
                font: 'inherit',
                p: 1,
                borderRadius: 1,
                border: 1,
                borderColor: 'text.secondary',
                bgcolor: 'background.paper',
                color: 'text.primary',
              }}
            >
              <option value="">Choose a match…</option>
              {order.map((id) => {
                const item = rights.find((r) => r.id === id);
                return item ? (
                  <option key={id} value={id}>
                    {item.text}
                  </option>
                ) : null;
              })}
            </Box>
            {right && value[index] !== right.id && (
              <Box sx={{ mt: 0.5, color: 'text.secondary' }}>Correct match: {right.text}</Box>
            )}
          </Box>
        );
      })}
    </Box>
  );
}
