/** The package command's one call: write the teacher kit beside the zips and say where it is. */
import { join, relative } from 'node:path';
import { loadLesson } from '../../src/content/load.ts';
import { writeTeacherKit } from './kit.ts';

export { writeTeacherKit, kitName, type TeacherKit } from './kit.ts';

export async function packageTeacherKit(root: string, outDir?: string): Promise<void> {
  const kit = await writeTeacherKit(loadLesson(root), outDir ?? join(root, 'packages'), { root });
  console.log(`\nTeacher kit (never upload it as a learner package): ${relative(process.cwd(), kit.dir)}/ and ${relative(process.cwd(), kit.zipPath)}`);
  console.log(`  ${kit.files.join(', ')}`);
  if (kit.pdfProblem) console.log(`  ${kit.pdfProblem}`);
}
