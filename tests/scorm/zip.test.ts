// @vitest-environment node
/** The zip itself: "/" separators, ASCII names, the manifest at the root, no source maps, nothing outside. */
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { stagePackage } from '../../scorm/lib/stage.ts';
import { validatePackage } from '../../scorm/lib/validate-package.ts';
import { unzipPackage, zipEntryNames, zipEntryProblems, zipPackage } from '../../scorm/lib/zip.ts';
import { fakeBuild, lesson } from './fixtures.ts';

const files = stagePackage(fakeBuild(), lesson, '2004');
const zip = zipPackage(files);

describe('package zip', () => {
  it('has the manifest first, at the root, and every other entry sorted', () => {
    const names = zipEntryNames(zip);
    expect(names[0]).toBe('imsmanifest.xml');
    expect(names.slice(1)).toEqual([...names.slice(1)].sort());
    expect(names).toContain('imscp_v1p1.xsd');
    expect(names).toContain('assets/index-Ab12_x.js');
  });

  it('names entries with "/" only, in ASCII, inside the package, with no source maps', () => {
    const names = zipEntryNames(zip);
    expect(zipEntryProblems(names)).toEqual([]);
    for (const name of names) {
      expect(name).not.toMatch(/\\|^\/|(^|\/)\.\.(\/|$)|\.map$/);
      expect(name).toMatch(/^[\x21-\x7e]+$/);
    }
  });

  it('unzips to exactly the checked files, which still pass every check', async () => {
    const back = unzipPackage(zip);
    expect([...back.keys()].sort()).toEqual([...files.keys()].sort());
    expect(await validatePackage(back, { standard: '2004', lesson })).toEqual([]);
  });

  it('is byte-for-byte the same when made twice (fixed timestamps)', () => {
    expect(zipPackage(files)).toEqual(zip);
  });

  it('refuses bad entry names', () => {
    const problems = zipEntryProblems(['imsmanifest.xml', 'assets\\x.js', 'ünï.js', '../up.js', '/abs.js', 'a/./b.js', 'x.js.map', 'A.js', 'a.js', 'my file.js']);
    const all = problems.join('\n');
    expect(all).toMatch(/"assets\\\\x\.js": uses "\\"/);
    expect(all).toMatch(/"ünï\.js": has non-ASCII/);
    expect(all).toMatch(/"\.\.\/up\.js": has "\." or "\.\." segments/);
    expect(all).toMatch(/"\/abs\.js": is absolute/);
    expect(all).toMatch(/"a\/\.\/b\.js": has "\." or "\.\." segments/);
    expect(all).toMatch(/"x\.js\.map": source maps are left out/);
    expect(all).toMatch(/"A\.js" and "a\.js" differ only in case/);
    expect(all).toMatch(/"my file\.js": "my file\.js" should use only/);
  });

  it('refuses a zip without a root manifest (e.g. one wrapped in a folder)', () => {
    const wrapped = zipSync({ 'lesson/imsmanifest.xml': new Uint8Array([60]) });
    expect(zipEntryProblems(zipEntryNames(wrapped))).toContain('The zip has no imsmanifest.xml at its root.');
  });
});
