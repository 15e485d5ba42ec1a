/**
 * Read back the facts the packager's own checks need from a manifest (the schemas check shapes and values,
 * not references). Reads by namespace and local name, so a manifest written by another tool is read the same.
 */
import { JSDOM } from 'jsdom';

export interface ManifestFacts {
  readonly identifier: string;
  readonly version: string;
  /** Every namespace an element or attribute is in (xmlns declarations aside). */
  readonly namespaces: readonly string[];
  readonly defaultOrganization: string;
  readonly organizations: readonly string[];
  readonly items: readonly { readonly identifier: string; readonly identifierref: string | null }[];
  readonly resources: readonly {
    readonly identifier: string;
    readonly href: string | null;
    readonly scormType: string | null;
    readonly files: readonly string[];
  }[];
  /** The files named in the root's xsi:schemaLocation (namespace, file pairs): they must ship at the root. */
  readonly schemaFiles: readonly string[];
  /** Every identifier attribute in the manifest, in document order (they must be unique xs:IDs). */
  readonly identifiers: readonly string[];
  /** 1.2 adlcp:masteryscore of the first item, if any. */
  readonly masteryScore: string | null;
  /** 2004 primary objective of the first item, if any. */
  readonly primaryObjective: {
    readonly id: string | null;
    readonly satisfiedByMeasure: string | null;
    readonly minNormalizedMeasure: string | null;
  } | null;
  /** 2004 imsss:deliveryControls attributes of the first item, if any. */
  readonly deliveryControls: Readonly<Record<string, string>> | null;
}

const XMLNS = 'http://www.w3.org/2000/xmlns/';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const ADLCP_12 = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
const ADLCP_2004 = 'http://www.adlnet.org/xsd/adlcp_v1p3';
const IMSSS = 'http://www.imsglobal.org/xsd/imsss';

/** Parse a manifest. Throws with the parser's message when it is not well-formed XML. */
export function readManifest(xml: string): ManifestFacts {
  const doc = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
  const root = doc.documentElement;
  const all = [...doc.getElementsByTagName('*')];
  const named = (el: Element | Document, local: string): Element[] =>
    [...el.getElementsByTagName('*')].filter((e) => e.localName === local);

  const namespaces = new Set<string>();
  for (const el of all) {
    if (el.namespaceURI) namespaces.add(el.namespaceURI);
    for (const attr of el.attributes) if (attr.namespaceURI && attr.namespaceURI !== XMLNS) namespaces.add(attr.namespaceURI);
  }
  const orgs = named(doc, 'organizations')[0];
  const firstItem = named(doc, 'item')[0];
  const primary = firstItem ? named(firstItem, 'primaryObjective').find((e) => e.namespaceURI === IMSSS) : undefined;
  const delivery = firstItem ? named(firstItem, 'deliveryControls').find((e) => e.namespaceURI === IMSSS) : undefined;
  const mastery = firstItem ? named(firstItem, 'masteryscore').find((e) => e.namespaceURI === ADLCP_12) : undefined;

  return {
    identifier: root.getAttribute('identifier') ?? '',
    version: root.getAttribute('version') ?? '',
    namespaces: [...namespaces].sort(),
    defaultOrganization: orgs?.getAttribute('default') ?? '',
    organizations: named(doc, 'organization').map((e) => e.getAttribute('identifier') ?? ''),
    items: named(doc, 'item').map((e) => ({
      identifier: e.getAttribute('identifier') ?? '',
      identifierref: e.getAttribute('identifierref'),
    })),
    resources: named(doc, 'resource').map((e) => ({
      identifier: e.getAttribute('identifier') ?? '',
      href: e.getAttribute('href'),
      scormType: e.getAttributeNS(ADLCP_12, 'scormtype') ?? e.getAttributeNS(ADLCP_2004, 'scormType'),
      files: named(e, 'file').map((f) => f.getAttribute('href') ?? ''),
    })),
    schemaFiles: (root.getAttributeNS(XSI, 'schemaLocation') ?? '')
      .trim()
      .split(/\s+/)
      .filter((_, i) => i % 2 === 1),
    identifiers: all.filter((e) => e.hasAttribute('identifier')).map((e) => e.getAttribute('identifier') ?? ''),
    masteryScore: mastery?.textContent?.trim() ?? null,
    primaryObjective: primary
      ? {
          id: primary.getAttribute('objectiveID'),
          satisfiedByMeasure: primary.getAttribute('satisfiedByMeasure'),
          minNormalizedMeasure:
            named(primary, 'minNormalizedMeasure').find((e) => e.namespaceURI === IMSSS)?.textContent?.trim() ?? null,
        }
      : null,
    deliveryControls: delivery
      ? Object.fromEntries([...delivery.attributes].map((a) => [a.name, a.value]))
      : null,
  };
}
