/**
 * Write the simulated class of 25 in every format the report reads, to try the class report by hand:
 *   npx tsx tests/report/write-samples.ts <folder>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { classOf25, realLesson } from './class.ts';
import { moodleTable, moodleText, moodleXlsx, previewClass, scormCloud } from './simulate.ts';

export function writeSamples(dir: string): Record<string, string> {
  const { lesson } = realLesson();
  const learners = classOf25(lesson);
  mkdirSync(dir, { recursive: true });
  const files: Record<string, string | Uint8Array> = {
    'moodle-interactions.txt': moodleText(moodleTable(lesson, learners, { standard: '1.2', columns: 'all' })),
    'moodle-interactions-default.txt': moodleText(moodleTable(lesson, learners, { standard: '1.2', columns: 'default' })),
    'moodle-interactions.xlsx': moodleXlsx(moodleTable(lesson, learners, { standard: '1.2', columns: 'all' })),
    'scorm-cloud-registrations.json': scormCloud(lesson, learners),
    'preview-class.json': previewClass(lesson, learners, '2004'),
  };
  const paths: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) {
    paths[name] = join(dir, name);
    writeFileSync(paths[name], data);
  }
  return paths;
}

if (process.argv[1]?.endsWith('write-samples.ts')) {
  const dir = resolve(process.argv[2] ?? 'class-samples');
  writeSamples(dir);
  console.log(`Simulated class of 25 written to ${dir}`);
}
