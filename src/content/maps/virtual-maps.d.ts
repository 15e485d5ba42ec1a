/** The maps, drawn at build time by the lessonMaps() Vite plugin (vite-plugin.ts). */
declare module 'virtual:maps' {
  /** Each map's [width, height] in its own units: its shape, known before it loads. */
  export const mapSizes: Readonly<Record<string, readonly [number, number]>>;
  // An ambient module cannot import by a relative path; an import() type is the way to name the model.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export const mapLoaders: Readonly<Record<string, () => Promise<{ default: import('./map-model').MapDrawing }>>>;
}
