// @vitest-environment node
/**
 * End to end with the real lesson, from the one shared build (scorm/lib/shared-build.ts: `vite build`
 * once per change of sources, both zips written by the packager): the zips unpacked and checked in full;
 * then the preview LMS served over them and driven in headless Chromium (skipped, saying so, where
 * Debian's Chromium is not installed).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, ROOT as root, type Built } from '../../scorm/lib/browser-harness.ts';
import { closeContexts, workerChromium } from '../browser/worker-chromium.ts';
import { text } from '../../scorm/lib/files.ts';
import { readManifest } from '../../scorm/lib/manifest-read.ts';
import { sharedBuild } from '../../scorm/lib/shared-build.ts';
import { createPreviewServer, listen } from '../../scorm/preview/server.ts';
import { slug, STANDARDS, type Standard } from '../../scorm/lib/standard.ts';
import { validatePackage } from '../../scorm/lib/validate-package.ts';
import { unzipPackage, zipEntryNames, zipEntryProblems } from '../../scorm/lib/zip.ts';

let built: Built;

beforeAll(async () => {
  built = await sharedBuild();
}, 300_000);

function zipOf(standard: Standard): Uint8Array {
  return new Uint8Array(readFileSync(built.zips[standard]));
}

describe.each(STANDARDS)('the real lesson, SCORM %s zip', (standard) => {
  it('is written under the lesson id, version and standard', () => {
    const { lesson } = built;
    const name = `${lesson.id}-${lesson.version}-${standard === '1.2' ? 'scorm12' : 'scorm2004'}.zip`;
    expect(basename(built.zips[standard])).toBe(name);
    expect(existsSync(built.zips[standard])).toBe(true);
  });

  it('unzips to a package that passes every check', async () => {
    const zip = zipOf(standard);
    expect(zipEntryProblems(zipEntryNames(zip))).toEqual([]);
    expect(await validatePackage(unzipPackage(zip), { standard, lesson: built.lesson })).toEqual([]);
  });

  it('tells the lesson which API to use, and carries the lesson’s passing score', () => {
    const { lesson } = built;
    const files = unzipPackage(zipOf(standard));
    expect(text(files.get('index.html') ?? new Uint8Array())).toContain(`<meta name="scorm-standard" content="${standard}" />`);
    const facts = readManifest(text(files.get('imsmanifest.xml') ?? new Uint8Array()));
    if (standard === '1.2') expect(Number(facts.masteryScore)).toBe(lesson.settings.passingScore);
    else expect(Number(facts.primaryObjective?.minNormalizedMeasure) * 100).toBeCloseTo(lesson.settings.passingScore, 9);
    expect([...files.keys()].some((f) => f.endsWith('.map'))).toBe(false);
    expect([...files.keys()].some((f) => /preview/i.test(f))).toBe(false);
  });
});

describe.skipIf(!hasChromium)('the preview LMS in Chromium (needs Debian\'s Chromium)', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let base = '';

  beforeAll(async () => {
    server = createPreviewServer({
      preview: built.preview,
      packages: Object.fromEntries(STANDARDS.map((standard) => [slug(standard), built.unzipped[standard]])),
    });
    base = `http://127.0.0.1:${await listen(server, 0)}`;
    browser = await workerChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  }, 120_000);

  afterAll(async () => {
    await closeContexts(browser);
    server?.close();
  });

  /** Runs in the lesson's frame: which LMS APIs its parent window offers. */
  const apiTypes = () => {
    const parent = window.parent as unknown as Record<string, unknown>;
    return { API: typeof parent.API, API_1484_11: typeof parent.API_1484_11 };
  };
  const announced = (pattern: RegExp) =>
    page.waitForFunction((source) => new RegExp(source).test(document.getElementById('announce')?.textContent ?? ''), pattern.source, { timeout: 20_000 });
  /** Runs in the preview page: how many times the lesson has made this call and had "true" back. */
  const successes = (name: string) =>
    (window as unknown as { __preview: { calls(): { call: string; result: string }[] } }).__preview.calls().filter((c) => c.call === name && c.result === 'true').length;
  const timesSucceeded = (call: string) => page.evaluate(successes, call);
  /**
   * Waits for one more successful call than `before`. The preview announces a launch as it points the
   * frame at the lesson, before the lesson has loaded, so "Initialize" must be counted, not just seen in
   * the log: after a relaunch the log still shows the first launch's Initialize.
   */
  const logged = (call: string, before = 0) => page.waitForFunction(`(${successes.toString()})(${JSON.stringify(call)}) > ${before}`, undefined, { timeout: 20_000 });

  it('hosts the 2004 package with API_1484_11 and the lesson initializes against it', async () => {
    await page.goto(`${base}/?standard=2004`);
    await announced(/SCORM 2004: attempt 1, entry "ab-initio", mode "normal"/);
    await logged('Initialize');
    const frame = page.frames().find((f) => f.url().includes('/sco/scorm2004/'));
    expect(await frame?.evaluate(apiTypes)).toEqual({ API: 'undefined', API_1484_11: 'object' });
  }, 60_000);

  it('resumes the attempt after End and relaunch', async () => {
    const before = await timesSucceeded('Initialize');
    await page.click('#relaunch');
    await announced(/SCORM 2004: attempt 1, entry "resume"/);
    await logged('Initialize', before);
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
