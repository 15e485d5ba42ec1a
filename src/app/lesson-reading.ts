/**
 * The lesson as far as the page has it. The page starts with the launch part (src/content/launch-split.ts:
 * the first section's reading, every check, the titles), so the start screen and the first section are
 * usable sooner; the rest (the later sections' reading, the documents, the glossary) is loaded once the
 * first screen is up, long before the learner can finish the first section. A step whose reading has not
 * come yet is waited for (a resumed attempt, or a very quick learner), never shown empty.
 *
 * A download that fails (the connection dropped, the LMS was slow to serve the file) is tried again by
 * itself, twice, a little later each time. If those fail too, the reading says so (`failed`), the page
 * tells the learner, and the next request (their "Try again") starts over. Browsers fetch a module again
 * after a failed dynamic import, so trying again in the page works without reloading it, which an LMS's
 * session would not survive.
 */
import type { LessonRest } from '../content/launch-split';
import { withRest } from '../content/launch-split';
import type { Lesson } from '../content/model';

/** Waits between the tries of one request: the second try after 1 s, the third 3 s after that. */
export const REST_RETRY_DELAYS_MS: readonly number[] = [1000, 3000];

export interface LessonReading {
  /** The lesson as far as it has loaded: the launch part, then the whole lesson. */
  current(): Lesson;
  /** Whether step `step` can be shown now: the first section always; a later one, or the results (which show every check's feedback), once the rest is in. */
  ready(step: number): boolean;
  /** Whether the whole lesson is in. */
  whole(): boolean;
  /** Whether the last request for the rest failed, every try of it; cleared when it is asked for again. */
  failed(): boolean;
  /** Loads the rest (once; after a failed request, again), resolving with the whole lesson. */
  load(): Promise<Lesson>;
  /** Called once the whole lesson is in, and when a request fails or is made again after a failure. */
  subscribe(listener: () => void): () => void;
}

export interface ReadingOptions {
  /** The pause before a try again (tests pass their own). */
  readonly wait?: (ms: number) => Promise<void>;
  readonly retryDelaysMs?: readonly number[];
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** `loadRest` absent: `launch` is already whole (the tests, and any page given the whole lesson). */
export function createLessonReading(launch: Lesson, loadRest?: () => Promise<LessonRest>, options: ReadingOptions = {}): LessonReading {
  const wait = options.wait ?? pause;
  const delays = options.retryDelaysMs ?? REST_RETRY_DELAYS_MS;
  let lesson = launch;
  let whole = loadRest === undefined;
  let failed = false;
  let loading: Promise<Lesson> | null = null;
  const listeners = new Set<() => void>();
  const tell = (): void => {
    for (const listener of listeners) listener();
  };

  async function fetchRest(fetch: () => Promise<LessonRest>): Promise<LessonRest> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fetch();
      } catch (error) {
        const delay = delays[attempt];
        if (delay === undefined) throw error;
        await wait(delay);
      }
    }
  }

  return {
    current: () => lesson,
    ready: (step) => whole || step === 0,
    whole: () => whole,
    failed: () => failed,
    load() {
      if (whole || !loadRest) return Promise.resolve(lesson);
      if (loading) return loading;
      if (failed) {
        failed = false;
        tell();
      }
      loading = fetchRest(loadRest).then(
        (rest) => {
          lesson = withRest(launch, rest);
          whole = true;
          loading = null;
          tell();
          return lesson;
        },
        (error: unknown) => {
          loading = null;
          failed = true;
          tell();
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
