/**
 * Hand-made inputs for the packaging tests: a lesson with just the facts a package needs, and a fake build
 * shaped like Vite's output (base "./"), so the packager is tested without the real lesson app.
 */
import type { Lesson } from '../../src/content/model.ts';
import { bytes, type PackageFiles } from '../../scorm/lib/files.ts';
import type { PackageLesson } from '../../scorm/lib/standard.ts';

export const lesson: PackageLesson = {
  id: 'neutrality-pact',
  title: 'The 1941 Japan–Soviet Neutrality Pact & "its" <legacy>',
  version: '1.0.0',
  settings: { passingScore: 80 },
};

/** A full Lesson also fits: the packager takes the real model as it is. */
export const fullLesson: Lesson = {
  ...lesson,
  description: 'A test lesson.',
  audience: 'Testers',
  language: 'en',
  estimatedMinutes: 5,
  objectives: ['Test'],
  settings: { passingScore: 80, scoring: 'best-try', maxTries: 2, gating: true },
  sections: [],
  glossary: [],
};

export const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Lesson</title>
    <link rel="icon" href="data:," />
    <script type="module" crossorigin src="./assets/index-Ab12_x.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-Cd34.css">
  </head>
  <body><div id="root"></div></body>
</html>
`;

export function fakeBuild(overrides: Record<string, string | null> = {}): PackageFiles {
  const files: Record<string, string | null> = {
    'index.html': INDEX_HTML,
    'assets/index-Ab12_x.js':
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./lazy-Ef56.js"])))=>i.map(i=>d[i]);' +
      'import{a as b}from"./shared-Gh78.js";console.log(`https://react.dev/errors/`);import(`./lazy-Ef56.js`);',
    'assets/shared-Gh78.js': 'export const a=1;',
    'assets/lazy-Ef56.js': 'export function go(){return new URL(`map-Ij90.svg`,import.meta.url).href}',
    'assets/index-Cd34.css': 'body{background:url(./map-Ij90.svg)}.i{background:url("data:image/png;base64,AA==")}',
    'assets/map-Ij90.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    ...overrides,
  };
  const build: PackageFiles = new Map();
  for (const [path, content] of Object.entries(files)) if (content !== null) build.set(path, bytes(content));
  return build;
}
