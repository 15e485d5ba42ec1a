/**
 * The page events that matter for saving. Not `unload` / `beforeunload`: Chrome blocks them in
 * Moodle 4.5 frames, iOS never fires them, and they break the back-forward cache.
 */
export interface PageHooks {
  /** The page was hidden (tab switched, app backgrounded, about to close): save now. */
  readonly hidden: () => void;
  /** The page is going away: end the session. */
  readonly leaving: () => void;
}

/** Listens on `win`; returns a function that stops listening. Never throws. */
export function watchPage(win: Window, hooks: PageHooks): () => void {
  const onVisibility = (): void => {
    if (win.document.visibilityState === 'hidden') hooks.hidden();
  };
  const onPageHide = (): void => hooks.leaving();
  try {
    win.document.addEventListener('visibilitychange', onVisibility);
    win.addEventListener('pagehide', onPageHide);
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      win.document.removeEventListener('visibilitychange', onVisibility);
      win.removeEventListener('pagehide', onPageHide);
    } catch {
      // The window is gone: nothing to remove.
    }
  };
}
