/**
 * The frame of a real-browser test page built from the sources (maps-page/, documents-page/):
 * the lesson's theme in light or dark (?mode=dark), its page baseline (base.css), and a main column to put views in.
 */
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import Box from '@mui/material/Box';
import { ThemeProvider } from '@mui/material/styles';
import { lessonTheme } from '../../src/ui/theme';
// The lesson's page baseline (as src/main.tsx imports it): fonts, colours, focus ring, print rules.
import 'virtual:theme-variables.css';
import '../../src/ui/base.css';

export function renderTestPage(title: string, children: ReactNode): void {
  const mode = new URLSearchParams(location.search).get('mode') === 'dark' ? 'dark' : 'light';
  createRoot(document.getElementById('root')!).render(
    <ThemeProvider theme={lessonTheme(mode, false)}>
      <Box component="main" sx={{ maxWidth: 900, mx: 'auto', p: { xs: 1, sm: 3 } }}>
        <h1>{title}</h1>
        {children}
      </Box>
    </ThemeProvider>,
  );
}
