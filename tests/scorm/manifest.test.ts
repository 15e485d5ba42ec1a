// @vitest-environment node
/**
 * The manifests validate against the official schemas through the wrapper schema, and the wrapper is what
 * catches bad values: the root schema alone lets them through.
 */
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { isXsId, toXsId } from '../../scorm/lib/ids.ts';
import { manifest12, manifest2004, manifestIds, masteryScore, minNormalizedMeasure } from '../../scorm/lib/manifest.ts';
import { readManifest } from '../../scorm/lib/manifest-read.ts';
import { schemaProblems } from '../../scorm/lib/schema-check.ts';
import { controlDocuments, wrapperSchema } from '../../scorm/lib/schemas.ts';
import type { Standard } from '../../scorm/lib/standard.ts';
import { lesson } from './fixtures.ts';

const files = ['index.html', 'assets/index-Ab12_x.js', 'assets/index-Cd34.css'];
const m12 = manifest12(lesson, files);
const m2004 = manifest2004(lesson, files);

/** Validate against the root schema only, as a naive check would. */
async function rootSchemaOnly(xml: string, standard: Standard): Promise<boolean> {
  const docs = controlDocuments(standard);
  const rootName = standard === '1.2' ? 'imscp_rootv1p1p2.xsd' : 'imscp_v1p1.xsd';
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [{ fileName: rootName, contents: docs.get(rootName) ?? new Uint8Array() }],
    preload: [...docs].map(([fileName, contents]) => ({ fileName, contents })),
  });
  return result.valid;
}

describe('manifest schemas', () => {
  it('the SCORM 1.2 manifest validates against the official 1.2 schemas', async () => {
    expect(await schemaProblems(m12, '1.2')).toEqual([]);
  });

  it('the SCORM 2004 4th Edition manifest validates against the official 2004 schemas', async () => {
    expect(await schemaProblems(m2004, '2004')).toEqual([]);
  });

  it('a 2004 scormType in the wrong case fails the wrapper check (and passes the root schema alone)', async () => {
    const bad = m2004.replace('adlcp:scormType="sco"', 'adlcp:scormType="SCO"');
    expect(bad).not.toBe(m2004);
    const problems = await schemaProblems(bad, '2004');
    expect(problems.join('\n')).toMatch(/scormType.*'SCO' is not an element of the set/);
    expect(await rootSchemaOnly(bad, '2004')).toBe(true);
  });

  it('xmllint run in this thread (scorm/lib/xmllint.ts) finds what xmllint-wasm finds in its worker, and leaves the exit status alone', async () => {
    const bad = m2004.replace('adlcp:scormType="sco"', 'adlcp:scormType="SCO"').replace('<imsss:minNormalizedMeasure>0.8<', '<imsss:minNormalizedMeasure>80<');
    const before = process.exitCode;
    const ours = await schemaProblems(bad, '2004');
    expect(process.exitCode).toBe(before);
    const theirs = await validateXML({
      xml: [{ fileName: 'imsmanifest.xml', contents: bad }],
      schema: [{ fileName: 'wrapper.xsd', contents: wrapperSchema('2004') }],
      preload: [...controlDocuments('2004')].map(([fileName, contents]) => ({ fileName, contents })),
    });
    expect(theirs.valid).toBe(false);
    const expected = theirs.errors
      .filter((e) => e.loc?.fileName === 'imsmanifest.xml')
      .map((e) => `imsmanifest.xml line ${e.loc?.lineNumber}: ${e.message.replace(/^.*?Schemas validity error : /, '')}`);
    expect(expected).toHaveLength(2);
    expect(ours).toEqual(expected);
  });

  it('a 1.2 scormtype in the wrong case fails the wrapper check', async () => {
    const bad = m12.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="SCO"');
    expect((await schemaProblems(bad, '1.2')).join('\n')).toMatch(/scormtype.*'SCO' is not an element of the set/);
  });

  it('the 1.2 root schema alone cannot judge a manifest: its wildcards are strict, so even a good one fails', async () => {
    expect(await rootSchemaOnly(m12, '1.2')).toBe(false);
  });

  it('a minNormalizedMeasure of 80 (a percentage, not 0–1) fails the wrapper check', async () => {
    const bad = m2004.replace('<imsss:minNormalizedMeasure>0.8<', '<imsss:minNormalizedMeasure>80<');
    expect(bad).not.toBe(m2004);
    expect((await schemaProblems(bad, '2004')).join('\n')).toMatch(/minNormalizedMeasure.*greater than the maximum value allowed \('1'\)/);
    expect(await rootSchemaOnly(bad, '2004')).toBe(true);
  });

  it('a 1.2 masteryscore of 150 is NOT caught by the schema (it is any string up to 200 characters)', async () => {
    // The packager's own rule check catches it instead: see packaging.test.ts.
    const bad = m12.replace('<adlcp:masteryscore>80<', '<adlcp:masteryscore>150<');
    expect(bad).not.toBe(m12);
    expect(await schemaProblems(bad, '1.2')).toEqual([]);
  });

  it('an unknown element in a SCORM namespace fails', async () => {
    const bad = m2004.replace('<imsss:deliveryControls', '<imsss:deliveryControl');
    expect((await schemaProblems(bad, '2004')).length).toBeGreaterThan(0);
  });

  it('malformed XML is reported, not thrown', async () => {
    expect((await schemaProblems('<manifest', '2004'))[0]).toMatch(/imsmanifest\.xml/);
  });
});

describe('manifest content', () => {
  it('carries the passing score in the form each standard wants', () => {
    expect(masteryScore(lesson)).toBe('80');
    expect(minNormalizedMeasure(lesson)).toBe('0.8');
    const odd = { ...lesson, settings: { passingScore: 72.5 } };
    expect(minNormalizedMeasure(odd)).toBe('0.725');
    expect(minNormalizedMeasure({ ...lesson, settings: { passingScore: 57 } })).toBe('0.57');
    expect(() => manifest12({ ...lesson, settings: { passingScore: 150 } }, files)).toThrow(/0 to 100/);
    expect(readManifest(m12).masteryScore).toBe('80');
    expect(readManifest(m2004).primaryObjective).toEqual({
      id: 'neutrality_pact',
      satisfiedByMeasure: 'true',
      minNormalizedMeasure: '0.8',
    });
  });

  it('lets the lesson set its own status in 2004', () => {
    expect(readManifest(m2004).deliveryControls).toMatchObject({
      completionSetByContent: 'true',
      objectiveSetByContent: 'true',
    });
  });

  it('uses valid xs:ID identifiers made from the lesson id and version', () => {
    const ids = manifestIds(lesson);
    expect(ids.manifest).toBe('neutrality_pact_1_0_0');
    for (const id of Object.values(ids)) expect(isXsId(id)).toBe(true);
    for (const id of readManifest(m2004).identifiers) expect(isXsId(id)).toBe(true);
    expect(toXsId('1-lesson')).toBe('id_1_lesson');
    expect(toXsId('a b:c')).toBe('a_b_c');
    expect(isXsId('1abc')).toBe(false);
    expect(isXsId('a:b')).toBe(false);
    expect(isXsId('a b')).toBe(false);
  });

  it('escapes the title and carries the version', () => {
    const facts = readManifest(m12);
    expect(facts.version).toBe('1.0.0');
    expect(m12).toContain('<title>The 1941 Japan–Soviet Neutrality Pact &amp; &quot;its&quot; &lt;legacy&gt;</title>');
    expect(m12).toContain('adlcp:scormtype="sco"');
    expect(m2004).toContain('adlcp:scormType="sco"');
  });

  it('lists every file, sorted, with relative hrefs', () => {
    const facts = readManifest(m2004);
    expect(facts.resources).toHaveLength(1);
    expect(facts.resources[0]?.href).toBe('index.html');
    expect(facts.resources[0]?.files).toEqual([...files].sort());
  });
});
