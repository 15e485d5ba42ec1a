/**
 * One build for every test file and run that needs the real packages: `vite build`, both zips (checked),
 * unpacked, and the preview LMS page, made once and kept under node_modules/.cache/lesson-build/<key>, where
 * <key> is a hash of everything the build reads. A second file (in another worker) or a later run with the
 * same sources reuses it; a change to any source makes a new one. Workers that ask at the same time wait
 * for the one that builds (a lock folder), instead of building twice on a 2-core machine.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadLesson } from '../../src/content/load.ts';
import { buildAll, type Built } from './browser-harness.ts';
import { PROJECT_ROOT } from './project-root.ts';
import { slug, STANDARDS, type Standard } from './standard.ts';

/** What the build reads: the app, its content, the packager and preview, and the installed versions. */
const INPUTS = ['src', 'lessons', 'quizzes', 'scorm', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package-lock.json'];
const CACHE = join(PROJECT_ROOT, 'node_modules', '.cache', 'lesson-build');
/** A lock older than this was left by a run that died. */
const STALE_LOCK_MS = 10 * 60_000;

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

/** A hash of every input file's path and bytes. */
export function buildKey(root = PROJECT_ROOT): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((input) => filesUnder(join(root, input)))) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function fromCache(dir: string): Built {
  const zips = {} as Record<Standard, string>;
  const unzipped = {} as Record<Standard, string>;
  const names = JSON.parse(readFileSync(join(dir, 'done.json'), 'utf8')) as Record<Standard, string>;
  for (const standard of STANDARDS) {
    zips[standard] = join(dir, 'packages', names[standard]);
    unzipped[standard] = join(dir, 'unzipped', slug(standard));
  }
  // Shared: a test must not delete it; the next change of sources replaces it.
  return { dir, lesson: loadLesson(PROJECT_ROOT), zips, unzipped, preview: join(dir, 'preview'), cleanup: () => undefined };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The shared build for the current sources, building it if no worker has yet. */
export async function sharedBuild(): Promise<Built> {
  const key = buildKey();
  const dir = join(CACHE, key);
  const lock = `${dir}.lock`;
  mkdirSync(CACHE, { recursive: true });
  for (;;) {
    if (existsSync(join(dir, 'done.json'))) return fromCache(dir);
    try {
      mkdirSync(lock);
    } catch {
      // Another worker is building: wait for it (or take over a lock its run left behind).
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      if (existsSync(join(dir, 'done.json'))) return fromCache(dir);
      // Older builds are for sources that no longer exist.
      for (const old of readdirSync(CACHE)) if (!old.endsWith('.lock')) rmSync(join(CACHE, old), { recursive: true, force: true });
      const work = `${dir}.work`;
      rmSync(work, { recursive: true, force: true });
      const built = await buildAll({ dir: work });
      const names = Object.fromEntries(STANDARDS.map((s) => [s, relative(join(work, 'packages'), built.zips[s])]));
      writeFileSync(join(work, 'done.json'), `${JSON.stringify(names)}\n`);
      renameSync(work, dir);
      return fromCache(dir);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
