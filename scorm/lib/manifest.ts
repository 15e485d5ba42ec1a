/**
 * imsmanifest.xml for a single-SCO package, generated from the lesson's metadata. Pure: same lesson and file
 * list, same bytes. Element order follows the ADL binding (not just the schema, whose item content is lax),
 * because some LMS importers read by position.
 */
import { isXsId, toXsId } from './ids.ts';
import type { PackageLesson, Standard } from './standard.ts';
import { escapeXml as x } from './xml.ts';

/** The file the LMS launches, relative to the package root. */
export const LAUNCH_FILE = 'index.html';

/** The manifest's fixed name and place: the root of the package. */
export const MANIFEST_FILE = 'imsmanifest.xml';

/** Identifiers used inside the manifest, all valid xs:IDs derived from the lesson id (and version). */
export function manifestIds(lesson: PackageLesson): {
  manifest: string;
  organization: string;
  item: string;
  resource: string;
  /** The 2004 primary objective's id: an LMS such as Moodle pre-fills cmi.objectives.0 with it. */
  primaryObjective: string;
} {
  const base = toXsId(lesson.id);
  return {
    // The version is part of the package identity: a new version is a new package to an LMS.
    manifest: toXsId(`${lesson.id}_${lesson.version}`),
    organization: `org_${base}`,
    item: `item_${base}`,
    resource: `sco_${base}`,
    primaryObjective: base,
  };
}

/** 80 → "80" (1.2 masteryscore, 0–100). */
export function masteryScore(lesson: PackageLesson): string {
  return String(checkedPassingScore(lesson));
}

/** 80 → "0.8" (2004 minNormalizedMeasure, 0–1), without binary floating-point noise. */
export function minNormalizedMeasure(lesson: PackageLesson): string {
  return String(Number((checkedPassingScore(lesson) / 100).toFixed(6)));
}

function checkedPassingScore(lesson: PackageLesson): number {
  const score = lesson.settings.passingScore;
  if (!Number.isFinite(score) || score < 0 || score > 100) {
    throw new Error(`Lesson "${lesson.id}": passingScore must be a number from 0 to 100, got ${String(score)}.`);
  }
  return score;
}

function checkedIds(lesson: PackageLesson): ReturnType<typeof manifestIds> {
  const ids = manifestIds(lesson);
  for (const id of Object.values(ids)) {
    if (!isXsId(id)) throw new Error(`Lesson "${lesson.id}" gives an invalid manifest identifier "${id}".`);
  }
  return ids;
}

function fileElements(files: readonly string[]): string {
  return [...files]
    .sort()
    .map((f) => `      <file href="${x(f)}"/>`)
    .join('\n');
}

/** What differs between the two versions' manifests; the skeleton around it is one (manifestXml). */
interface ManifestProfile {
  /** The xmlns and xsi:schemaLocation attributes of <manifest>. */
  readonly namespaces: readonly string[];
  readonly schemaVersion: string;
  /** The item's elements after its title: mastery (1.2), or sequencing and navigation (2004). */
  readonly itemExtras: (lesson: PackageLesson, ids: ReturnType<typeof manifestIds>) => readonly string[];
  /** 1.2 spells it adlcp:scormtype, 2004 adlcp:scormType. */
  readonly scormTypeAttribute: string;
}

const PROFILE_12: ManifestProfile = {
  namespaces: [
    'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"',
  ],
  schemaVersion: '1.2',
  itemExtras: (lesson) => [`<adlcp:masteryscore>${masteryScore(lesson)}</adlcp:masteryscore>`],
  scormTypeAttribute: 'adlcp:scormtype',
};

/**
 * SCORM 2004 4th Edition. Uses nothing 4th-Edition-only that 3rd Edition LMSs (Docebo, Cornerstone) would
 * need: a primary objective with a passing measure, delivery controls that leave completion and success to
 * the lesson, and the LMS's own previous/continue buttons hidden (one SCO: there is nowhere to go).
 */
const PROFILE_2004: ManifestProfile = {
  namespaces: [
    'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
    'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
    'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
    'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    'xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"',
  ],
  schemaVersion: '2004 4th Edition',
  itemExtras: (lesson, ids) => [
    '<imsss:sequencing>',
    '  <imsss:objectives>',
    `    <imsss:primaryObjective objectiveID="${ids.primaryObjective}" satisfiedByMeasure="true">`,
    `      <imsss:minNormalizedMeasure>${minNormalizedMeasure(lesson)}</imsss:minNormalizedMeasure>`,
    '    </imsss:primaryObjective>',
    '  </imsss:objectives>',
    '  <imsss:deliveryControls tracked="true" completionSetByContent="true" objectiveSetByContent="true"/>',
    '</imsss:sequencing>',
    '<adlnav:presentation>',
    '  <adlnav:navigationInterface>',
    '    <adlnav:hideLMSUI>previous</adlnav:hideLMSUI>',
    '    <adlnav:hideLMSUI>continue</adlnav:hideLMSUI>',
    '  </adlnav:navigationInterface>',
    '</adlnav:presentation>',
  ],
  scormTypeAttribute: 'adlcp:scormType',
};

function manifestXml(profile: ManifestProfile, lesson: PackageLesson, files: readonly string[]): string {
  const ids = checkedIds(lesson);
  const title = x(lesson.title);
  const extras = profile.itemExtras(lesson, ids).map((line) => `        ${line}\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${ids.manifest}" version="${x(lesson.version)}"
${profile.namespaces.map((attribute) => `  ${attribute}`).join('\n')}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${profile.schemaVersion}</schemaversion>
  </metadata>
  <organizations default="${ids.organization}">
    <organization identifier="${ids.organization}">
      <title>${title}</title>
      <item identifier="${ids.item}" identifierref="${ids.resource}" isvisible="true">
        <title>${title}</title>
${extras}      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${ids.resource}" type="webcontent" ${profile.scormTypeAttribute}="sco" href="${LAUNCH_FILE}">
${fileElements(files)}
    </resource>
  </resources>
</manifest>
`;
}

/** SCORM 1.2 manifest. `files`: every content file of the package (not the manifest or its XSDs). */
export function manifest12(lesson: PackageLesson, files: readonly string[]): string {
  return manifestXml(PROFILE_12, lesson, files);
}

/** SCORM 2004 4th Edition manifest (see PROFILE_2004). */
export function manifest2004(lesson: PackageLesson, files: readonly string[]): string {
  return manifestXml(PROFILE_2004, lesson, files);
}

export function manifestFor(standard: Standard, lesson: PackageLesson, files: readonly string[]): string {
  return standard === '1.2' ? manifest12(lesson, files) : manifest2004(lesson, files);
}
