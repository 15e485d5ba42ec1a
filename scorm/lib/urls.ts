/**
 * The launch page and its assets must use relative URLs that stay inside the package: an LMS unpacks the
 * zip into a folder of its own choosing (so "/assets/x.js" points at the LMS's web root), and it may run
 * offline or behind a firewall (so a CDN is a file the learner may not get).
 */
import { posix } from 'node:path';
import { JSDOM } from 'jsdom';
import { text, type PackageFiles } from './files.ts';

/** Where a reference was found, for messages. */
interface Ref {
  readonly from: string;
  readonly url: string;
  readonly where: string;
  /** A reference the page cannot work without: it must name a file in the package. */
  readonly required: boolean;
}

const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/|\/|\\)/i;
/** Inline or page-local references that load nothing from anywhere. */
const HARMLESS = /^(?:data:|blob:|about:|javascript:void|#)/i;
/** A module specifier that is a URL (relative, root-absolute, or with a scheme), or names a script file. */
const MODULE_URL = /^(?:\.{1,2}\/|\/|[a-z][a-z0-9+.-]*:)|\.m?js(?:[?#].*)?$/i;
/** File types a page loads; a JS string ending in one of these is taken for a reference. */
const LOADABLE = /\.(?:m?js|css|svg|png|jpe?g|gif|webp|avif|ico|woff2?|ttf|otf|json|wasm|mp3|mp4|webm|ogg|vtt|html?)$/i;

/** Every problem with the URLs in the package's HTML, CSS and JS files; empty when all are relative. */
export function urlProblems(files: PackageFiles): string[] {
  const refs: Ref[] = [];
  for (const [path, bytes] of files) {
    if (/\.html?$/i.test(path)) refs.push(...htmlRefs(path, text(bytes)));
    else if (/\.css$/i.test(path)) refs.push(...cssRefs(path, text(bytes), 'CSS'));
    else if (/\.m?js$/i.test(path)) refs.push(...jsRefs(path, text(bytes)));
  }
  const problems: string[] = [];
  for (const ref of refs) {
    const problem = refProblem(ref, files);
    if (problem) problems.push(problem);
  }
  return [...new Set(problems)];
}

function refProblem(ref: Ref, files: PackageFiles): string | null {
  const url = ref.url.trim();
  if (url === '' || HARMLESS.test(url)) return null;
  const at = `${ref.from} (${ref.where}): "${ref.url}"`;
  if (ABSOLUTE.test(url)) {
    return `${at} is not a relative URL; an LMS serves the package from a folder of its own, so use "./…" paths and no outside servers.`;
  }
  const path = url.replace(/[?#].*$/, '');
  const target = posix.normalize(posix.join(posix.dirname(ref.from), decodeURIComponentSafe(path)));
  if (target === '..' || target.startsWith('../')) return `${at} points outside the package.`;
  if (ref.required && !files.has(target)) return `${at} names "${target}", which is not in the package.`;
  return null;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Attributes that make a browser fetch something. Links (<a href>) load nothing and may go anywhere. */
const HTML_URL_ATTRIBUTES: readonly (readonly [selector: string, attribute: string])[] = [
  ['script[src]', 'src'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['frame[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['input[src]', 'src'],
  ['base[href]', 'href'],
];

function htmlRefs(from: string, html: string): Ref[] {
  const doc = new JSDOM(html).window.document;
  const refs: Ref[] = [];
  for (const [selector, attribute] of HTML_URL_ATTRIBUTES) {
    for (const el of doc.querySelectorAll(selector)) {
      const url = el.getAttribute(attribute) ?? '';
      // A <base> changes how every other URL resolves: even a relative one is a risk in an LMS frame.
      if (selector.startsWith('base')) {
        refs.push({ from, url: url.startsWith('.') ? `/${url}` : url, where: '<base href>', required: false });
        continue;
      }
      refs.push({ from, url, where: `<${el.tagName.toLowerCase()} ${attribute}>`, required: true });
    }
  }
  for (const el of doc.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0] ?? '';
      refs.push({ from, url, where: `<${el.tagName.toLowerCase()} srcset>`, required: true });
    }
  }
  for (const el of doc.querySelectorAll('meta[http-equiv]')) {
    if ((el.getAttribute('http-equiv') ?? '').toLowerCase() !== 'refresh') continue;
    const url = /url\s*=\s*['"]?([^'"]+)/i.exec(el.getAttribute('content') ?? '')?.[1] ?? '';
    refs.push({ from, url, where: '<meta http-equiv="refresh">', required: true });
  }
  for (const el of doc.querySelectorAll('style')) refs.push(...cssRefs(from, el.textContent ?? '', '<style>'));
  for (const el of doc.querySelectorAll('[style]')) refs.push(...cssRefs(from, el.getAttribute('style') ?? '', 'style attribute'));
  return refs;
}

function cssRefs(from: string, css: string, where: string): Ref[] {
  const refs: Ref[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)) {
    refs.push({ from, url: m[1] ?? m[2] ?? m[3] ?? '', where: `${where} url()`, required: true });
  }
  for (const m of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) {
    refs.push({ from, url: m[1] ?? m[2] ?? '', where: `${where} @import`, required: true });
  }
  return refs;
}

/**
 * References in bundled JS. Module specifiers (static and dynamic import) must be relative files in the
 * package. Other string literals are only taken for references when they end in a loadable file type
 * (Vite's preload list, new URL(…, import.meta.url)): those must not be absolute, and are checked to
 * exist only when they start with "./" or "../", since a bare "x.js" string may be anything.
 */
function jsRefs(from: string, js: string): Ref[] {
  const refs: Ref[] = [];
  const str = String.raw`(?:"([^"\n]*)"|'([^'\n]*)'|\x60([^\x60$\n]*)\x60)`;
  const specifiers = [
    new RegExp(String.raw`(?<![@\w$.])import\s*\(\s*${str}\s*\)`, 'g'),
    // import"x" · import{a}from"x" · export{a}from"x" · import*as a from"x" · import a from"x"
    new RegExp(String.raw`(?:(?<![@\w$.])import\s*|[}*]\s*from\s*|(?<![@\w$.])import\s+[\w$]+\s+from\s*|\bas\s+[\w$]+\s+from\s*)${str}`, 'g'),
  ];
  for (const re of specifiers) {
    for (const m of js.matchAll(re)) {
      const url = m[1] ?? m[2] ?? m[3] ?? '';
      // Only URL-like specifiers: in bundled code a bare name ("react") cannot be an import that runs, and
      // the same words turn up in library messages ("did you import `RouterProvider` from …", React's
      // "lazy(() => import('./MyComponent'))"). A bundler's own chunks always end in .js, so only those
      // must exist; any absolute one is still refused.
      if (/\s/.test(url) || !MODULE_URL.test(url)) continue;
      refs.push({ from, url, where: 'module import', required: LOADABLE.test(url.replace(/[?#].*$/, '')) });
    }
  }
  for (const m of js.matchAll(new RegExp(str, 'g'))) {
    const url = m[1] ?? m[2] ?? m[3] ?? '';
    if (url.length > 300 || /\s/.test(url) || !LOADABLE.test(url.replace(/[?#].*$/, ''))) continue;
    refs.push({ from, url, where: 'string in script', required: /^\.\.?\//.test(url) });
  }
  return refs;
}
