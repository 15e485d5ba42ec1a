import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

/** An option's text, with a word (not only a colour) saying it was the right one once revealed. */
export function ChoiceLabel({ text, isCorrect }: { text: ReactNode; isCorrect: boolean | null }) {
  return (
    <Box component="span">
      {text}
      {isCorrect && (
        <Box component="span" sx={{ fontWeight: 700, color: 'success.main' }}>
          {' '}(correct answer)
        </Box>
      )}
    </Box>
  );
}
