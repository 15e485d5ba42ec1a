/**
 * `npm run package`: write the SCORM 1.2 and SCORM 2004 zips of the lesson and say where they are.
 *
 *   --out <dir>     where the zips go (default packages/)
 *   --sourcemap     keep source maps in the build and the zips (default: left out)
 *   --skip-build    package the build already in dist/
 */
import { relative, resolve } from 'node:path';
import { ContentError } from '../../src/content/errors.ts';
import { PackagingError, runPackager } from '../lib/packager.ts';
import { label } from '../lib/standard.ts';
import { PROJECT_ROOT } from '../lib/project-root.ts';
import { packageTeacherKit } from '../teacher/index.ts';

const root = PROJECT_ROOT;

function parseArgs(argv: readonly string[]): { outDir?: string; sourcemap: boolean; skipBuild: boolean } {
  const args = { sourcemap: false, skipBuild: false } as { outDir?: string; sourcemap: boolean; skipBuild: boolean };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--sourcemap') args.sourcemap = true;
    else if (arg === '--skip-build') args.skipBuild = true;
    else if (arg === '--out' && argv[i + 1]) args.outDir = resolve(argv[++i] ?? '');
    else throw new Error(`Unknown option "${arg ?? ''}". Options: --out <dir>, --sourcemap, --skip-build.`);
  }
  return args;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  console.log('Building the lesson and its SCORM packages…');
  const { lesson, packages } = await runPackager({ root, ...args });
  const rows = packages.map((p) => [label(p.standard), relative(process.cwd(), p.zipPath ?? p.stageDir), kb(p.zipBytes ?? 0), `${p.fileCount} files`]);
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  console.log(`\n${lesson.title} ${lesson.version}: both packages passed every check.\n`);
  for (const row of rows) {
    const cells = row.map((cell, c) => (c === 2 ? cell.padStart(widths[c] ?? 0) : c < 3 ? cell.padEnd(widths[c] ?? 0) : cell));
    console.log(`  ${cells.join('   ')}`);
  }
  console.log('\nSCORM 1.2 plays in the most LMSs; SCORM 2004 reports more detail. Try both first with `npm start`.');
  await packageTeacherKit(root, args.outDir);
}

main().catch((error: unknown) => {
  if (error instanceof PackagingError || error instanceof ContentError) console.error(`\n${error.message}`);
  else console.error('\nPackaging failed; nothing was written.\n', error);
  process.exitCode = 1;
});
