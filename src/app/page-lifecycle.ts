/**
 * The page's life as far as saving cares: hidden (the learner may never come back), visible again,
 * and leaving. This is the one place that listens; the session decides what each moment means.
 *
 * Not `unload` / `beforeunload`: Chrome blocks them in Moodle 4.5 frames, iOS never fires them, and
 * they break the back-forward cache (docs/scorm-notes.md, "Saving").
 */
export interface PageHooks {
  /** The page was hidden (tab switched, app backgrounded, about to close). */
  readonly hidden: () => void;
  /** The page is visible again. */
  readonly shown: () => void;
  /** The page is going away. */
  readonly leaving: () => void;
}

/** Listens on `win`; returns a function that stops listening. Never throws. */
export function watchPage(win: Window, hooks: PageHooks): () => void {
  const onVisibility = (): void => {
    if (win.document.visibilityState === 'hidden') hooks.hidden();
    else hooks.shown();
  };
  const onPageHide = (): void => hooks.leaving();
  // Back from the back-forward cache: the session ended at pagehide, so nothing would be saved from
  // here on. Reloading starts a fresh session that resumes from what was saved.
  const onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) win.location.reload();
  };
  try {
    win.document.addEventListener('visibilitychange', onVisibility);
    win.addEventListener('pagehide', onPageHide);
    win.addEventListener('pageshow', onPageShow);
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      win.document.removeEventListener('visibilitychange', onVisibility);
      win.removeEventListener('pagehide', onPageHide);
      win.removeEventListener('pageshow', onPageShow);
    } catch {
      // The window is gone: nothing to remove.
    }
  };
}
