/**
 * The frame of a real-browser test page served by Vite from the sources (maps-page/, documents-page/):
 * the lesson's theme in light or dark (?mode=dark), its global look, and a main column to put views in.
 */
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import CssBaseline from '@mui/material/CssBaseline';
import Box from '@mui/material/Box';
import { ThemeProvider } from '@mui/material/styles';
import { lessonTheme } from '../../src/ui/theme';
import { GlobalLook } from '../../src/ui/GlobalLook';

export function renderTestPage(title: string, children: ReactNode): void {
  const mode = new URLSearchParams(location.search).get('mode') === 'dark' ? 'dark' : 'light';
  createRoot(document.getElementById('root')!).render(
    <ThemeProvider theme={lessonTheme(mode, false)}>
      <CssBaseline />
      <GlobalLook />
      <Box component="main" sx={{ maxWidth: 900, mx: 'auto', p: { xs: 1, sm: 3 } }}>
        <h1>{title}</h1>
        {children}
      </Box>
    </ThemeProvider>,
  );
}
