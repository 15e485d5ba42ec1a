/**
 * A package as an in-memory map from its path ("assets/x.js", always "/"-separated, relative to the root)
 * to its bytes. Staging, validation and zipping all work on this one shape, so the very bytes that were
 * checked are the bytes that get written.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

export type PackageFiles = Map<string, Uint8Array>;

/** Read a folder recursively into a PackageFiles map, keys sorted. */
export function readTree(root: string): PackageFiles {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) found.push(full);
      else throw new Error(`${full}: not a plain file or folder (a link?); a package holds only plain files.`);
    }
  };
  walk(root);
  const files: PackageFiles = new Map();
  for (const full of found.sort()) {
    files.set(relative(root, full).split(sep).join('/'), new Uint8Array(readFileSync(full)));
  }
  return files;
}

/** Replace a folder's contents with exactly these files. */
export function writeTree(root: string, files: PackageFiles): void {
  rmSync(root, { recursive: true, force: true });
  for (const [path, bytes] of files) {
    const full = join(root, ...path.split('/'));
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, bytes);
  }
}

const decoder = new TextDecoder('utf-8', { fatal: false });
const encoder = new TextEncoder();

export function text(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

export function bytes(value: string): Uint8Array {
  return encoder.encode(value);
}
