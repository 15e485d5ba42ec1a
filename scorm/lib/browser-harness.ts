/**
 * Shared setup for the real-browser tests (and the benchmark): build the lesson and both SCORM zips once,
 * unzip the zips (the very files an LMS would unpack), build the preview LMS page, serve it all on
 * 127.0.0.1 with the strict Content-Security-Policy schools use, and launch Debian's Chromium through
 * playwright-core (the tests prefer its headless shell, below). No browser is ever downloaded: without
 * one the tests say so and skip,
 * except in CI, where a missing Chromium is a failure.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { loadLesson } from '../../src/content/load.ts';
import type { Lesson } from '../../src/content/model.ts';
import { runPackager } from './packager.ts';
import { buildPreview } from '../preview/build.ts';
import { createPreviewServer, listen } from '../preview/server.ts';
import { slug, STANDARDS, type Standard } from './standard.ts';
import { PROJECT_ROOT } from './project-root.ts';
import { unzipPackage } from './zip.ts';

export const ROOT = PROJECT_ROOT;
/**
 * Debian's Chromium, the browser a learner has: what the bench measures and the teacher's kit prints with.
 * CHROMIUM_PATH may name another system-installed Chromium (never a downloaded one).
 */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Debian's package chromium-headless-shell: the same Chromium's Blink, V8 and PDF printing, without the browser's own UI. */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
/**
 * The tests' Chromium: the headless shell where it is installed (what Playwright itself runs headless),
 * else Chromium. The shell starts no browser window per context and no WebUI, so the browser project
 * used about a fifth less CPU (321 → 263 core-s on 2 cores; docs/performance.md) with the same results.
 */
export const TEST_CHROMIUM = process.env.CHROMIUM_PATH || (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM);
export const hasChromium = existsSync(TEST_CHROMIUM);
export const inCI = process.env.CI === 'true';
export const MISSING_CHROMIUM = `Chromium is required in CI: apt-get install -y chromium-headless-shell (or chromium) (${TEST_CHROMIUM} is missing)`;

/**
 * The policy a strict school network puts on the lesson: nothing but its own origin, no inline script, no
 * eval, no `unsafe-inline`. The one hash is the empty string's: the empty <style> element MUI's styling
 * engine (emotion) creates before it adds its rules through the CSSOM, which CSP does not police.
 */
export const STRICT_CSP = "default-src 'self'; style-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/**
 * The features Playwright switches off in Chromium to keep automated runs stable and quiet (its
 * chromiumSwitches: PaintHolding, HttpsUpgrades, OptimizationHints…), as of playwright-core 1.65.
 * Chromium honours only the last --disable-features on its command line (a second one replaces the first
 * whole), and Playwright puts its list before the caller's: a list of ours must carry these too.
 * tests/browser/chromium.test.ts reads the running browser's command line (chrome://version) and fails if
 * a name in Playwright's list is missing from the last one, as after an update that adds a name.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Each new browser context opens a window whose omnibox popup (a WebUI page of Chromium's own) is built
 * and run in a renderer of its own, even headless: about 0.2 s of CPU per context, which the tests (a
 * context per journey) and the bench's launch figures paid for on 2 cores.
 */
const OUR_DISABLED_FEATURES = ['PreloadTopChromeWebUI', 'WebUIOmniboxPopup'];

/** Debian's Chromium, headless, with nothing of its own going out to the network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OUR_DISABLED_FEATURES].join(',')}`,
];

/** Launches the tests' Chromium, or (the bench) `executablePath`, with CHROMIUM_ARGS. */
export function launchChromium(executablePath = TEST_CHROMIUM): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

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
