/** The maps, drawn at build time by the lessonMaps() Vite plugin (vite-plugin.ts). */
declare module 'virtual:maps' {
  export const mapLoaders: Readonly<Record<string, () => Promise<{ default: import('./map-model').MapDrawing }>>>;
}
