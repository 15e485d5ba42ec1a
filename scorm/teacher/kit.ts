/**
 * The teacher kit: packages/<id>-<version>-teacher/ and its zip, written beside the learner packages and
 * never inside one (everything in a SCO is served to students, and the kit holds the answers).
 *
 *   items.json           the item bank: every check, its answers in both SCORM versions' codes
 *   teacher-guide.html   the guide (and teacher-guide.pdf when Chromium can print here)
 *   class-report.html    the class report, one self-contained page that works from the file system
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import type { Lesson } from '../../src/content/model.ts';
import { CHROMIUM, launchChromium } from '../lib/chromium.ts';
import { zipName } from '../lib/standard.ts';
import { buildItemBank } from './build-item-bank.ts';
import { teacherGuideHtml } from './guide.ts';
import { bundleReportPage, classReportHtml } from './report-page.ts';

export interface TeacherKit {
  readonly dir: string;
  readonly zipPath: string;
  readonly files: readonly string[];
  /** Why there is no PDF, when there is none. */
  readonly pdfProblem: string | null;
}

export interface KitOptions {
  /** Project root, for building the report page (default: the current directory). */
  readonly root?: string;
  /** Print the guide to PDF with Chromium (default true; skipped with a reason when Chromium is missing). */
  readonly pdf?: boolean;
}

export function kitName(lesson: Pick<Lesson, 'id' | 'version'>): string {
  return `${lesson.id}-${lesson.version}-teacher`;
}

/** Print an HTML file to PDF in Debian's Chromium, offline (the guide's own policy forbids every request). */
async function printPdf(htmlPath: string, pdfPath: string): Promise<string | null> {
  if (!existsSync(CHROMIUM)) return `Chromium is not installed at ${CHROMIUM}, so no PDF was printed (open teacher-guide.html and print it from the browser).`;
  const browser = await launchChromium(CHROMIUM);
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(htmlPath).href);
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
    return null;
  } catch (error) {
    return `Chromium could not print the guide (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`;
  } finally {
    await browser.close();
  }
}

export async function writeTeacherKit(lesson: Lesson, outDir: string, options: KitOptions = {}): Promise<TeacherKit> {
  const name = kitName(lesson);
  const dir = join(outDir, name);
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });

  const bank = buildItemBank(lesson);
  const files = { scorm12: zipName(lesson, '1.2'), scorm2004: zipName(lesson, '2004') };
  writeFileSync(join(partial, 'items.json'), `${JSON.stringify(bank, null, 2)}\n`);
  writeFileSync(join(partial, 'teacher-guide.html'), teacherGuideHtml(lesson, bank, files));
  writeFileSync(join(partial, 'class-report.html'), classReportHtml(bank, await bundleReportPage(options.root ?? process.cwd())));
  const pdfProblem = options.pdf === false ? 'PDF not asked for.' : await printPdf(join(partial, 'teacher-guide.html'), join(partial, 'teacher-guide.pdf'));

  // Swap the whole folder in at once: a kit on disk is always a complete one.
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  const names = ['items.json', 'teacher-guide.html', 'class-report.html', ...(pdfProblem === null ? ['teacher-guide.pdf'] : [])];
  const zipPath = join(outDir, `${name}.zip`);
  writeFileSync(zipPath, zipSync(Object.fromEntries(names.map((f) => [`${name}/${f}`, new Uint8Array(readFileSync(join(dir, f)))]))));
  return { dir, zipPath, files: names, pdfProblem };
}
