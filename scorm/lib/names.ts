/**
 * File names inside a package. LMSs unzip on Linux and Windows servers, with old unzip libraries, and
 * serve the files by URL: so "/" separators only, a plain ASCII set, exact case (and no two names that
 * differ only in case), nothing that climbs out of the package folder.
 */
const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/** Problems with one path (as stored in a zip or a PackageFiles key); empty when fine. */
export function pathProblems(path: string, options: { allowSourceMaps?: boolean } = {}): string[] {
  const problems: string[] = [];
  const shown = JSON.stringify(path);
  if (path.includes('\\')) problems.push(`${shown}: uses "\\"; zip paths use "/" only.`);
  if (/[^\x20-\x7e]/.test(path)) problems.push(`${shown}: has non-ASCII characters; some LMSs unzip them garbled.`);
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) problems.push(`${shown}: is absolute; everything must sit inside the package.`);
  const segments = path.split('/');
  if (segments.some((s) => s === '..' || s === '.')) problems.push(`${shown}: has "." or ".." segments; nothing may lie outside the package.`);
  if (segments.some((s) => s === '')) problems.push(`${shown}: has an empty path segment.`);
  for (const segment of segments) {
    if (segment !== '' && segment !== '.' && segment !== '..' && !SAFE_SEGMENT.test(segment)) {
      problems.push(`${shown}: "${segment}" should use only letters, digits, ".", "-" and "_" (and not start with "." or "-").`);
      break;
    }
  }
  if (/\.map$/i.test(path) && !options.allowSourceMaps) {
    problems.push(`${shown}: source maps are left out of packages unless asked for (--sourcemap).`);
  }
  return problems;
}

/** Problems with a whole set of paths: each path's own, plus names that clash on a case-blind server. */
export function pathSetProblems(paths: Iterable<string>, options: { allowSourceMaps?: boolean } = {}): string[] {
  const problems: string[] = [];
  const byLower = new Map<string, string>();
  for (const path of paths) {
    problems.push(...pathProblems(path, options));
    const clash = byLower.get(path.toLowerCase());
    if (clash !== undefined && clash !== path) problems.push(`"${clash}" and "${path}" differ only in case.`);
    byLower.set(path.toLowerCase(), path);
  }
  return problems;
}
