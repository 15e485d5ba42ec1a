/**
 * Validate a manifest against the official schemas with xmllint-wasm (libxml2 compiled to WebAssembly,
 * so no system tools and no network: every schema is handed in from memory).
 */
import { validateXML } from 'xmllint-wasm';
import { controlDocuments, wrapperSchema } from './schemas.ts';
import type { Standard } from './standard.ts';

const MANIFEST = 'imsmanifest.xml';

/** Results by standard and manifest text: xmllint runs in a worker that costs a few hundred ms to start. */
const memo = new Map<string, readonly string[]>();

/** Problems found by the schemas, one line each; empty when the manifest is valid. */
export async function schemaProblems(manifestXml: string, standard: Standard): Promise<string[]> {
  const key = `${standard}\n${manifestXml}`;
  const known = memo.get(key);
  if (known) return [...known];
  const problems = await runSchemas(manifestXml, standard);
  if (memo.size > 100) memo.clear();
  memo.set(key, problems);
  return [...problems];
}

async function runSchemas(manifestXml: string, standard: Standard): Promise<string[]> {
  const preload = [...controlDocuments(standard)].map(([fileName, contents]) => ({ fileName, contents }));
  let result;
  try {
    result = await validateXML({
      xml: [{ fileName: MANIFEST, contents: manifestXml }],
      schema: [{ fileName: 'wrapper.xsd', contents: wrapperSchema(standard) }],
      preload,
    });
  } catch (error) {
    return [`${MANIFEST}: the schemas could not be run: ${error instanceof Error ? error.message : String(error)}`];
  }
  if (result.valid) return [];
  // The official 1.2 ims_xml.xsd makes libxml2 print a harmless namespace warning: keep to the manifest's own.
  const own = result.errors
    .filter((e) => e.loc?.fileName === MANIFEST)
    .map((e) => `${MANIFEST} line ${e.loc?.lineNumber ?? '?'}: ${e.message.replace(/^.*?Schemas validity error : /, '')}`);
  return own.length > 0 ? own : [`${MANIFEST} fails the SCORM ${standard} schemas:\n${result.rawOutput.trim()}`];
}
