// @vitest-environment node
/** The packager stops before writing anything when a package fails a check, and says why. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeTree } from '../../scorm/lib/files.ts';
import { PackagingError, runPackager } from '../../scorm/lib/packager.ts';
import { unzipPackage } from '../../scorm/lib/zip.ts';
import { fakeBuild, INDEX_HTML, lesson } from './fixtures.ts';

const root = resolve(__dirname, '../..');
const temps: string[] = [];
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'scorm-packager-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('packager', () => {
  it('writes both zips and both staging folders from a good build', async () => {
    const dir = temp();
    writeTree(join(dir, 'dist'), fakeBuild());
    const { packages } = await runPackager({
      root, lesson, skipBuild: true, distDir: join(dir, 'dist'), stageRoot: join(dir, 'build'), outDir: join(dir, 'out'),
    });
    expect(packages.map((p) => p.zipPath?.slice(dir.length))).toEqual([
      '/out/neutrality-pact-1.0.0-scorm12.zip',
      '/out/neutrality-pact-1.0.0-scorm2004.zip',
    ]);
    for (const p of packages) {
      expect(existsSync(join(p.stageDir, 'imsmanifest.xml'))).toBe(true);
      const files = unzipPackage(new Uint8Array(readFileSync(p.zipPath ?? '')));
      expect(files.size).toBe(p.fileCount);
      expect(p.zipBytes).toBeGreaterThan(0);
    }
    expect(existsSync(join(dir, 'out', 'neutrality-pact-1.0.0-scorm12.zip.partial'))).toBe(false);
  });

  it('stops with every problem listed, and writes nothing, when a check fails', async () => {
    const dir = temp();
    const broken = fakeBuild({ 'index.html': INDEX_HTML.replace('./assets/index-Ab12_x.js', '/assets/index-Ab12_x.js') });
    writeTree(join(dir, 'dist'), broken);
    const run = runPackager({
      root, lesson, skipBuild: true, distDir: join(dir, 'dist'), stageRoot: join(dir, 'build'), outDir: join(dir, 'out'),
    });
    await expect(run).rejects.toBeInstanceOf(PackagingError);
    await expect(run).rejects.toThrow(/Packaging stopped; nothing was written\.\n {2}- SCORM 1\.2: index\.html \(<script src>\): "\/assets\/index-Ab12_x\.js" is not a relative URL/);
    await expect(run).rejects.toThrow(/SCORM 2004 4th Edition: index\.html/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(existsSync(join(dir, 'build'))).toBe(false);
  });

  it('refuses source maps unless asked for', async () => {
    const dir = temp();
    writeTree(join(dir, 'dist'), fakeBuild({ 'assets/index-Ab12_x.js.map': '{}' }));
    const options = { root, lesson, skipBuild: true, distDir: join(dir, 'dist'), stageRoot: join(dir, 'build'), outDir: join(dir, 'out') };
    await expect(runPackager(options)).rejects.toThrow(/source maps are left out/);
    const { packages } = await runPackager({ ...options, sourcemap: true });
    expect(packages).toHaveLength(2);
  });

  it('stages without zipping for the preview', async () => {
    const dir = temp();
    writeTree(join(dir, 'dist'), fakeBuild());
    const { packages } = await runPackager({ root, lesson, skipBuild: true, distDir: join(dir, 'dist'), stageRoot: join(dir, 'build'), outDir: null });
    expect(packages.every((p) => p.zipPath === null && existsSync(join(p.stageDir, 'index.html')))).toBe(true);
  });
});
