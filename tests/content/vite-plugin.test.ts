// @vitest-environment node
/** The plugin serves the lesson as `virtual:lesson`, and a content mistake fails `vite build`. */
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { build, createServer, type Rolldown } from 'vite';
import { lessonContent } from '../../src/content/vite-plugin';
import { LESSON_ID, cleanFixtures, edited, writeFixture } from './fixture';

afterAll(cleanFixtures);

// A minimal app that imports the lesson, added to each fixture folder.
const APP = {
  'index.html': '<!doctype html><html><body><script type="module" src="./main.js"></script></body></html>\n',
  'main.js': "import lesson from 'virtual:lesson';\ndocument.title = lesson.title + ' ' + lesson.sections.length;\n",
};

async function buildAt(root: string): Promise<string> {
  const output = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [lessonContent({ lessonId: LESSON_ID })],
    build: { write: false },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  return outputs
    .flatMap((o) => o.output)
    .map((chunk) => (chunk.type === 'chunk' ? chunk.code : ''))
    .join('\n');
}

describe('lessonContent() Vite plugin', () => {
  it('builds with valid content, embedding the lesson', async () => {
    const code = await buildAt(writeFixture(APP));
    expect(code).toContain('A demo lesson');
    expect(code).toContain('intro_where');
  });

  it('fails the build with the file and field of a content mistake', async () => {
    const quiz = 'quizzes/demo/intro.yaml';
    const root = writeFixture({ ...APP, [quiz]: edited(quiz, (t) => t.replace('correct: a\n', 'correct: e\n')) });
    await expect(buildAt(root)).rejects.toThrow('quizzes/demo/intro.yaml: checks[0].correct: "e" is not one of the options (a, b)');
  });

  it('in dev, reports the problem (for the error overlay) and reloads when a content file changes', async () => {
    const quiz = 'quizzes/demo/intro.yaml';
    const root = writeFixture({ ...APP, [quiz]: edited(quiz, (t) => t.replace('correct: a\n', 'correct: e\n')) });
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [lessonContent({ lessonId: LESSON_ID })],
      server: { ws: false, watch: null },
    });
    try {
      const client = server.environments.client;
      await expect(client.transformRequest('virtual:lesson')).rejects.toThrow(`${quiz}: checks[0].correct`);
      // After a failed load Vite knows of no file the lesson depends on; the plugin reloads the page.
      const send = vi.spyOn(client.hot, 'send');
      server.watcher.emit('change', join(root, quiz));
      expect(send).toHaveBeenCalledWith({ type: 'full-reload' });
      send.mockClear();
      server.watcher.emit('change', join(root, 'main.js'));
      expect(send).not.toHaveBeenCalled();
    } finally {
      await server.close();
    }
  });
});
