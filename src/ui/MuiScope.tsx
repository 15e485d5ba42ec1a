// The system's ThemeProvider, which @mui/material's own hands a theme without CSS variables to (the
// lesson's, from createTheme): the same provider, without the CSS-variables provider and its color-scheme
// script.
import { ThemeProvider } from '@mui/system';
import { useMemo, type ReactNode } from 'react';
import { lessonTheme } from './theme';
import { useMediaQuery } from './use-media-query';

/**
 * The lesson's MUI theme, light or dark as the system asks and without motion where none is wanted,
 * around a part drawn with MUI components. Only parts loaded after the first screen use MUI (the results,
 * the side panels, the "Start again" dialog), each inside its own scope: the launch path draws native
 * elements with static stylesheets (the theme's CSS variables, base.css), and downloads neither MUI nor its styling engine.
 */
export function MuiScope({ children }: { children: ReactNode }) {
  const dark = useMediaQuery('(prefers-color-scheme: dark)');
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const theme = useMemo(() => lessonTheme(dark ? 'dark' : 'light', reducedMotion), [dark, reducedMotion]);
  return <ThemeProvider theme={theme}>{children}</ThemeProvider>;
}
