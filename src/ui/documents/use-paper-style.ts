/**
 * The documents' paper (document-paper.css) is its own small stylesheet, fetched when the first card comes
 * within a screen and a half of view, or a few seconds after a card first shows, whichever is first: so it
 * is not in what the lesson downloads to start (held to its launch budget), and it has arrived before a
 * card scrolls into view, so nothing jumps under the learner's pointer. Until then, and if it never
 * arrives, a card is the plain one: the same text, without the drawing. Once fetched it serves every card.
 */
import { useEffect, type RefObject } from 'react';

let requested: Promise<unknown> | undefined;

/** Fetches the stylesheet once; after a failed fetch (an LMS that dropped the file) the next card tries again. */
function loadPaperStyle(): void {
  requested ??= import('./document-paper.css').catch(() => {
    requested = undefined;
  });
}

const LATEST_MS = 4000;

export function usePaperStyle(paper: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = paper.current;
    if (requested || !element) return;
    if (typeof IntersectionObserver === 'undefined') {
      loadPaperStyle();
      return;
    }
    const near = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) loadPaperStyle();
      },
      { rootMargin: '150% 0px' },
    );
    near.observe(element);
    const timer = setTimeout(loadPaperStyle, LATEST_MS);
    // Printing before the sheet arrived prints the plain card, which reads as well on paper.
    window.addEventListener('beforeprint', loadPaperStyle);
    return () => {
      near.disconnect();
      clearTimeout(timer);
      window.removeEventListener('beforeprint', loadPaperStyle);
    };
  }, [paper]);
}
