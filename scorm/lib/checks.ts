/**
 * The packager's own checks of a package: what the schemas cannot see. References (the default
 * organization, identifierrefs, files), the passing score against the lesson's, the delivery controls, and
 * the launch page's standard tag.
 */
import { isXsId } from './ids.ts';
import type { ManifestFacts } from './manifest-read.ts';
import { LAUNCH_FILE, MANIFEST_FILE } from './manifest.ts';
import { BUILT_IN_NAMESPACES, SCHEMA_NAMESPACES } from './schemas.ts';
import { STANDARD_META_NAME, type PackageLesson, type Standard } from './standard.ts';

/** References inside the manifest, and the manifest's file list against the package's files. */
export function referenceProblems(
  facts: ManifestFacts,
  packageFiles: ReadonlySet<string>,
  controlFiles: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const id of facts.identifiers) {
    if (!isXsId(id)) problems.push(`Identifier "${id}" is not a valid xs:ID (a letter or "_" first; letters, digits, ".", "-", "_"; no spaces or colons).`);
    if (seen.has(id)) problems.push(`Identifier "${id}" is used twice.`);
    seen.add(id);
  }
  if (!facts.organizations.includes(facts.defaultOrganization)) {
    problems.push(`<organizations default="${facts.defaultOrganization}"> names no organization.`);
  }
  const resourceIds = new Set(facts.resources.map((r) => r.identifier));
  for (const item of facts.items) {
    if (item.identifierref !== null && !resourceIds.has(item.identifierref)) {
      problems.push(`Item "${item.identifier}" has identifierref="${item.identifierref}", which names no resource.`);
    }
  }
  const launched = facts.items.filter((i) => i.identifierref !== null);
  if (launched.length !== 1) problems.push(`A single-SCO package has exactly one launchable item; found ${launched.length}.`);

  const listed = new Set<string>();
  for (const resource of facts.resources) {
    if (resource.href !== null) {
      if (!resource.files.includes(resource.href)) {
        problems.push(`Resource "${resource.identifier}" launches "${resource.href}" but does not list it in a <file>.`);
      }
    }
    for (const href of resource.files) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/|\\)/i.test(href) || href.split('/').includes('..')) {
        problems.push(`<file href="${href}"> is not a relative path inside the package.`);
      }
      listed.add(href);
    }
  }
  for (const href of [...listed].sort()) {
    if (!packageFiles.has(href)) problems.push(`"${href}" is listed in the manifest but is not in the package.`);
  }
  for (const path of [...packageFiles].sort()) {
    if (path === MANIFEST_FILE || controlFiles.has(path)) continue;
    if (!listed.has(path)) problems.push(`"${path}" is in the package but not listed in the manifest.`);
  }
  for (const name of controlFiles) {
    if (listed.has(name)) problems.push(`Control document "${name}" is listed as lesson content.`);
  }
  for (const name of facts.schemaFiles) {
    if (!controlFiles.has(name) || !packageFiles.has(name)) {
      problems.push(`xsi:schemaLocation names "${name}", which is not a control document at the package root.`);
    }
  }
  return problems;
}

/** Namespaces the manifest uses must all be checked by the wrapper schema, or the schemas let them through. */
export function namespaceProblems(facts: ManifestFacts, standard: Standard): string[] {
  const known = new Set([...Object.keys(SCHEMA_NAMESPACES[standard]), ...BUILT_IN_NAMESPACES]);
  return facts.namespaces
    .filter((ns) => !known.has(ns))
    .map((ns) => `The manifest uses namespace ${ns}, which the SCORM ${standard} check does not validate.`);
}

/** The passing score, the SCO's launch and the delivery controls, against the lesson. */
export function ruleProblems(facts: ManifestFacts, standard: Standard, lesson: PackageLesson): string[] {
  const problems: string[] = [];
  const pass = lesson.settings.passingScore;
  if (facts.version !== lesson.version) {
    problems.push(`The manifest's version "${facts.version}" is not the lesson's "${lesson.version}".`);
  }
  const scos = facts.resources.filter((r) => r.scormType === 'sco');
  if (scos.length !== 1 || scos[0]?.href !== LAUNCH_FILE) {
    problems.push(`The package needs exactly one SCO resource launching "${LAUNCH_FILE}".`);
  }
  if (standard === '1.2') {
    const raw = facts.masteryScore;
    const value = raw === null ? NaN : Number(raw);
    if (raw === null) problems.push('The item has no <adlcp:masteryscore>.');
    // The 1.2 schema types masteryscore as any string up to 200 characters: the range is ours to check.
    else if (!/^\d+(\.\d+)?$/.test(raw) || value < 0 || value > 100) {
      problems.push(`<adlcp:masteryscore>${raw}</adlcp:masteryscore> is not a number from 0 to 100.`);
    } else if (value !== pass) {
      problems.push(`<adlcp:masteryscore> is ${raw}, but the lesson's passing score is ${pass}.`);
    }
  } else {
    const objective = facts.primaryObjective;
    if (!objective) {
      problems.push('The item has no imsss:primaryObjective carrying the passing score.');
    } else {
      if (objective.satisfiedByMeasure !== 'true') problems.push('The primary objective needs satisfiedByMeasure="true".');
      const measure = Number(objective.minNormalizedMeasure ?? NaN);
      if (!(Math.abs(measure - pass / 100) < 1e-9)) {
        problems.push(
          `The primary objective's minNormalizedMeasure is ${objective.minNormalizedMeasure ?? 'missing'}, but the lesson's passing score is ${pass} (${pass / 100}).`,
        );
      }
    }
    const dc = facts.deliveryControls;
    if (dc?.completionSetByContent !== 'true' || dc.objectiveSetByContent !== 'true') {
      problems.push('imsss:deliveryControls needs completionSetByContent="true" and objectiveSetByContent="true", so the lesson sets its own status.');
    }
  }
  return problems;
}

/** The launch page must carry exactly one <meta name="scorm-standard"> naming this package's version. */
export function launchPageProblems(html: string | undefined, standard: Standard): string[] {
  if (html === undefined) return [`The package has no ${LAUNCH_FILE} at its root.`];
  const tags = [...html.matchAll(/<meta\s[^>]*name=["']?scorm-standard["']?[^>]*>/gi)].map((m) => m[0]);
  const content = tags.length === 1 ? /content=["']?([^"'\s>]+)/i.exec(tags[0] ?? '')?.[1] : undefined;
  if (content !== standard) {
    return [`${LAUNCH_FILE} must carry one <meta name="${STANDARD_META_NAME}" content="${standard}">; found ${tags.length === 0 ? 'none' : tags.join(' ')}.`];
  }
  return [];
}
