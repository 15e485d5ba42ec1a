/**
 * Vite plugin: `import lesson from 'virtual:lesson'` gives the Lesson read from the content files.
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

const PUBLIC_ID = 'virtual:lesson';
// The \0 prefix tells other plugins this module is not a file on disk.
const RESOLVED_ID = `\0${PUBLIC_ID}`;

export interface LessonContentOptions {
  /** Folder name under lessons/ and quizzes/. Default 'neutrality-pact'. */
  readonly lessonId?: string;
}

export function lessonContent(options: LessonContentOptions = {}): Plugin {
  const lessonId = options.lessonId ?? 'neutrality-pact';
  let root = process.cwd();
  // With a trailing separator, so lessons/<id>-old/ is not taken for lessons/<id>/.
  const contentDirs = () => [join(root, 'lessons', lessonId, sep), join(root, 'quizzes', lessonId, sep)];

  return {
    name: 'lesson-content',

    configResolved(config) {
      root = config.root;
    },

    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : undefined;
    },

    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // Watch before loading, so `vite build --watch` retries once a broken file is fixed.
      for (const file of allContentFiles(findContentFiles(root, lessonId))) this.addWatchFile(join(root, file));
      // A ContentError thrown here fails the build, or shows the overlay in dev, with every problem.
      let lesson;
      try {
        lesson = loadLesson(root, lessonId);
      } catch (error) {
        // Vite prints the stack; for content mistakes the loader's frames are noise to an author.
        if (error instanceof ContentError) error.stack = `${error.name}: ${error.message}`;
        throw error;
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(lesson))});`;
    },

    configureServer(server) {
      // Vite reloads on its own when a file the last successful load watched changes. It cannot for
      // files added or removed since, nor after a failed load (nothing was recorded): the author
      // fixes the mistake and expects the overlay to go away. Reload for those here.
      const onContentEvent = (path: string, event: 'add' | 'unlink' | 'change'): void => {
        if (!contentDirs().some((dir) => path.startsWith(dir))) return;
        const environment = server.environments.client;
        const graph = environment.moduleGraph;
        if (event === 'change' && (graph.getModulesByFile(path)?.size ?? 0) > 0) return;
        const mod = graph.getModuleById(RESOLVED_ID);
        if (mod) graph.invalidateModule(mod);
        environment.hot.send({ type: 'full-reload' });
      };
      server.watcher.on('add', (path) => onContentEvent(path, 'add'));
      server.watcher.on('unlink', (path) => onContentEvent(path, 'unlink'));
      server.watcher.on('change', (path) => onContentEvent(path, 'change'));
    },
  };
}
