/**
 * The lesson as far as the page has it. The page starts with the launch part (src/content/launch-split.ts:
 * the first section's reading, every check, the titles), so the start screen and the first section are
 * usable sooner; the rest (the later sections' reading, the documents, the glossary) is loaded once the
 * first screen is up, long before the learner can finish the first section. A step whose reading has not
 * come yet is waited for (a resumed attempt, or a very quick learner), never shown empty.
 */
import type { LessonRest } from '../content/launch-split';
import { withRest } from '../content/launch-split';
import type { Lesson } from '../content/model';

export interface LessonReading {
  /** The lesson as far as it has loaded: the launch part, then the whole lesson. */
  current(): Lesson;
  /** Whether step `step` can be shown now: the first section always; a later one, or the results (which show every check's feedback), once the rest is in. */
  ready(step: number): boolean;
  /** Whether the whole lesson is in. */
  whole(): boolean;
  /** Loads the rest (once; again after a failure), resolving with the whole lesson. */
  load(): Promise<Lesson>;
  /** Called once the whole lesson is in. */
  subscribe(listener: () => void): () => void;
}

/** `loadRest` absent: `lesson` is already whole (the tests, and any page given the whole lesson). */
export function createLessonReading(launch: Lesson, loadRest?: () => Promise<LessonRest>): LessonReading {
  let lesson = launch;
  let whole = loadRest === undefined;
  let loading: Promise<Lesson> | null = null;
  const listeners = new Set<() => void>();
  return {
    current: () => lesson,
    ready: (step) => whole || step === 0,
    whole: () => whole,
    load() {
      if (whole) return Promise.resolve(lesson);
      loading ??= (loadRest as () => Promise<LessonRest>)().then(
        (rest) => {
          lesson = withRest(launch, rest);
          whole = true;
          for (const listener of listeners) listener();
          return lesson;
        },
        (error: unknown) => {
          // A failed download (the connection dropped) is tried again the next time it is asked for.
          loading = null;
          throw error;
        },
      );
      return loading;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
