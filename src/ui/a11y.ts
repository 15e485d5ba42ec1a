/** Hidden on screen, still read by screen readers. */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

/**
 * Scrolls an element to the top of the view, just below the lesson's sticky header (which would
 * otherwise cover it). Where the header scrolls away (short, zoomed-in views) there is nothing to clear.
 */
export function scrollBelowHeader(element: HTMLElement): void {
  const header = element.ownerDocument.querySelector('header');
  const view = element.ownerDocument.defaultView;
  const sticky = header && view ? view.getComputedStyle(header).position === 'sticky' : false;
  element.style.scrollMarginTop = `${(sticky && header ? header.getBoundingClientRect().height : 0) + 8}px`;
  // jsdom has no scrollIntoView; a real browser always does.
  element.scrollIntoView?.({ block: 'start' });
}
