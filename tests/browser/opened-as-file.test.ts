// @vitest-environment node
/**
 * A double-clicked index.html (file: protocol): the browser refuses the lesson's module script, so the
 * page itself must say, in plain words, where the lesson runs and how. Served over http under the
 * strict CSP, the same page shows the lesson and never that message. The build is the project's own
 * (as the packages hold it), opened straight from disk and served from 127.0.0.1.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLesson } from '../../scorm/lib/build-lesson.ts';
import { hasChromium, ROOT, STRICT_CSP } from '../../scorm/lib/browser-harness.ts';
import { closeContexts, workerChromium } from './worker-chromium.ts';
import { axeViolations } from './axe.ts';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

describe.skipIf(!hasChromium)('opened as a file', () => {
  let dir: string;
  let browser: Browser;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lesson-file-'));
    await buildLesson({ root: ROOT, outDir: join(dir, 'dist'), sourcemap: false });
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
      try {
        const body = readFileSync(join(dir, 'dist', path === '/' ? 'index.html' : path));
        res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Content-Security-Policy': STRICT_CSP });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await workerChromium();
  }, 300_000);

  afterAll(async () => {
    await closeContexts(browser);
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a double-clicked index.html says where the lesson runs and how, instead of staying blank', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(pathToFileURL(join(dir, 'dist', 'index.html')).href);
    const message = page.getByRole('heading', { level: 1, name: 'This lesson runs from an LMS or a web server' });
    await message.waitFor({ state: 'visible', timeout: 10_000 });
    const text = (await page.locator('#opened-as-file').textContent()) ?? '';
    expect(text).toContain('opened as a file');
    expect(text).toContain('npm start');
    expect(text).toContain('SCORM zip');
    expect(await axeViolations(page.mainFrame())).toEqual([]);
    await page.close();
  });

  it('served over http under the strict CSP, the lesson starts and the message never shows', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${origin}/index.html`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // Past the message's own delay: still nothing of it.
    await page.waitForTimeout(2000);
    expect(await page.locator('#opened-as-file').count()).toBe(0);
    expect(await page.getByText('This lesson runs from an LMS or a web server').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
