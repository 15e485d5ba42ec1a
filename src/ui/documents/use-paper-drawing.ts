/**
 * The documents' drawing (PaperDecor.tsx and its stylesheet, document-paper.css) is its own small chunk,
 * fetched when the first card comes within a screen and a half of view, or a few seconds after a card first
 * shows, whichever is first: so it is not in what the lesson downloads to start (held to its launch budget),
 * and it has arrived before a card scrolls into view, so nothing jumps under the learner's pointer. Until
 * then, and if it never arrives, a card is the plain one: the same text, without the drawing. Once fetched
 * it draws every card at once.
 */
import { useEffect, useSyncExternalStore, type RefObject } from 'react';
import type * as PaperDecor from './PaperDecor';

type Drawing = typeof PaperDecor;

let drawing: Drawing | null = null;
let requested: Promise<void> | undefined;
const listeners = new Set<() => void>();

/** Fetches the drawing once; after a failed fetch (an LMS that dropped the file) the next card tries again. */
export function loadPaperDrawing(): Promise<void> {
  requested ??= import('./PaperDecor').then(
    (module) => {
      drawing = module;
      for (const listener of listeners) listener();
    },
    () => {
      requested = undefined;
    },
  );
  return requested;
}

const load = () => void loadPaperDrawing();
const LATEST_MS = 4000;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The drawing's parts once they have arrived (null until then); asks for them as `paper` comes near. */
export function usePaperDrawing(paper: RefObject<HTMLElement | null>): Drawing | null {
  const parts = useSyncExternalStore(subscribe, () => drawing, () => null);
  useEffect(() => {
    const element = paper.current;
    if (drawing || requested || !element) return;
    if (typeof IntersectionObserver === 'undefined') {
      load();
      return;
    }
    const near = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), { rootMargin: '150% 0px' });
    near.observe(element);
    const timer = setTimeout(load, LATEST_MS);
    // Printing before the drawing arrived prints the plain card, which reads as well on paper.
    window.addEventListener('beforeprint', load);
    return () => {
      near.disconnect();
      clearTimeout(timer);
      window.removeEventListener('beforeprint', load);
    };
  }, [paper]);
  return parts;
}
