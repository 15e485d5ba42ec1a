import { afterEach } from 'vitest';

// Only where there is a DOM (the jsdom files): the node-environment files (pure functions, packaging,
// the browser tests) have no use for the DOM matchers or React's cleanup, and importing them (React DOM
// with them) cost each of those files about half a second.
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup, configure } = await import('@testing-library/react');
  afterEach(() => {
    cleanup();
  });
  // Views loaded when first wanted (the results page, the Start again dialog, the glossary) arrive a module
  // load later, and the first of them in a worker also loads MUI and its theme (the launch path has none).
  // On a busy 2-core machine (the suite's 3 workers beside another job) that first load was seen to take
  // over 5 s; 15 s is still well inside the 60 s a test may take, and only a failing wait ever waits it out.
  configure({ asyncUtilTimeout: 15_000 });
}

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
