/**
 * The theme's colours (src/ui/theme.ts) as CSS custom properties, for the parts drawn by static
 * stylesheets rather than by MUI's runtime styles (the page, base.css; the shell, lesson-shell.css; the
 * checks, check-card.css; the buttons, buttons.css; the notices, notice.css). The theme is the one
 * source: these are written from it at build time (vite-plugin.ts), so the launch path gets the theme's
 * colours without loading MUI.
 *
 * Build time only (the Vite plugin and tests): importing this in the page would bring MUI with it.
 */
import { alpha, type Theme } from '@mui/material/styles';

/** Each custom property and the theme palette colour it is (a path in `theme.palette`). */
const FROM_PALETTE: Readonly<Record<string, string>> = {
  '--lesson-text': 'text.primary',
  '--lesson-text-secondary': 'text.secondary',
  '--lesson-divider': 'divider',
  '--lesson-paper': 'background.paper',
  '--lesson-hover': 'action.hover',
  '--lesson-selected': 'action.selected',
  '--lesson-icon': 'action.active',
  '--lesson-icon-disabled': 'action.disabled',
  '--lesson-primary': 'primary.main',
  '--lesson-primary-dark': 'primary.dark',
  '--lesson-disabled-background': 'action.disabledBackground',
  '--lesson-on-primary': 'primary.contrastText',
  '--lesson-secondary': 'secondary.main',
  '--lesson-right': 'success.main',
  '--lesson-wrong': 'error.main',
  // The page behind the papers, and the header bar (the brand blue in light mode, a dark bar in dark).
  '--lesson-background': 'background.default',
  '--lesson-header-background': 'header.background',
  '--lesson-header-text': 'header.text',
};

function paletteColour(theme: Theme, path: string): string {
  const value = path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], theme.palette);
  if (typeof value !== 'string') throw new Error(`theme.palette.${path} is not a colour`);
  return value;
}

const SEVERITIES = ['info', 'success', 'warning', 'error'] as const;

/**
 * A notice's colours per severity (notice.css), as MUI's standard Alert draws them: text darkened (light)
 * or lightened (dark) from the severity's light colour, a background lightened or darkened from it, and
 * the icon in the severity's main colour.
 */
function noticeVariables(theme: Theme): Record<string, string> {
  const dark = theme.palette.mode === 'dark';
  const text = dark ? theme.lighten : theme.darken;
  const background = dark ? theme.darken : theme.lighten;
  return Object.fromEntries(
    SEVERITIES.flatMap((severity) => {
      const { light, main } = theme.palette[severity];
      return [
        [`--lesson-notice-${severity}-text`, text(light, 0.6)],
        [`--lesson-notice-${severity}-bg`, background(light, 0.9)],
        [`--lesson-notice-${severity}-icon`, main],
      ];
    }),
  );
}

/** The custom properties for one scheme's theme. */
export function themeVariables(theme: Theme): Record<string, string> {
  const { main } = theme.palette.primary;
  return {
    ...Object.fromEntries(Object.entries(FROM_PALETTE).map(([name, path]) => [name, paletteColour(theme, path)])),
    // A primary (text or outlined) button's hover wash and outline, as MUI draws them.
    '--lesson-primary-hover': alpha(main, theme.palette.action.hoverOpacity),
    '--lesson-primary-border': alpha(main, 0.5),
    // Raised buttons at rest, hovered and pressed (the same in both schemes).
    '--lesson-shadow-2': theme.shadows[2],
    '--lesson-shadow-4': theme.shadows[4],
    '--lesson-shadow-8': theme.shadows[8],
    ...noticeVariables(theme),
  };
}

const block = (variables: Record<string, string>, indent: string): string =>
  Object.entries(variables)
    .map(([name, value]) => `${indent}${name}: ${value};`)
    .join('\n');

/**
 * The stylesheet: light on :root, dark where the system asks for it (the page follows the learner's
 * setting), only what differs. Print keeps the light palette, as base.css prints the page on white.
 */
export function themeVariablesCss(light: Theme, dark: Theme): string {
  const lightVariables = themeVariables(light);
  const darkVariables = Object.fromEntries(Object.entries(themeVariables(dark)).filter(([name, value]) => lightVariables[name] !== value));
  return `:root {\n${block(lightVariables, '  ')}\n}\n@media screen and (prefers-color-scheme: dark) {\n  :root {\n${block(darkVariables, '    ')}\n  }\n}\n`;
}
