import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import Cross from './icons/Cross';
import Tick from './icons/Tick';

/**
 * Right or wrong, once a check is finished: an icon and words, in full text colour (never the grey
 * of a disabled control, never colour alone). The icon's colour only repeats what the words say.
 */
export function Mark({ right, children }: { right: boolean; children: ReactNode }) {
  return (
    <Box
      component="span"
      data-mark={right ? 'right' : 'wrong'}
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, fontWeight: 600, color: 'text.primary', fontSize: '0.95em' }}
    >
      {right ? (
        <Tick fontSize="small" sx={{ color: 'success.main' }} />
      ) : (
        <Cross fontSize="small" sx={{ color: 'error.main' }} />
      )}
      <span>{children}</span>
    </Box>
  );
}
