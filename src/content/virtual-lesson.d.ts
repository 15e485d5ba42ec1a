/** The lesson, read and checked at build time by the lessonContent() Vite plugin (vite-plugin.ts). */
declare module 'virtual:lesson' {
  const lesson: import('./model').Lesson;
  export default lesson;
}
