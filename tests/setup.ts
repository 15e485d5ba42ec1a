import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

/**
 * jsdom has no matchMedia. View tests run as a 1280 px wide screen in light mode with motion allowed,
 * so layout queries (min-width/max-width) answer as that screen would; the browser tests cover the rest.
 */
if (typeof window !== 'undefined' && !window.matchMedia) {
  const WIDTH = 1280;
  const answers = (query: string): boolean => {
    const min = /min-width:\s*([\d.]+)px/.exec(query);
    const max = /max-width:\s*([\d.]+)px/.exec(query);
    if (min || max) return (!min || WIDTH >= Number(min[1])) && (!max || WIDTH <= Number(max[1]));
    return false;
  };
  window.matchMedia = (query: string) =>
    ({
      matches: answers(query),
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

/**
 * jsdom computes a style by matching every rule of every style sheet against the element, and Testing
 * Library's role queries ask for the style of every candidate and its ancestors (is it hidden?). With
 * MUI's generated rules that was half the time of a journey through the real lesson. The answer cannot
 * change while neither the document nor its style sheets do, so it is kept until the next change: any
 * mutation anywhere in the document (a node, an attribute, a style element's text) clears it, checked
 * synchronously (takeRecords) on every call. Rules inserted through the CSSOM leave no mutation record,
 * so those clear it too.
 */
if (typeof window !== 'undefined' && typeof MutationObserver !== 'undefined') {
  const original = window.getComputedStyle.bind(window);
  let kept = new WeakMap<Element, CSSStyleDeclaration>();
  const changes = new MutationObserver(() => undefined);
  changes.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  for (const method of ['insertRule', 'deleteRule', 'replaceSync'] as const) {
    const proto = CSSStyleSheet.prototype as unknown as Record<string, ((...args: unknown[]) => unknown) | undefined>;
    const real = proto[method];
    if (!real) continue;
    proto[method] = function (this: CSSStyleSheet, ...args: unknown[]) {
      kept = new WeakMap();
      return real.apply(this, args);
    };
  }
  window.getComputedStyle = (element: Element, pseudo?: string | null): CSSStyleDeclaration => {
    if (changes.takeRecords().length > 0) kept = new WeakMap();
    if (pseudo) return original(element, pseudo);
    let style = kept.get(element);
    if (!style) {
      style = original(element);
      kept.set(element, style);
    }
    return style;
  };
}
