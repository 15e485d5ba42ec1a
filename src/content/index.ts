/** The content pipeline's public surface: the loader, its error, and the Lesson model types. */
export { loadLesson } from './load.ts';
export { ContentError, formatProblem, type ContentProblem } from './errors.ts';
export type * from './model.ts';
