/** The lesson-state layer's public face: pure functions over the lesson model and LessonState. */
export type * from './types';
export { correctResponse, isCorrect, isComplete, normalizeResponse } from './grading';
export { checkOutcome, lessonScore } from './scoring';
export { displayOrder, mulberry32, newSeed, shuffledIds } from './shuffle';
export type { ShuffleOptions } from './shuffle';
export {
  RESULTS_BOOKMARK,
  canGo,
  initialState,
  lessonReducer,
  reduce,
  stepFromBookmark,
  stepId,
} from './state';
export { decodeState, encodeState } from './saved-state';
export type { DecodedState } from './saved-state';
export { howMuchRight, optionMark, rowsRight } from './how-much-right';
export type { HowMuchRight, OptionMark } from './how-much-right';
export { displayName } from './learner-name';
export { lessonDate, lessonLocale } from './lesson-date';
export { allChecks, findCheck, progressOf, resultsStep, triesAllowed } from './lookup';
export {
  checkProgress,
  currentStep,
  isFreshAttempt,
  isReached,
  lastTry,
  onResults,
  outcomeOf,
  resumeCheck,
  shownOrder,
  timeOnTask,
  triesAt,
} from './selectors';
