/** The lesson, read and checked at build time by the lessonContent() Vite plugin (vite-plugin.ts). */
declare module 'virtual:lesson' {
  // An ambient module cannot import by a relative path; an import() type is the way to name the model.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const lesson: import('./model').Lesson;
  export default lesson;
}
