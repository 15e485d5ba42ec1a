/**
 * Vite plugin: `import lesson from 'virtual:lesson'` gives the Lesson read from the content files.
 * The page imports it in two parts (launch-split.ts): `virtual:lesson/launch`, what the first section
 * needs, with `loadRest()`, which loads `virtual:lesson/rest` (the later sections' reading, the documents
 * and the glossary) as a chunk of its own once the first screen is up.
 *
 * The content is loaded and checked when the module is built, so a content mistake fails
 * `vite build` (and any test importing the lesson) with the full problem list, and shows Vite's error
 * overlay in dev. This file is imported by vite.config.ts and so runs in Node: node: modules only.
 */
import { join, sep } from 'node:path';
import type { Plugin } from 'vite';
import { allContentFiles, findContentFiles } from './files.ts';
import { ContentError } from './errors.ts';
import { loadLesson } from './load.ts';
import { splitForLaunch } from './launch-split.ts';
import type { Lesson } from './model.ts';

const PUBLIC_ID = 'virtual:lesson';
// The \0 prefix tells other plugins this module is not a file on disk.
const RESOLVED_ID = `\0${PUBLIC_ID}`;
const LAUNCH_ID = `${PUBLIC_ID}/launch`;
const REST_ID = `${PUBLIC_ID}/rest`;
const MODULE_IDS = [PUBLIC_ID, LAUNCH_ID, REST_ID];
/** The module's code for a value: JSON.parse of a string literal parses faster than an object literal. */
const jsonModule = (value: unknown): string => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

export interface LessonContentOptions {
  /** Folder name under lessons/ and quizzes/. Default 'neutrality-pact'. */
  readonly lessonId?: string;
}

export function lessonContent(options: LessonContentOptions = {}): Plugin {
  const lessonId = options.lessonId ?? 'neutrality-pact';
  let root = process.cwd();
  // With a trailing separator, so lessons/<id>-old/ is not taken for lessons/<id>/.
  const contentDirs = () => [join(root, 'lessons', lessonId, sep), join(root, 'quizzes', lessonId, sep)];

  // Read once for the three modules of a build; read again after a content file changes.
  let loaded: Lesson | null = null;

  return {
    name: 'lesson-content',

    configResolved(config) {
      root = config.root;
    },

    resolveId(id) {
      return MODULE_IDS.includes(id) ? `\0${id}` : undefined;
    },

    buildStart() {
      loaded = null;
    },

    watchChange(id) {
      if (contentDirs().some((dir) => id.startsWith(dir))) loaded = null;
    },

    load(id) {
      if (!id.startsWith('\0') || !MODULE_IDS.includes(id.slice(1))) return undefined;
      // Watch before loading, so `vite build --watch` retries once a broken file is fixed.
      for (const file of allContentFiles(findContentFiles(root, lessonId))) this.addWatchFile(join(root, file));
      // A ContentError thrown here fails the build, or shows the overlay in dev, with every problem.
      try {
        loaded ??= loadLesson(root, lessonId);
      } catch (error) {
        // Vite prints the stack; for content mistakes the loader's frames are noise to an author.
        if (error instanceof ContentError) error.stack = `${error.name}: ${error.message}`;
        throw error;
      }
      if (id === RESOLVED_ID) return jsonModule(loaded);
      const { launch, rest } = splitForLaunch(loaded);
      if (id.slice(1) === REST_ID) return jsonModule(rest);
      return `${jsonModule(launch)}\nexport const loadRest = () => import(${JSON.stringify(REST_ID)}).then((m) => m.default);`;
    },

    configureServer(server) {
      // Vite reloads on its own when a file the last successful load watched changes. It cannot for
      // files added or removed since, nor after a failed load (nothing was recorded): the author
      // fixes the mistake and expects the overlay to go away. Reload for those here.
      const onContentEvent = (path: string, event: 'add' | 'unlink' | 'change'): void => {
        if (!contentDirs().some((dir) => path.startsWith(dir))) return;
        const environment = server.environments.client;
        const graph = environment.moduleGraph;
        loaded = null;
        if (event === 'change' && (graph.getModulesByFile(path)?.size ?? 0) > 0) return;
        for (const id of MODULE_IDS) {
          const mod = graph.getModuleById(`\0${id}`);
          if (mod) graph.invalidateModule(mod);
        }
        environment.hot.send({ type: 'full-reload' });
      };
      server.watcher.on('add', (path) => onContentEvent(path, 'add'));
      server.watcher.on('unlink', (path) => onContentEvent(path, 'unlink'));
      server.watcher.on('change', (path) => onContentEvent(path, 'change'));
    },
  };
}
