/**
 * Shared setup for the real-browser tests (and the benchmark): build the lesson and both SCORM zips once,
 * unzip the zips (the very files an LMS would unpack), build the preview LMS page, serve it all on
 * 127.0.0.1 with the strict Content-Security-Policy schools use, and launch Debian's Chromium through
 * playwright-core (the tests prefer its headless shell, below). No browser is ever downloaded: without
 * one the tests say so and skip,
 * except in CI, where a missing Chromium is a failure.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadLesson } from '../../src/content/load.ts';
import type { Lesson } from '../../src/content/model.ts';
import { runPackager } from './packager.ts';
import { buildPreview } from '../preview/build.ts';
import { createPreviewServer, listen } from '../preview/server.ts';
import { slug, STANDARDS, type Standard } from './standard.ts';
import { PROJECT_ROOT } from './project-root.ts';
import { unzipPackage } from './zip.ts';

export const ROOT = PROJECT_ROOT;
// Which Chromium, with which switches: scorm/lib/chromium.ts (the teacher kit's printing uses it too).
export { CHROMIUM, CHROMIUM_ARGS, HEADLESS_SHELL, TEST_CHROMIUM, hasChromium, inCI, launchChromium, MISSING_CHROMIUM } from './chromium.ts';

/**
 * The policy a strict school network puts on the lesson: nothing but its own origin, no inline script, no
 * eval, no `unsafe-inline`. The one hash is the empty string's: the empty <style> element MUI's styling
 * engine (emotion) creates before it adds its rules through the CSSOM, which CSP does not police.
 */
export const STRICT_CSP = "default-src 'self'; style-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";


export interface Built {
  /** The temp folder everything is in; `cleanup()` removes it. */
  readonly dir: string;
  readonly lesson: Lesson;
  /** The zips as the packager wrote them. */
  readonly zips: Readonly<Record<Standard, string>>;
  /** Each zip unpacked, as an LMS unpacks an upload: what the server serves at /sco/scorm12/ and /sco/scorm2004/. */
  readonly unzipped: Readonly<Record<Standard, string>>;
  /** The built preview LMS page. */
  readonly preview: string;
  cleanup(): void;
}

/** `vite build` once, both packages (checked and zipped), the zips unpacked, the preview page built. */
export async function buildAll(options: { dir?: string } = {}): Promise<Built> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'lesson-browser-'));
  const lesson = loadLesson(ROOT);
  const { packages } = await runPackager({
    root: ROOT,
    lesson,
    distDir: join(dir, 'dist'),
    stageRoot: join(dir, 'stage'),
    outDir: join(dir, 'packages'),
  });
  const zips = {} as Record<Standard, string>;
  const unzipped = {} as Record<Standard, string>;
  for (const standard of STANDARDS) {
    const zipPath = packages.find((p) => p.standard === standard)?.zipPath;
    if (!zipPath) throw new Error(`The packager wrote no ${standard} zip.`);
    zips[standard] = zipPath;
    const target = join(dir, 'unzipped', slug(standard));
    for (const [path, data] of unzipPackage(new Uint8Array(readFileSync(zipPath)))) {
      const full = join(target, ...path.split('/'));
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, data);
    }
    unzipped[standard] = target;
  }
  const preview = join(dir, 'preview');
  await buildPreview(preview, lesson);
  return { dir, lesson, zips, unzipped, preview, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Served {
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The policy on the lesson's files (default STRICT_CSP; null: none). */
  readonly lessonCsp?: string | null;
  /** The policy on the preview LMS page's files (default STRICT_CSP; null: none). */
  readonly previewCsp?: string | null;
}

/**
 * The preview LMS's own server (scorm/preview/server.ts) over the unpacked zips, with a
 * Content-Security-Policy header on every response: the preview page at "/", the lessons at
 * /sco/scorm12/ and /sco/scorm2004/, all on one origin as in an LMS.
 */
export async function serve(built: Built, options: ServeOptions = {}): Promise<Served> {
  const lessonCsp = options.lessonCsp === undefined ? STRICT_CSP : options.lessonCsp;
  const previewCsp = options.previewCsp === undefined ? STRICT_CSP : options.previewCsp;
  const server: Server = createPreviewServer({
    preview: built.preview,
    packages: Object.fromEntries(STANDARDS.map((s) => [slug(s), built.unzipped[s]])),
  });
  // Runs before the preview server's own handler; its writeHead merges these headers in.
  server.prependListener('request', (req: IncomingMessage, res) => {
    const path = req.url ?? '/';
    const csp = path.startsWith('/sco/') ? lessonCsp : previewCsp;
    if (csp) res.setHeader('Content-Security-Policy', csp);
  });
  const port = await listen(server, 0);
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
