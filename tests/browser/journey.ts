/**
 * One learner's journey in its own browser context (fresh storage), with everything the page does
 * watched: every request (all must go to the server's own origin), every console error and uncaught
 * exception in any frame (there must be none). The lesson runs either inside the preview LMS (the
 * package in its frame) or alone from the plain web server (no LMS at all).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { slug, type Standard } from '../../scorm/lib/standard.ts';
import { ROOT, serve, type Built, type Served } from '../../scorm/lib/browser-harness.ts';
import { closeContexts, workerChromium } from './worker-chromium.ts';
import { sharedBuild } from '../../scorm/lib/shared-build.ts';
import { createPreviewServer, listen } from '../../scorm/preview/server.ts';
import type { Lesson } from '../../src/content/model.ts';
import { Keyboard } from '../../scorm/lib/browser-learner.ts';

export interface JourneyOptions {
  readonly standard: Standard;
  /** false: the lesson opened from the plain web server, with no LMS anywhere. Default true. */
  readonly lms?: boolean;
  readonly colorScheme?: 'light' | 'dark';
  /**
   * A fresh attempt opens on the start screen: 'pass' (default) presses "Start the lesson" with the
   * keyboard whenever a launch shows it, as a learner would; 'stay' leaves the journey on it.
   */
  readonly startScreen?: 'pass' | 'stay';
  /**
   * localStorage items put in place before the lesson first loads (each only if not there yet), e.g.
   * a saved self-study attempt: quicker than clicking through the checks that would make it.
   */
  readonly storage?: Readonly<Record<string, string>>;
}

export interface Problems {
  /** Requests to anything but the server's own origin (data:, blob:, other hosts…). */
  readonly offOrigin: string[];
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
}

export class Journey {
  readonly problems: Problems = { offOrigin: [], consoleErrors: [], pageErrors: [] };
  /** Every URL requested, in order. */
  readonly requests: string[] = [];
  page!: Page;
  keyboard!: Keyboard;

  private constructor(
    readonly context: BrowserContext,
    readonly served: Served,
    readonly options: Required<JourneyOptions>,
  ) {}

  static async start(browser: Browser, served: Served, options: JourneyOptions): Promise<Journey> {
    const full: Required<JourneyOptions> = { lms: true, colorScheme: 'light', startScreen: 'pass', storage: {}, ...options };
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      colorScheme: full.colorScheme,
      reducedMotion: 'reduce',
    });
    // Under tsx (the benchmark reuses these helpers) functions keep their names through a helper, __name,
    // that page.evaluate carries into the page: give the page a harmless stand-in. (An init script runs
    // through DevTools, not as an inline script, so the page's CSP does not apply to it; it fetches nothing.)
    await context.addInitScript('globalThis.__name ??= (f) => f;');
    if (Object.keys(full.storage).length > 0) {
      await context.addInitScript(
        `try { for (const [k, v] of Object.entries(${JSON.stringify(full.storage)})) if (localStorage.getItem(k) === null) localStorage.setItem(k, v); } catch {}`,
      );
    }
    const journey = new Journey(context, served, full);
    await journey.open();
    return journey;
  }

  get base(): string {
    return `/sco/${slug(this.options.standard)}/`;
  }

  /** A new tab in the same browser context (same storage): where a learner comes back. */
  async open(): Promise<void> {
    const page = await this.context.newPage();
    this.page = page;
    this.keyboard = new Keyboard(page, () => this.frame());
    page.on('request', (request) => {
      const url = request.url();
      this.requests.push(url);
      let origin = '';
      try {
        origin = new URL(url).origin;
      } catch {
        // Not a URL with an origin: counted as off-origin below.
      }
      if (origin !== this.served.origin) this.problems.offOrigin.push(url);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => this.problems.pageErrors.push(String(error)));
    if (this.options.lms) await page.goto(`${this.served.origin}/?standard=${this.options.standard}`);
    else await page.goto(`${this.served.origin}${this.base}index.html`);
    await this.ready();
  }

  /** The lesson's document: the preview's frame, or the page itself without an LMS. */
  frame(): Frame {
    if (!this.options.lms) return this.page.mainFrame();
    const found = this.page.frames().find((f) => f.url().includes(this.base));
    if (!found) throw new Error(`No lesson frame at ${this.base} yet.`);
    return found;
  }

  /**
   * Waits for the lesson's frame to show a step heading (after a launch or relaunch): past the start
   * screen of a fresh attempt unless the journey stays there (the one place every journey goes through it).
   */
  async ready(): Promise<void> {
    await this.opened();
    if (this.options.startScreen === 'pass') await this.begin();
  }

  /** Presses "Start the lesson" (focused, then Enter: no pointer) if the start screen shows; resolves at the first section. */
  async begin(): Promise<void> {
    const frame = this.frame();
    const start = frame.getByRole('button', { name: 'Start the lesson', exact: true });
    // Whichever comes: the start screen's button, or a step (a resumed attempt, a review).
    await frame.locator('#lesson-main h1:not(#start-heading)').or(start).first().waitFor();
    if ((await start.count()) === 0) return;
    this.keyboard.presses += 1;
    await start.press('Enter');
    await frame.locator('#lesson-main h1:not(#start-heading)').waitFor();
  }

  /** Waits for the lesson's frame to show its first heading: the start screen's, or a step's. */
  async opened(): Promise<void> {
    if (this.options.lms) {
      await this.page.waitForFunction((base) => {
        const frame = document.querySelector<HTMLIFrameElement>('#sco');
        return frame?.contentWindow?.location.pathname.includes(base) && frame.contentDocument?.querySelector('h1') !== null;
      }, this.base);
    }
    await this.frame().getByRole('heading', { level: 1 }).waitFor();
  }

  /** Clicks a preview LMS button and waits for the relaunched lesson. */
  async previewButton(name: 'End and relaunch' | 'New attempt' | 'Relaunch in review mode'): Promise<void> {
    const before = await this.page.locator('#announce').textContent();
    await this.page.getByRole('button', { name, exact: true }).click();
    await this.page.waitForFunction((old) => {
      const now = document.getElementById('announce')?.textContent ?? '';
      return now !== '' && now !== old && !document.querySelector('.buttons [aria-disabled="true"]');
    }, before);
    await this.ready();
  }

  /**
   * The lesson's step list, made visible: in a narrow frame (an LMS's, the preview's) the lesson folds it
   * into a "Lesson steps" disclosure above the text, which is opened first.
   */
  async stepNav(): Promise<Locator> {
    const frame = this.frame();
    const fold = frame.locator('details').filter({ has: frame.locator('nav[aria-label="Lesson steps"]') });
    if ((await fold.count()) > 0 && !(await fold.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await fold.locator('summary').click();
    }
    return frame.getByRole('navigation', { name: 'Lesson steps' });
  }

  async announcement(): Promise<string> {
    return (await this.page.locator('#announce').textContent()) ?? '';
  }

  /** The h1 on screen in the lesson. */
  async heading(): Promise<string> {
    return ((await this.frame().getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
  }

  /** The progress line in the header ("Section 3 of 5 · … · score so far …"). */
  async progressLine(): Promise<string> {
    return ((await this.frame().locator('header p').filter({ hasText: /checks answered/ }).textContent()) ?? '').trim();
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/** What a browser test file shares: the one build, a server with the strict CSP, and a Chromium. */
export interface ChromiumLesson {
  readonly built: Built;
  readonly served: Served;
  readonly browser: Browser;
  readonly lesson: Lesson;
}

/**
 * What a browser test file starts with: before its tests, the shared build (built once for all files),
 * served with the strict CSP, and a Chromium, handed to `assign`; after them, the journeys the tests
 * pushed into the returned list, then the browser, the server and the build's leftovers are closed.
 */
export function chromiumLessonForFile(assign: (opened: ChromiumLesson) => void): Journey[] {
  const journeys: Journey[] = [];
  let opened: Partial<ChromiumLesson> = {};
  beforeAll(async () => {
    const built = await sharedBuild();
    opened = { built };
    const served = await serve(built);
    opened = { built, served };
    const browser = await workerChromium();
    opened = { built, served, browser, lesson: built.lesson };
    assign(opened as ChromiumLesson);
  }, 300_000);
  afterAll(async () => {
    for (const j of journeys) await j.close().catch(() => undefined);
    await closeContexts(opened.browser);
    await opened.served?.close();
    opened.built?.cleanup();
  });
  return journeys;
}

/** The component pages' server and browser: the pages' base address, and a Chromium to open them in. */
export interface TestPages {
  readonly base: string;
  readonly browser: Browser;
}

/** The component test pages (each a component alone: the maps, the document cards), by their folder under tests/browser. */
const TEST_PAGES = ['maps-page', 'documents-page'] as const;

/**
 * For the component test pages: built once with the lesson's Vite config (the same plugins, so the real
 * content and maps), served from a temp folder by the preview's static server, with one Chromium, open
 * for the file's tests. Returns a getter for them, valid once the tests run.
 *
 * Built, not served by Vite's dev server: the dev server sent each new browser context some hundreds of
 * modules one by one (MUI's among them), which Chromium parsed afresh every time. The build takes about
 * 6 core-seconds; the file's tests used about 47 core-seconds with the dev server (docs/performance.md).
 */
export function testPagesForFile(): () => TestPages {
  let dir: string | undefined;
  let server: Server | undefined;
  let opened: TestPages | undefined;
  beforeAll(async () => {
    // Imported here, not at the top: the files that use the shared build need no Vite in their worker.
    const { build } = await import('vite');
    dir = mkdtempSync(join(tmpdir(), 'lesson-test-pages-'));
    const input = Object.fromEntries(TEST_PAGES.map((page) => [page, join(ROOT, 'tests', 'browser', page, 'index.html')]));
    await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: dir, emptyOutDir: true, rollupOptions: { input } } });
    server = createPreviewServer({ preview: dir, packages: {} });
    const port = await listen(server, 0);
    opened = { base: `http://127.0.0.1:${port}/`, browser: await workerChromium() };
  }, 120_000);
  afterAll(async () => {
    await closeContexts(opened?.browser);
    await new Promise<void>((done) => (server ? (server.closeAllConnections(), server.close(() => done())) : done()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!opened) throw new Error('The test pages are not open yet (testPagesForFile opens them before the tests).');
    return opened;
  };
}
