/** The theme's colours as CSS custom properties, written at build time by lessonThemeVariables() (vite-plugin.ts). */
declare module 'virtual:theme-variables.css';
