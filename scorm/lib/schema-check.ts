/**
 * Validate a manifest against the official schemas with xmllint-wasm (libxml2 compiled to WebAssembly,
 * so no system tools and no network: every schema is handed in from memory), run by ./xmllint.ts.
 */
import { controlDocuments, wrapperSchema } from './schemas.ts';
import type { Standard } from './standard.ts';
import { runXmllint } from './xmllint.ts';

const MANIFEST = 'imsmanifest.xml';

/** Results by standard and manifest text: a run parses every schema again (tens of ms). */
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
  const schemas = [{ fileName: 'wrapper.xsd', contents: wrapperSchema(standard) }];
  const preload = [...controlDocuments(standard)].map(([fileName, contents]) => ({ fileName, contents }));
  let run;
  try {
    // The command line xmllint-wasm's validateXML gives it: each schema, no output, the files to check.
    run = await runXmllint([{ fileName: MANIFEST, contents: manifestXml }, ...schemas, ...preload], [...schemas.flatMap((s) => ['--schema', s.fileName]), '--noout', MANIFEST]);
  } catch (error) {
    return [`${MANIFEST}: the schemas could not be run: ${error instanceof Error ? error.message : String(error)}`];
  }
  if (run.exitCode === 0) return [];
  if (run.exitCode !== 3 && run.exitCode !== 4) return [`${MANIFEST}: the schemas could not be run (xmllint exit status ${run.exitCode}):\n${run.stderr.trim()}`];
  // The official 1.2 ims_xml.xsd makes libxml2 print a harmless namespace warning: keep to the manifest's own.
  // Each problem is a line "file:line: message" (the last two lines say the file fails to validate).
  const own = run.stderr
    .split('\n')
    .slice(0, -2)
    .map((line) => line.split(':'))
    .filter(([fileName, lineNumber, ...rest]) => fileName === MANIFEST && lineNumber !== undefined && rest.length > 0)
    .map(([, lineNumber, ...rest]) => `${MANIFEST} line ${Number.parseInt(lineNumber!, 10)}: ${rest.join(':').trim().replace(/^.*?Schemas validity error : /, '')}`);
  return own.length > 0 ? own : [`${MANIFEST} fails the SCORM ${standard} schemas:\n${run.stderr.trim()}`];
}
