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
      {/* The title reads as a heading (the size of an h3), under its kind in the accent colour. */}
      <Typography component="figcaption" id={captionId} sx={{ fontWeight: 700, fontSize: '1.25rem', lineHeight: 1.3, mb: 2 }}>
        <Box component="span" sx={{ display: 'block', fontSize: '0.8rem', textTransform: 'uppercase', letterSpacing: '0.06em', color: 'primary.main', mb: 0.25 }}>
          {kind}
        </Box>
        {title}
      </Typography>
      {children}
    </Box>
  );
}
