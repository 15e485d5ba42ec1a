/**
 * Time on task: the one clock of the attempt. It counts while the page is visible, starts from what
 * earlier sessions saved, and is read when a report is written. Nothing ticks: no view re-renders and
 * no state changes because a second went by.
 */
export interface TimeOnTask {
  /** Whole seconds on task: earlier sessions plus this one's visible time. */
  seconds(): number;
  /** The page was hidden: stop counting. */
  pause(): void;
  /** The page is visible again. */
  resume(): void;
}

export function startTimeOnTask(savedSeconds: number, now: () => number, visible: boolean): TimeOnTask {
  let countedMs = 0;
  let visibleSince: number | null = visible ? now() : null;
  const soFar = (): number => countedMs + (visibleSince === null ? 0 : Math.max(0, now() - visibleSince));
  return {
    seconds: () => savedSeconds + Math.floor(soFar() / 1000),
    pause() {
      countedMs = soFar();
      visibleSince = null;
    },
    resume() {
      visibleSince ??= now();
    },
  };
}
