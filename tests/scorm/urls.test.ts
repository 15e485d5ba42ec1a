// @vitest-environment node
/** The launch page and its assets load only relative URLs that stay inside the package. */
import { describe, expect, it } from 'vitest';
import { urlProblems } from '../../scorm/lib/urls.ts';
import { fakeBuild, INDEX_HTML } from './fixtures.ts';

const html = (head: string) => INDEX_HTML.replace('</head>', `${head}\n  </head>`);

describe('relative URLs', () => {
  it('accepts a Vite build made with base "./"', () => {
    expect(urlProblems(fakeBuild())).toEqual([]);
  });

  it.each([
    ['a root-absolute script', '<script type="module" src="/assets/x.js"></script>', /"\/assets\/x\.js" is not a relative URL/],
    ['a CDN stylesheet', '<link rel="stylesheet" href="https://cdn.example.com/x.css">', /"https:\/\/cdn\.example\.com\/x\.css" is not a relative URL/],
    ['a protocol-relative script', '<script src="//cdn.example.com/x.js"></script>', /"\/\/cdn\.example\.com\/x\.js" is not a relative URL/],
    ['an http image', '<img src="http://example.com/a.png" alt="">', /is not a relative URL/],
    ['a file outside the package', '<script src="../x.js"></script>', /points outside the package/],
    ['a missing file', '<script src="./assets/missing.js"></script>', /names "assets\/missing\.js", which is not in the package/],
    ['an absolute url() in a style element', '<style>body{background:url(/bg.png)}</style>', /"\/bg\.png" is not a relative URL/],
    ['a <base> element', '<base href="/">', /is not a relative URL/],
  ])('fails on %s in index.html', (_name, tag, message) => {
    const problems = urlProblems(fakeBuild({ 'index.html': html(tag) }));
    expect(problems.join('\n')).toMatch(message);
  });

  it('fails on an absolute url() or @import in CSS', () => {
    const problems = urlProblems(fakeBuild({ 'assets/index-Cd34.css': '@import "https://fonts.example.com/f.css";a{background:url(/x.png)}' }));
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/assets\/index-Cd34\.css \(CSS @import\): "https:\/\/fonts\.example\.com\/f\.css"/);
  });

  it('fails on absolute or missing module imports in JS', () => {
    const problems = urlProblems(
      fakeBuild({ 'assets/shared-Gh78.js': 'import"/abs.js";import{x}from"https://esm.sh/react";import(`./gone.js`);export const a=1;' }),
    );
    expect(problems.join('\n')).toMatch(/"\/abs\.js" is not a relative URL/);
    expect(problems.join('\n')).toMatch(/"https:\/\/esm\.sh\/react" is not a relative URL/);
    expect(problems.join('\n')).toMatch(/names "assets\/gone\.js", which is not in the package/);
  });

  it('does not take text that merely mentions a web address for a reference', () => {
    const js = 'const s="Copied from the archive";console.log("see https://react.dev/errors/ for help");export const a=1;';
    expect(urlProblems(fakeBuild({ 'assets/shared-Gh78.js': js }))).toEqual([]);
  });
});

describe('library text in bundles', () => {
  it('is not taken for imports (React’s lazy() hint, router messages, @import in CSS-in-JS)', () => {
    const js =
      'const m="Your code should look like: \\n  const MyComponent = lazy(() => import(\'./MyComponent\'))";' +
      'const r="Did you accidentally import `RouterProvider` from `react-router`?";const k=`@import`,Et=`@keyframes`;export const a=1;';
    expect(urlProblems(fakeBuild({ 'assets/shared-Gh78.js': js }))).toEqual([]);
  });
});
