import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

/** Every visual is a figure with a visible caption, so it is announced and can be referred to. */
export function Figure({ title, kind, children }: { title: string; kind: string; children: ReactNode }) {
  const captionId = useId();
  return (
    <Box
      component="figure"
      aria-labelledby={captionId}
      sx={{ m: 0, my: 3, p: { xs: 2, sm: 3 }, border: 1, borderColor: 'divider', borderRadius: 2, bgcolor: 'background.paper', breakInside: 'avoid' }}
    >
      <Typography component="figcaption" id={captionId} sx={{ fontWeight: 700, mb: 2 }}>
        <Box component="span" sx={{ display: 'block', fontSize: '0.8rem', textTransform: 'uppercase', letterSpacing: '0.06em', color: 'text.secondary' }}>
          {kind}
        </Box>
        {title}
      </Typography>
      {children}
    </Box>
  );
}
