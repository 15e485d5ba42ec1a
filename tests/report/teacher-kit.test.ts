// @vitest-environment node
/** The teacher kit that `npm run package` writes beside the zips: its files, the guide's parts, the zip. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lesson } from '../../src/content/model.ts';
import { allChecks } from '../../src/lesson/lookup.ts';
import type { ItemBank } from '../../src/report/index.ts';
import { writeTeacherKit, type TeacherKit } from '../../scorm/teacher/index.ts';
import { realLesson } from './class.ts';

const ROOT = join(import.meta.dirname, '../..');

describe('the teacher kit', () => {
  let dir: string;
  let kit: TeacherKit;
  let lesson: Lesson;
  let bank: ItemBank;
  let guide: string;
  let page: string;

  beforeAll(async () => {
    ({ lesson, bank } = realLesson());
    dir = mkdtempSync(join(tmpdir(), 'teacher-kit-'));
    kit = await writeTeacherKit(lesson, dir, { root: ROOT, pdf: false });
    guide = readFileSync(join(kit.dir, 'teacher-guide.html'), 'utf8');
    page = readFileSync(join(kit.dir, 'class-report.html'), 'utf8');
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is a folder named for the lesson and version, and a zip of it', () => {
    expect(kit.dir).toBe(join(dir, `neutrality-pact-${lesson.version}-teacher`));
    expect(kit.files).toEqual(['items.json', 'teacher-guide.html', 'class-report.html']);
    const zipped = Object.keys(unzipSync(new Uint8Array(readFileSync(kit.zipPath)))).sort();
    expect(zipped).toEqual(kit.files.map((f) => `neutrality-pact-${lesson.version}-teacher/${f}`).sort());
    expect(existsSync(`${kit.dir}.partial`)).toBe(false);
  });

  it('holds the item bank as items.json', () => {
    expect(JSON.parse(readFileSync(join(kit.dir, 'items.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(bank)));
  });

  it('has a guide with every part, and the answer to every check', () => {
    for (const heading of ['Objectives and how each is assessed', 'Lesson map', 'Answer key', 'Discussion questions', 'Document tasks', 'Support and extension', 'Which zip goes where', 'Reading the reports']) {
      expect(guide).toContain(`>${heading}</h2>`);
    }
    for (const check of allChecks(lesson)) {
      const item = bank.items.find((i) => i.id === check.id)!;
      expect(guide).toContain(`id ${check.id})`);
      expect(guide).toContain(check.explanation.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
      if (item.options) for (const o of item.options.filter((o) => item.correct.response.includes(o.id))) expect(guide).toContain(`<strong>✓ ${o.text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')} (right)</strong>`);
    }
    // The lesson map's minutes add up to the lesson's estimate (give or take rounding).
    const minutes = [...guide.matchAll(/<tr><th scope="row">[^<]+<\/th><td>(\d+)<\/td>/g)].map((m) => Number(m[1]));
    expect(minutes).toHaveLength(5);
    expect(Math.abs(minutes.reduce((a, b) => a + b, 0) - lesson.estimatedMinutes)).toBeLessThanOrEqual(2);
    // Each section's minutes are the lesson's own estimate for it, the figure the start screen adds up.
    expect(minutes).toEqual(lesson.sections.map((s) => s.estimate?.minutes));
    // The debates are the content's discussion questions; what the content lacks is marked, not invented.
    expect(guide).toContain('When the USSR attacked Japan on 9 August 1945, did it break the Neutrality Pact?');
    // The lesson's look-closer tasks are the document tasks, each with the historian's reading as model answer.
    const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const tasks = lesson.sections.flatMap((s) => Object.values(s.visuals).filter((v) => v.kind === 'look-closer'));
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) {
      expect(guide).toContain(`<p><strong>${esc(task.question)}</strong></p>`);
      expect(guide).toContain(`(the historian's reading the learner compares with):</em> ${esc(task.historian)}`);
      for (const o of task.options) expect(guide).toContain(`${esc(o.text)}: <em>${esc(o.note)}</em>`);
    }
    expect(guide).not.toMatch(/Not yet in the lesson content:<\/strong> document tasks/);
    expect(guide).toContain(`neutrality-pact-${lesson.version}-scorm12.zip`);
  });

  it('has a class report page that asks for nothing from anywhere', () => {
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'; img-src data:/);
    expect(page).not.toMatch(/\s(src|href)="(?!data:|#)/);
    expect(page).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(page).toContain('<script type="application/json" id="item-bank">');
  });
});
