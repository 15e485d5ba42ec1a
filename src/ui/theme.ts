/**
 * The lesson's look: MUI's theme in light or dark, following the learner's system setting,
 * with the system font stack (no web fonts are downloaded) and no motion when it is not wanted.
 */
import { createTheme, type Theme } from '@mui/material/styles';

declare module '@mui/material/styles' {
  interface Palette {
    /** The lesson's header bar: the brand blue in light mode, a dark bar in dark mode (not the pale primary). */
    header: { background: string; text: string };
  }
  interface PaletteOptions {
    header?: { background: string; text: string };
  }
}

const systemFonts = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Noto Sans"',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(',');

export function lessonTheme(mode: 'light' | 'dark', reducedMotion: boolean): Theme {
  return createTheme({
    palette:
      mode === 'light'
        ? {
            mode,
            primary: { main: '#1a4f8b' },
            secondary: { main: '#7a3b00' },
            background: { default: '#f7f7f4' },
            header: { background: '#1a4f8b', text: '#ffffff' },
          }
        : {
            mode,
            primary: { main: '#9cc7ff' },
            secondary: { main: '#ffc48a' },
            background: { default: '#121417', paper: '#1b1e22' },
            // Darker than the page's paper, lighter than its background: a bar, not a glare (text 13:1).
            header: { background: '#1d2a3a', text: '#eef3f9' },
          },
    typography: {
      fontFamily: systemFonts,
      h1: { fontSize: '2rem', fontWeight: 700, lineHeight: 1.2 },
      h2: { fontSize: '1.5rem', fontWeight: 700, lineHeight: 1.25 },
      h3: { fontSize: '1.2rem', fontWeight: 700, lineHeight: 1.3 },
      body1: { fontSize: '1.0625rem', lineHeight: 1.6 },
      // Sentence case, as written: MUI's capitals are harder to read and shout.
      button: { textTransform: 'none', fontWeight: 600 },
    },
    shape: { borderRadius: 8 },
    transitions: reducedMotion ? { create: () => 'none' } : {},
    components: {
      // MUI removes the outline from every button and relies on a ripple to show focus; the ripple is
      // motion, and it is faint. A solid ring on keyboard focus works for everyone (WCAG 2.4.7). The
      // ripple a press makes is kept where motion is welcome.
      MuiButtonBase: {
        defaultProps: { disableTouchRipple: reducedMotion },
        styleOverrides: {
          root: ({ theme }) => ({
            '&.Mui-focusVisible': { outline: `3px solid ${theme.palette.primary.main}`, outlineOffset: 2 },
          }),
        },
      },
      // A button in its surroundings' colour (the header's) rings focus in that colour, on any header.
      MuiButton: {
        // No pulsing ripple while a button has the keyboard's focus: the ring shows it, and MUI's pulse
        // never stops (an endless animation, drawn again in every frame, for as long as the focus stays).
        defaultProps: { disableFocusRipple: true },
        styleOverrides: {
          root: { variants: [{ props: { color: 'inherit' }, style: { '&.Mui-focusVisible': { outlineColor: 'currentColor' } } }] },
        },
      },
    },
  });
}
