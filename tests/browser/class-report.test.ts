// @vitest-environment node
/**
 * The class report as a teacher uses it: class-report.html from the teacher kit opened from the file
 * system in Chromium, an export chosen with the file input or dropped on the page, the tables read, axe
 * run, and every request the page makes recorded (there must be none beyond the page itself).
 * Skipped without Chromium, as the other browser tests are (a failure in CI).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realLesson } from '../report/class.ts';
import { analyseClass, readExport } from '../../src/report/index.ts';
import { writeTeacherKit } from '../../scorm/teacher/kit.ts';
import { writeSamples } from '../report/write-samples.ts';
import { axeViolations } from './axe.ts';
import { hasChromium, inCI, MISSING_CHROMIUM, ROOT } from '../../scorm/lib/browser-harness.ts';
import { closeContexts, workerChromium } from './worker-chromium.ts';

describe('Chromium for the class report test', () => {
  it('is installed (required in CI)', () => {
    if (!hasChromium && inCI) throw new Error(MISSING_CHROMIUM);
  });
});

describe.skipIf(!hasChromium)('class-report.html opened from the file system', () => {
  let dir: string;
  let pageUrl: string;
  let kitDir: string;
  let samples: Record<string, string>;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  /** The pages the test itself opened: the only requests allowed. */
  const opened: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'class-report-'));
    // The lesson in the form the simulated class was written for (tests/report/class.ts).
    const kit = await writeTeacherKit(realLesson().lesson, dir, { root: ROOT, pdf: false });
    kitDir = kit.dir;
    pageUrl = pathToFileURL(join(kit.dir, 'class-report.html')).href;
    opened.push(pageUrl);
    samples = writeSamples(join(dir, 'exports'));
    browser = await workerChromium();
  }, 120_000);

  afterAll(async () => {
    await closeContexts(browser);
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(): Promise<void> {
    page = await browser.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await page.goto(pageUrl);
  }

  /** Drop files on the page as a file manager does: a drop event carrying them. */
  async function dropFiles(files: { name: string; bytes: Buffer }[]): Promise<void> {
    const list = files.map((f) => ({ name: f.name, base64: f.bytes.toString('base64') }));
    const transfer = await page.evaluateHandle((given) => {
      const dt = new DataTransfer();
      for (const f of given) dt.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
      return dt;
    }, list);
    await page.dispatchEvent('#drop', 'dragenter', { dataTransfer: transfer });
    await page.dispatchEvent('#drop', 'drop', { dataTransfer: transfer });
  }

  const rowsOf = (caption: string) => page.locator('table', { has: page.locator('caption', { hasText: caption }) }).locator('tbody tr');

  it('reads a Moodle Excel download chosen with the file input and shows every table', async () => {
    await open();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^Class report: The 1941 Japan–Soviet Neutrality Pact/);
    await page.getByLabel('Choose export files from your LMS').setInputFiles(samples['moodle-interactions.xlsx']!);
    await page.getByRole('status').filter({ hasText: 'Report ready: 25 learners' }).waitFor();
    // Focus moves to the report so a keyboard or screen-reader user lands on it.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('summary-title');
    await expect(page.locator('.counts').innerText()).resolves.toMatch(/25\s+learners\s+22\s+finished\s+2\s+started, not finished\s+1\s+never opened it/);

    await expect(rowsOf('Questions, with facility').count()).resolves.toBe(25);
    const khalkhin = rowsOf('Questions, with facility').filter({ hasText: 'context_khalkhin_where' });
    const cells = await khalkhin.locator('td').allInnerTexts();
    expect(cells.slice(1, 4)).toEqual(['82%', '91%', '0.70']);
    expect(cells[5]).toMatch(/^On the border between the Soviet Union and Finland \(4\)/);

    await expect(rowsOf('Learners by sections').count()).resolves.toBe(25);
    const hana = await rowsOf('Learners by sections').filter({ hasText: 'Hana H.' }).locator('td').allInnerTexts();
    expect(hana).toEqual(['Not reached', 'Not reached', 'Not reached', 'Not reached', 'Not reached']);
    const learners = rowsOf("Each learner's score");
    await expect(learners.filter({ hasText: 'Dana D.' }).locator('td').first().innerText()).resolves.toBe('Started, not finished (no score yet)');
    await expect(learners.filter({ hasText: 'Hana H.' }).locator('td').first().innerText()).resolves.toBe('Never opened the lesson');
    await expect(page.getByText(/α = 0\.93: satisfactory/).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('article.slip').count()).resolves.toBeGreaterThan(0);
  });

  it('has no accessibility violations (axe, WCAG 2.1 AA) with the report shown', async () => {
    await page.locator('details summary').first().click();
    expect(await axeViolations(page.mainFrame())).toEqual([]);
  });

  it('prints the class summary on one page', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#questions-title').isVisible()).resolves.toBe(false);
    await expect(page.locator('#summary-title').isVisible()).resolves.toBe(true);
    const pdf = Buffer.from(await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    await page.emulateMedia({ media: 'screen' });
  });

  it('prints a reteach slip for each learner with something to revisit or finish, and nothing else', async () => {
    // What the "Print reteach slips" button sets before it calls print().
    await page.evaluate(() => {
      document.body.dataset.print = 'slips';
    });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#summary-title').isVisible()).resolves.toBe(false);
    const slips = page.locator('article.slip');
    // Exactly the learners the report's own figures (worked out in Node from the same file) give
    // something to revisit, or who have not finished.
    const report = analyseClass(realLesson().bank, [readExport('moodle-interactions.xlsx', new Uint8Array(readFileSync(samples['moodle-interactions.xlsx']!)))]);
    const needing = report.learners.filter((l) => l.progress !== 'finished' || l.revisit.length > 0).map((l) => l.name);
    expect(needing.length).toBeGreaterThan(2);
    expect(needing.length).toBeLessThan(report.learners.length);
    await expect(slips.locator('h3').allInnerTexts()).resolves.toEqual(needing);
    await expect(slips.filter({ hasText: 'Hana H.' }).innerText()).resolves.toMatch(/Never opened the lesson\.\s+Please open the lesson/);
    await expect(slips.filter({ hasText: 'Aiko A.' }).innerText()).resolves.toMatch(/Reread: Old rivals on a long border/);
    await expect(slips.first().isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => {
      delete document.body.dataset.print;
    });
  });

  it('reads SCORM Cloud and preview files dropped on the page together, and says why a damaged one is not read', async () => {
    await page.close();
    await open();
    const bytes = (p: string): Buffer => readFileSync(p);
    await dropFiles([
      { name: 'scorm-cloud-registrations.json', bytes: bytes(samples['scorm-cloud-registrations.json']!) },
      { name: 'broken.json', bytes: bytes(samples['preview-class.json']!).slice(0, 500) },
    ]);
    await page.getByRole('status').filter({ hasText: 'Report ready: 25 learners from scorm-cloud-registrations.json' }).waitFor();
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/broken\.json could not be read: this JSON file is damaged/);
    await expect(rowsOf('Questions, with facility').count()).resolves.toBe(25);
    expect(await axeViolations(page.mainFrame())).toEqual([]);
  });

  it("says what to tick when Moodle's default download is dropped", async () => {
    await dropFiles([{ name: 'moodle-interactions-default.txt', bytes: readFileSync(samples['moodle-interactions-default.txt']!) }]);
    await page.getByRole('status').filter({ hasText: 'moodle-interactions-default.txt' }).waitFor();
    await expect(page.locator('.notice-error').first().innerText()).resolves.toMatch(/tick "Summary of question", "Right answer" and "Result"/);
    expect(await axeViolations(page.mainFrame())).toEqual([]);
  });

  it('has a teacher guide with no accessibility violations, that asks for nothing either', async () => {
    const guide = pathToFileURL(join(kitDir, 'teacher-guide.html')).href;
    await page.close();
    await open();
    await page.goto(guide);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^Teacher guide: /);
    expect(await axeViolations(page.mainFrame())).toEqual([]);
    opened.push(guide);
  });

  it('made no request beyond the pages themselves, and logged no error', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !opened.includes(u))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
