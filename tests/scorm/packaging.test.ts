// @vitest-environment node
/**
 * A staged package as a whole: the schemas, the references the schemas cannot see, the passing score
 * against the lesson's, the control documents, and the launch page's standard tag.
 */
import { describe, expect, it } from 'vitest';
import { bytes, text, type PackageFiles } from '../../scorm/lib/files.ts';
import { readManifest } from '../../scorm/lib/manifest-read.ts';
import { controlDocuments } from '../../scorm/lib/schemas.ts';
import { insertStandardMeta, stagePackage } from '../../scorm/lib/stage.ts';
import { STANDARDS, type Standard } from '../../scorm/lib/standard.ts';
import { validatePackage } from '../../scorm/lib/validate-package.ts';
import { fakeBuild, fullLesson, INDEX_HTML, lesson } from './fixtures.ts';

function staged(standard: Standard, build = fakeBuild()): PackageFiles {
  return stagePackage(build, lesson, standard);
}

/** The staged package with its manifest rewritten. */
function withManifest(files: PackageFiles, edit: (xml: string) => string): PackageFiles {
  const copy = new Map(files);
  const xml = text(files.get('imsmanifest.xml') ?? new Uint8Array());
  const edited = edit(xml);
  expect(edited).not.toBe(xml);
  copy.set('imsmanifest.xml', bytes(edited));
  return copy;
}

describe.each(STANDARDS)('SCORM %s package', (standard) => {
  const files = staged(standard);
  const check = (f: PackageFiles) => validatePackage(f, { standard, lesson });

  it('passes every check as staged', async () => {
    expect(await check(files)).toEqual([]);
  });

  it('takes a full Lesson model as it is', async () => {
    expect(await validatePackage(stagePackage(fakeBuild(), fullLesson, standard), { standard, lesson: fullLesson })).toEqual([]);
  });

  it('has every official control document at the root, unchanged', () => {
    for (const [name, official] of controlDocuments(standard)) {
      expect(files.get(name), name).toEqual(official);
    }
  });

  it('lists exactly the staged content files', () => {
    const listed = readManifest(text(files.get('imsmanifest.xml') ?? new Uint8Array())).resources.flatMap((r) => r.files);
    const control = new Set(controlDocuments(standard).keys());
    const content = [...files.keys()].filter((p) => p !== 'imsmanifest.xml' && !control.has(p));
    expect([...listed].sort()).toEqual(content.sort());
  });

  it('fails, naming the file, when a file is in the package but not listed', async () => {
    const extra = new Map(files).set('assets/stray.js', bytes('1'));
    expect(await check(extra)).toContain('"assets/stray.js" is in the package but not listed in the manifest.');
  });

  it('fails, naming the file, when a listed file is missing', async () => {
    const missing = new Map(files);
    missing.delete('assets/shared-Gh78.js');
    const problems = await check(missing);
    expect(problems).toContain('"assets/shared-Gh78.js" is listed in the manifest but is not in the package.');
  });

  it('fails when a control document is missing or altered', async () => {
    const name = standard === '1.2' ? 'adlcp_rootv1p2.xsd' : 'imsss_v1p0.xsd';
    const missing = new Map(files);
    missing.delete(name);
    expect(await check(missing)).toContain(`Control document "${name}" is missing from the package root.`);
    const altered = new Map(files).set(name, bytes('<x/>'));
    expect((await check(altered)).join('\n')).toMatch(/differs from the official/);
  });

  it('fails when the default organization does not exist', async () => {
    const bad = withManifest(files, (xml) => xml.replace(/default="[^"]+"/, 'default="org_nowhere"'));
    expect((await check(bad)).join('\n')).toMatch(/default="org_nowhere"> names no organization/);
  });

  it('fails when an identifierref names no resource', async () => {
    const bad = withManifest(files, (xml) => xml.replace(/identifierref="[^"]+"/, 'identifierref="sco_nowhere"'));
    expect((await check(bad)).join('\n')).toMatch(/identifierref="sco_nowhere", which names no resource/);
  });

  it('fails when the passing score is not the lesson’s', async () => {
    const bad = withManifest(files, (xml) =>
      xml.replace('>80</adlcp:masteryscore>', '>70</adlcp:masteryscore>').replace('>0.8</imsss:minNormalizedMeasure>', '>0.7</imsss:minNormalizedMeasure>'),
    );
    expect((await check(bad)).join('\n')).toMatch(/lesson's passing score is 80/);
  });

  it('fails when xsi:schemaLocation names a schema that is not shipped at the root', async () => {
    const bad = withManifest(files, (xml) => xml.replace(/ (\S+)\.xsd"/, ' schemas/$1.xsd"'));
    expect((await check(bad)).join('\n')).toMatch(/xsi:schemaLocation names "schemas\/[a-z_0-9]+\.xsd", which is not a control document/);
  });

  it('fails on a manifest that lists a file outside the package', async () => {
    const bad = withManifest(files, (xml) => xml.replace('<file href="index.html"/>', '<file href="index.html"/><file href="../secret.txt"/>'));
    expect((await check(bad)).join('\n')).toMatch(/"\.\.\/secret\.txt"> is not a relative path inside the package/);
  });

  it('marks the launch page with its standard, once, right after <meta charset>', async () => {
    const html = text(files.get('index.html') ?? new Uint8Array());
    expect(html).toContain(`<meta charset="UTF-8" />\n    <meta name="scorm-standard" content="${standard}" />`);
    expect(html.replace(`\n    <meta name="scorm-standard" content="${standard}" />`, '')).toBe(INDEX_HTML);
    const other = new Map(files).set('index.html', bytes(insertStandardMeta(INDEX_HTML, standard === '1.2' ? '2004' : '1.2')));
    expect((await check(other)).join('\n')).toMatch(/must carry one <meta name="scorm-standard"/);
  });

  it('fails on a source map unless asked for', async () => {
    const withMap = staged(standard, fakeBuild({ 'assets/index-Ab12_x.js.map': '{}' }));
    expect((await check(withMap)).join('\n')).toMatch(/source maps are left out/);
    expect(await validatePackage(withMap, { standard, lesson, allowSourceMaps: true })).toEqual([]);
  });
});

describe('SCORM 1.2 rules the schema does not check', () => {
  it('a masteryscore of 150 fails the packager’s own check', async () => {
    const bad = withManifest(staged('1.2'), (xml) => xml.replace('>80</adlcp:masteryscore>', '>150</adlcp:masteryscore>'));
    expect(await validatePackage(bad, { standard: '1.2', lesson })).toEqual([
      '<adlcp:masteryscore>150</adlcp:masteryscore> is not a number from 0 to 100.',
    ]);
  });

  it('metadata in a namespace the check does not validate is refused, not waved through', async () => {
    const bad = withManifest(staged('1.2'), (xml) =>
      xml.replace('<schemaversion>1.2</schemaversion>', '<schemaversion>1.2</schemaversion><lom xmlns="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"/>'),
    );
    expect((await validatePackage(bad, { standard: '1.2', lesson })).join('\n')).toMatch(/namespace http:\/\/www\.imsglobal\.org\/xsd\/imsmd_rootv1p2p1/);
  });
});

describe('SCORM 2004 rules', () => {
  it('delivery controls must leave completion and success to the lesson', async () => {
    const bad = withManifest(staged('2004'), (xml) => xml.replace(' completionSetByContent="true"', ''));
    expect((await validatePackage(bad, { standard: '2004', lesson })).join('\n')).toMatch(/completionSetByContent="true"/);
  });

  it('a 1.2 manifest is not taken for a 2004 one', async () => {
    const mixed = new Map(staged('2004')).set('imsmanifest.xml', staged('1.2').get('imsmanifest.xml') ?? new Uint8Array());
    expect((await validatePackage(mixed, { standard: '2004', lesson })).join('\n')).toMatch(/not a SCORM 2004 manifest/);
  });
});

describe('staging', () => {
  it('refuses a build that already names a standard, or would overwrite a control file', () => {
    expect(() => insertStandardMeta('<head><meta name="scorm-standard" content="1.2"></head>', '2004')).toThrow(/already names/);
    expect(() => stagePackage(fakeBuild({ 'imsmanifest.xml': '<x/>' }), lesson, '1.2')).toThrow(/control file/);
    expect(() => stagePackage(fakeBuild({ 'index.html': null }), lesson, '1.2')).toThrow(/no index\.html/);
  });

  it('puts the tag right after <head> when there is no <meta charset>', () => {
    expect(insertStandardMeta('<html><head lang="en"><title>x</title></head></html>', '1.2')).toBe(
      '<html><head lang="en">\n    <meta name="scorm-standard" content="1.2" /><title>x</title></head></html>',
    );
  });
});
