/**
 * The fixture factory: lessons, a check of each type, right, wrong and near-miss answers, and lesson states
 * up to the worst case. For tests and the bench only; a lint rule keeps the app from importing it.
 */
export * from './answers';
export * from './lessons';
export * from './states';
export * from './view-lesson';
