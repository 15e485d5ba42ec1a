/** The lesson, read and checked at build time by the lessonContent() Vite plugin (vite-plugin.ts). */
declare module 'virtual:lesson' {
  // An ambient module cannot import by a relative path; an import() type is the way to name the model.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const lesson: import('./model').Lesson;
  export default lesson;
}

/** The lesson's launch part (launch-split.ts): what the first section needs; loadRest() brings the rest. */
declare module 'virtual:lesson/launch' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const lesson: import('./model').Lesson;
  export default lesson;
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export function loadRest(): Promise<import('./launch-split').LessonRest>;
}

/** The rest of the lesson (launch-split.ts), loaded by the launch part's loadRest(). */
declare module 'virtual:lesson/rest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const rest: import('./launch-split').LessonRest;
  export default rest;
}
