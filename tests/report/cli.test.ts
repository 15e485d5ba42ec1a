// @vitest-environment node
/** `npm run report`: prints the tables, writes the promised JSON, and says why a file cannot be read. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../scorm/report/main.ts';
import { classOf25, enc, realLesson } from './class.ts';
import { moodleTable, moodleXlsx, scormCloud } from './simulate.ts';

const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  try {
    return { code: main(args), out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('npm run report', () => {
  let xlsx: string;
  let cloud: string;
  let items: string;
  beforeAll(() => {
    const { lesson, bank } = realLesson();
    // The class was simulated on the test's form of the lesson: the report reads that item bank.
    items = join(dir, 'items.json');
    writeFileSync(items, JSON.stringify(bank));
    const learners = classOf25(lesson);
    xlsx = join(dir, 'interactions.xlsx');
    writeFileSync(xlsx, moodleXlsx(moodleTable(lesson, learners, { standard: '1.2', columns: 'all' })));
    cloud = join(dir, 'registrations.json');
    writeFileSync(cloud, enc(scormCloud(lesson, learners)));
  });

  it('prints the tables and writes { items, sections, learners } with --json', () => {
    const json = join(dir, 'out.json');
    const { code, out } = run([xlsx, '--json', json, '--items', items]);
    expect(code).toBe(0);
    expect(out).toMatch(/Learners: 25 \(22 finished, 2 not finished, 1 never started\); question figures use 22\./);
    expect(out).toMatch(/^Questions/m);
    expect(out).toMatch(/Cronbach's α over 25 checks, 22 learners/);
    const figures = JSON.parse(readFileSync(json, 'utf8')) as { items: { id: string; facility: number; discrimination: number | null; answers: Record<string, number> }[]; sections: unknown[]; learners: unknown[] };
    expect(figures.items).toHaveLength(25);
    expect(figures.sections).toHaveLength(5);
    expect(figures.learners).toHaveLength(25);
    for (const item of figures.items) {
      expect([item.id, Object.values(item.answers).reduce((a, b) => a + b, 0)]).toEqual([item.id, 22]);
      expect(item.facility).toBeGreaterThanOrEqual(0);
    }
  });

  it('gives the same figures from the Moodle Excel download and the SCORM Cloud JSON', () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    run([xlsx, '--json', a]);
    run([cloud, '--json', b]);
    const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as { items: unknown; sections: unknown };
    expect(read(b).items).toEqual(read(a).items);
    expect(read(b).sections).toEqual(read(a).sections);
  });

  it('says why a file cannot be read, and fails', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"registrations": [');
    const { code, err } = run([bad]);
    expect(code).toBe(1);
    expect(err).toMatch(/Cannot read bad\.json: this JSON file is damaged/);
    expect(() => run([])).toThrow(/No export file given/);
  });
});
