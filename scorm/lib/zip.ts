/**
 * Write and read package zips with fflate. Entries are sorted (manifest first), use "/" separators, and get
 * a fixed timestamp, so the same build gives byte-identical zips. Formats that are compressed already are
 * stored, the rest deflated.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { PackageFiles } from './files.ts';
import { MANIFEST_FILE } from './manifest.ts';
import { pathSetProblems } from './names.ts';

/** 2000-01-01: any fixed date after 1980 (the zip format's epoch) keeps builds reproducible. */
const FIXED_MTIME = new Date(Date.UTC(2000, 0, 1));
const STORED = /\.(?:png|jpe?g|gif|webp|avif|woff2?|mp3|mp4|webm|ogg|zip|gz)$/i;

export function entryOrder(paths: Iterable<string>): string[] {
  return [...paths].sort((a, b) => {
    if (a === MANIFEST_FILE) return -1;
    if (b === MANIFEST_FILE) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

export function zipPackage(files: PackageFiles): Uint8Array {
  const input: Zippable = {};
  for (const path of entryOrder(files.keys())) {
    const data = files.get(path);
    if (!data) continue;
    input[path] = [data, { level: STORED.test(path) ? 0 : 9, mtime: FIXED_MTIME }];
  }
  return zipSync(input);
}

/** The entry names exactly as stored in the zip, directories included, in stored order. */
export function zipEntryNames(zip: Uint8Array): string[] {
  const names: string[] = [];
  unzipSync(zip, {
    filter: (file) => {
      names.push(file.name);
      return false;
    },
  });
  return names;
}

/** Unzip into a PackageFiles map (directory entries dropped). */
export function unzipPackage(zip: Uint8Array): PackageFiles {
  const files: PackageFiles = new Map();
  for (const [name, data] of Object.entries(unzipSync(zip))) if (!name.endsWith('/')) files.set(name, data);
  return files;
}

/** Problems with a zip's entry names: the rules of names.ts, plus the manifest at the root. */
export function zipEntryProblems(names: readonly string[], options: { allowSourceMaps?: boolean } = {}): string[] {
  const files = names.filter((n) => !n.endsWith('/'));
  const dirs = names.filter((n) => n.endsWith('/')).map((n) => n.slice(0, -1));
  const problems = pathSetProblems([...files, ...dirs], options);
  if (!files.includes(MANIFEST_FILE)) problems.push(`The zip has no ${MANIFEST_FILE} at its root.`);
  if (new Set(names).size !== names.length) problems.push('The zip holds the same entry name twice.');
  return problems;
}
