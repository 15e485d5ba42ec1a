/**
 * Vite plugin: `import 'virtual:theme-variables.css'` gives the theme's colours as CSS custom properties
 * (theme-variables.ts), written from src/ui/theme.ts when the lesson is built. This file runs in Node
 * (vite.config.ts): MUI is used here to read the theme and never reaches the page's launch path.
 */
import type { Plugin } from 'vite';
import { lessonTheme } from '../theme.ts';
import { themeVariablesCss } from './theme-variables.ts';

const MODULE_ID = 'virtual:theme-variables.css';
// Ends in .css, so Vite's CSS pipeline takes it as it takes a stylesheet file (bundled, no inline style).
const RESOLVED_ID = `\0${MODULE_ID}`;

export function lessonThemeVariables(): Plugin {
  return {
    name: 'lesson-theme-variables',
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // Reduced motion does not touch colours: either theme gives the same palette.
      return themeVariablesCss(lessonTheme('light', false), lessonTheme('dark', false));
    },
  };
}
