/**
 * `npm start`: the one command a teacher runs to try the lesson. Builds the lesson, stages both packages
 * (checked exactly as `npm run package` checks them, but not zipped), builds the preview LMS page, serves it
 * all on http://127.0.0.1:4173/ (the next free port if taken, and it says so) and opens a browser when it can.
 *
 *   --skip-build   serve what is already built and staged
 *   --no-open      only print the address
 *   --port N       serve on port N or stop saying why (so does the PORT variable)
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ContentError } from '../../src/content/errors.ts';
import { PackagingError, runPackager } from '../lib/packager.ts';
import { slug, STANDARDS } from '../lib/standard.ts';
import { buildPreview } from './build.ts';
import { choosePort, listenFailure, movedPortNotice } from './port.ts';
import { createPreviewServer, listen } from './server.ts';
import { PROJECT_ROOT } from '../lib/project-root.ts';

const root = PROJECT_ROOT;
const stageRoot = join(root, 'build');
const previewDir = join(stageRoot, 'preview');

function openBrowser(url: string): void {
  if (process.env.CI || !process.stdout.isTTY) return;
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {}); // No browser to open: the address is printed anyway.
    child.unref();
  } catch {
    // Same: never fail because a browser could not be opened.
  }
}

/** A failure already explained in plain words: printed as it is. */
class StartError extends Error {}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const args = new Set(argv);
  const choice = choosePort(argv, process.env.PORT);
  if ('error' in choice) throw new StartError(choice.error);
  const packages = Object.fromEntries(STANDARDS.map((s) => [slug(s), join(stageRoot, slug(s))]));
  const server = createPreviewServer({ preview: previewDir, packages });
  let port: number;
  try {
    // A port the teacher chose is that port or none; the default moves on to the next free one.
    port = await listen(server, choice.port, choice.explicit ? 0 : 20);
  } catch (error) {
    throw new StartError(listenFailure(choice, (error as NodeJS.ErrnoException).code));
  }
  // Listening first: a taken port is said before a minute of building, not after.
  const moved = movedPortNotice(choice.port, port);
  if (moved) console.log(`\n${moved}`);
  if (!args.has('--skip-build')) {
    try {
      console.log('Building the lesson and staging its SCORM 1.2 and 2004 packages…');
      await runPackager({ root, stageRoot, outDir: null });
      console.log('Building the preview LMS…');
      await buildPreview(previewDir);
    } catch (error) {
      server.close();
      throw error;
    }
  }
  const url = `http://127.0.0.1:${port}/`;
  console.log(`\nPreview LMS: ${url} (opens on SCORM 1.2)\n  SCORM 1.2:  ${url}?standard=1.2\n  SCORM 2004: ${url}?standard=2004\n\nPress Ctrl+C to stop.`);
  if (!args.has('--no-open')) openBrowser(url);
  const stop = (): void => {
    server.close();
    server.closeAllConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof PackagingError || error instanceof ContentError || error instanceof StartError) console.error(`\n${error.message}`);
  else console.error('\nThe preview could not start.\n', error);
  process.exitCode = 1;
});
