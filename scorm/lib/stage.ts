/**
 * Assemble one package in memory from the one build: the built files, the launch page tagged with the
 * standard it speaks, the official control documents at the root, and a manifest listing every built file.
 */
import { bytes, text, type PackageFiles } from './files.ts';
import { LAUNCH_FILE, MANIFEST_FILE, manifestFor } from './manifest.ts';
import { controlDocuments } from './schemas.ts';
import { STANDARD_META_NAME, type PackageLesson, type Standard } from './standard.ts';

/**
 * Add <meta name="scorm-standard" content="…"> to the page's <head>, right after <meta charset> (which
 * must stay within the first bytes), and change nothing else in the build.
 */
export function insertStandardMeta(html: string, standard: Standard): string {
  if (new RegExp(`name=["']?${STANDARD_META_NAME}`, 'i').test(html)) {
    throw new Error(`${LAUNCH_FILE} already names a SCORM standard; the build must leave that to the packager.`);
  }
  const tag = `<meta name="${STANDARD_META_NAME}" content="${standard}" />`;
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (charset) {
    const end = charset.index + charset[0].length;
    return `${html.slice(0, end)}\n    ${tag}${html.slice(end)}`;
  }
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error(`${LAUNCH_FILE} has no <head> to put the SCORM standard tag in.`);
  const end = head.index + head[0].length;
  return `${html.slice(0, end)}\n    ${tag}${html.slice(end)}`;
}

export function stagePackage(build: PackageFiles, lesson: PackageLesson, standard: Standard): PackageFiles {
  const launch = build.get(LAUNCH_FILE);
  if (!launch) throw new Error(`The build has no ${LAUNCH_FILE}; was it built with base "./" into dist/?`);
  const control = controlDocuments(standard);
  for (const name of [...control.keys(), MANIFEST_FILE]) {
    if (build.has(name)) throw new Error(`The build has a file "${name}", which would overwrite a package control file.`);
  }

  const content: PackageFiles = new Map(build);
  content.set(LAUNCH_FILE, bytes(insertStandardMeta(text(launch), standard)));

  const files: PackageFiles = new Map();
  files.set(MANIFEST_FILE, bytes(manifestFor(standard, lesson, [...content.keys()])));
  for (const [name, doc] of control) files.set(name, doc);
  for (const [path, data] of [...content].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) files.set(path, data);
  return files;
}
