/**
 * Everything the packager checks before it writes a package, and what the tests run on unzipped packages.
 * Works on the in-memory file map, so the checked bytes are the written bytes.
 */
import { launchPageProblems, namespaceProblems, referenceProblems, ruleProblems } from './checks.ts';
import { text, type PackageFiles } from './files.ts';
import { readManifest } from './manifest-read.ts';
import { LAUNCH_FILE, MANIFEST_FILE } from './manifest.ts';
import { pathSetProblems } from './names.ts';
import { schemaProblems } from './schema-check.ts';
import { controlDocuments, SCHEMA_NAMESPACES } from './schemas.ts';
import type { PackageLesson, Standard } from './standard.ts';
import { urlProblems } from './urls.ts';

export interface ValidateOptions {
  readonly standard: Standard;
  readonly lesson: PackageLesson;
  readonly allowSourceMaps?: boolean;
}

/** Every problem found, one clear sentence each. An empty list means the package may be written. */
export async function validatePackage(files: PackageFiles, options: ValidateOptions): Promise<string[]> {
  const { standard, lesson } = options;
  const problems = pathSetProblems(files.keys(), options);

  const control = controlDocuments(standard);
  for (const [name, official] of control) {
    const shipped = files.get(name);
    if (!shipped) problems.push(`Control document "${name}" is missing from the package root.`);
    else if (!sameBytes(shipped, official)) problems.push(`Control document "${name}" differs from the official SCORM ${standard} file.`);
  }

  const manifestBytes = files.get(MANIFEST_FILE);
  if (!manifestBytes) return [...problems, `There is no ${MANIFEST_FILE} at the package root.`];
  const xml = text(manifestBytes);
  problems.push(...(await schemaProblems(xml, standard)));

  let facts;
  try {
    facts = readManifest(xml);
  } catch (error) {
    return [...problems, `${MANIFEST_FILE} is not well-formed XML: ${error instanceof Error ? error.message : String(error)}`];
  }
  const rootNamespace = Object.keys(SCHEMA_NAMESPACES[standard])[0];
  if (rootNamespace && !facts.namespaces.includes(rootNamespace)) {
    problems.push(`${MANIFEST_FILE} is not a SCORM ${standard} manifest (its root is not in ${rootNamespace}).`);
  }
  problems.push(...namespaceProblems(facts, standard));
  problems.push(...referenceProblems(facts, new Set(files.keys()), new Set(control.keys())));
  problems.push(...ruleProblems(facts, standard, lesson));

  const launch = files.get(LAUNCH_FILE);
  problems.push(...launchPageProblems(launch && text(launch), standard));
  problems.push(...urlProblems(files));
  return problems;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
