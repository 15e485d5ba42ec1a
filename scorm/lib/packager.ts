/**
 * The packager: build the lesson once, stage a SCORM 1.2 and a SCORM 2004 package from that build, check
 * both completely, and only then write the staging folders and the zips. Any problem stops it before a
 * single file is written, so a broken package never reaches a teacher's disk.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLesson } from '../../src/content/load.ts';
import { buildLesson } from './build-lesson.ts';
import { readTree, writeTree, type PackageFiles } from './files.ts';
import { stagePackage } from './stage.ts';
import { label, slug, STANDARDS, zipName, type PackageLesson, type Standard } from './standard.ts';
import { validatePackage } from './validate-package.ts';
import { unzipPackage, zipEntryNames, zipEntryProblems, zipPackage } from './zip.ts';

export interface PackagerOptions {
  /** Project root (where vite.config.ts, lessons/ and quizzes/ are). */
  readonly root: string;
  readonly lessonId?: string;
  /** Use this lesson instead of loading lessons/<lessonId> (tests). */
  readonly lesson?: PackageLesson;
  /** Where the one build goes. Default <root>/dist. */
  readonly distDir?: string;
  /** Staged packages go to <stageRoot>/scorm12 and <stageRoot>/scorm2004. Default <root>/build. */
  readonly stageRoot?: string;
  /** Where the zips go; null stages only (the preview). Default <root>/packages. */
  readonly outDir?: string | null;
  /** Keep source maps in the build and the packages. Default false. */
  readonly sourcemap?: boolean;
  /** Use the build already in distDir. */
  readonly skipBuild?: boolean;
}

export interface PackageResult {
  readonly standard: Standard;
  readonly stageDir: string;
  readonly zipPath: string | null;
  readonly zipBytes: number | null;
  readonly fileCount: number;
}

/** A package failed its checks: every problem, grouped by package, ready to print. */
export class PackagingError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Packaging stopped; nothing was written.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PackagingError';
  }
}

export async function runPackager(options: PackagerOptions): Promise<{ lesson: PackageLesson; packages: PackageResult[] }> {
  const root = options.root;
  const distDir = options.distDir ?? join(root, 'dist');
  const stageRoot = options.stageRoot ?? join(root, 'build');
  const outDir = options.outDir === undefined ? join(root, 'packages') : options.outDir;
  const sourcemap = options.sourcemap ?? false;

  // Content errors are reported by the loader with every file and field at fault.
  const lesson = options.lesson ?? loadLesson(root, options.lessonId);
  if (!options.skipBuild) await buildLesson({ root, outDir: distDir, sourcemap });
  const build = readTree(distDir);

  const staged = new Map<Standard, { files: PackageFiles; zip: Uint8Array | null }>();
  const problems: string[] = [];
  for (const standard of STANDARDS) {
    const files = stagePackage(build, lesson, standard);
    const found = await validatePackage(files, { standard, lesson, allowSourceMaps: sourcemap });
    const zip = outDir === null ? null : zipPackage(files);
    if (zip) found.push(...zipProblems(zip, files, sourcemap));
    problems.push(...found.map((p) => `${label(standard)}: ${p}`));
    staged.set(standard, { files, zip });
  }
  if (problems.length > 0) throw new PackagingError(problems);

  const packages: PackageResult[] = [];
  for (const [standard, { files, zip }] of staged) {
    const stageDir = join(stageRoot, slug(standard));
    writeTree(stageDir, files);
    let zipPath: string | null = null;
    if (zip && outDir !== null) {
      mkdirSync(outDir, { recursive: true });
      zipPath = join(outDir, zipName(lesson, standard));
      // Write beside, then rename: a zip at the final name is always a whole, checked one.
      const partial = `${zipPath}.partial`;
      writeFileSync(partial, zip);
      renameSync(partial, zipPath);
    }
    packages.push({ standard, stageDir, zipPath, zipBytes: zip?.length ?? null, fileCount: files.size });
  }
  return { lesson, packages };
}

/** The zip as it will be written: legal entry names, and unzipping it gives back exactly the checked files. */
function zipProblems(zip: Uint8Array, files: PackageFiles, allowSourceMaps: boolean): string[] {
  const problems = zipEntryProblems(zipEntryNames(zip), { allowSourceMaps });
  const back = unzipPackage(zip);
  const same =
    back.size === files.size &&
    [...files].every(([path, data]) => {
      const other = back.get(path);
      return other !== undefined && other.length === data.length && other.every((v, i) => v === data[i]);
    });
  if (!same) problems.push('The zip does not unpack to exactly the checked files.');
  return problems;
}
