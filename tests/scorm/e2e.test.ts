// @vitest-environment node
/**
 * End to end with the real lesson: `vite build` once, the packager into temp folders, then the zips
 * unpacked and checked in full; then the preview LMS built and served, and driven in headless Chromium
 * (skipped, saying so, where /usr/bin/chromium is not installed).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/content/load.ts';
import { text } from '../../scorm/lib/files.ts';
import { readManifest } from '../../scorm/lib/manifest-read.ts';
import { runPackager, type PackageResult } from '../../scorm/lib/packager.ts';
import { buildPreview } from '../../scorm/preview/build.ts';
import { createPreviewServer, listen } from '../../scorm/preview/server.ts';
import { STANDARDS, type Standard } from '../../scorm/lib/standard.ts';
import { validatePackage } from '../../scorm/lib/validate-package.ts';
import { unzipPackage, zipEntryNames, zipEntryProblems } from '../../scorm/lib/zip.ts';

const root = resolve(__dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const lesson = loadLesson(root);
let dir = '';
let packages: PackageResult[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scorm-e2e-'));
  ({ packages } = await runPackager({
    root,
    distDir: join(dir, 'dist'),
    stageRoot: join(dir, 'build'),
    outDir: join(dir, 'packages'),
  }));
}, 240_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function zipOf(standard: Standard): Uint8Array {
  const found = packages.find((p) => p.standard === standard);
  return new Uint8Array(readFileSync(found?.zipPath ?? ''));
}

describe.each(STANDARDS)('the real lesson, SCORM %s zip', (standard) => {
  it('is written under the lesson id, version and standard', () => {
    const name = `${lesson.id}-${lesson.version}-${standard === '1.2' ? 'scorm12' : 'scorm2004'}.zip`;
    expect(existsSync(join(dir, 'packages', name))).toBe(true);
  });

  it('unzips to a package that passes every check', async () => {
    const zip = zipOf(standard);
    expect(zipEntryProblems(zipEntryNames(zip))).toEqual([]);
    expect(await validatePackage(unzipPackage(zip), { standard, lesson })).toEqual([]);
  });

  it('tells the lesson which API to use, and carries the lesson’s passing score', () => {
    const files = unzipPackage(zipOf(standard));
    expect(text(files.get('index.html') ?? new Uint8Array())).toContain(`<meta name="scorm-standard" content="${standard}" />`);
    const facts = readManifest(text(files.get('imsmanifest.xml') ?? new Uint8Array()));
    if (standard === '1.2') expect(Number(facts.masteryScore)).toBe(lesson.settings.passingScore);
    else expect(Number(facts.primaryObjective?.minNormalizedMeasure) * 100).toBeCloseTo(lesson.settings.passingScore, 9);
    expect([...files.keys()].some((f) => f.endsWith('.map'))).toBe(false);
    expect([...files.keys()].some((f) => /preview/i.test(f))).toBe(false);
  });
});

describe.skipIf(!existsSync(CHROMIUM))('the preview LMS in Chromium (needs /usr/bin/chromium)', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let base = '';

  beforeAll(async () => {
    await buildPreview(join(dir, 'preview'));
    server = createPreviewServer({
      preview: join(dir, 'preview'),
      packages: { scorm12: join(dir, 'build', 'scorm12'), scorm2004: join(dir, 'build', 'scorm2004') },
    });
    base = `http://127.0.0.1:${await listen(server, 0)}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  /** Runs in the lesson's frame: which LMS APIs its parent window offers. */
  const apiTypes = () => {
    const parent = window.parent as unknown as Record<string, unknown>;
    return { API: typeof parent.API, API_1484_11: typeof parent.API_1484_11 };
  };
  const announced = (pattern: RegExp) =>
    page.waitForFunction((source) => new RegExp(source).test(document.getElementById('announce')?.textContent ?? ''), pattern.source, { timeout: 20_000 });
  const logged = (call: string) =>
    page.waitForFunction((name) => [...document.querySelectorAll('#log tr')].some((tr) => tr.children[1]?.textContent === name && tr.children[3]?.textContent === '"true"'), call, {
      timeout: 20_000,
    });

  it('hosts the 2004 package with API_1484_11 and the lesson initializes against it', async () => {
    await page.goto(`${base}/?standard=2004`);
    await announced(/SCORM 2004: attempt 1, entry "ab-initio", mode "normal"/);
    await logged('Initialize');
    const frame = page.frames().find((f) => f.url().includes('/sco/scorm2004/'));
    expect(await frame?.evaluate(apiTypes)).toEqual({ API: 'undefined', API_1484_11: 'object' });
  }, 60_000);

  it('resumes the attempt after End and relaunch', async () => {
    await page.click('#relaunch');
    await announced(/SCORM 2004: attempt 1, entry "resume"/);
    await logged('Initialize');
  }, 60_000);

  it('shows a refused commit with its error code', async () => {
    await page.click('#refuse');
    expect(await page.getAttribute('#refuse', 'aria-pressed')).toBe('true');
    const frame = page.frames().find((f) => f.url().includes('/sco/scorm2004/'));
    expect(await frame?.evaluate(() => (window.parent as unknown as { API_1484_11: { Commit(p: string): string } }).API_1484_11.Commit(''))).toBe('false');
    await page.waitForFunction(() => document.querySelector('#log tr')?.textContent?.includes('391'));
    await page.click('#refuse');
  }, 60_000);

  it('switches to the 1.2 package with API', async () => {
    await page.check('input[value="1.2"]');
    await announced(/SCORM 1\.2: attempt 1/);
    await logged('LMSInitialize');
    const frame = page.frames().find((f) => f.url().includes('/sco/scorm12/'));
    expect(await frame?.evaluate(apiTypes)).toEqual({ API: 'object', API_1484_11: 'undefined' });
  }, 60_000);

  it('has no axe violations on the preview page itself', async () => {
    await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run({ exclude: [['#sco']] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.length}`);
    });
    expect(violations).toEqual([]);
  }, 60_000);
});
