/**
 * The two SCORM versions a package can speak, and the names each one goes by.
 * One build of the lesson serves both; only the manifest, the control documents and a <meta> tag differ.
 */
export type Standard = '1.2' | '2004';

export const STANDARDS: readonly Standard[] = ['1.2', '2004'];

/** Short name used in folder and zip names: build/scorm12/, neutrality-pact-1.0.0-scorm2004.zip. */
export function slug(standard: Standard): 'scorm12' | 'scorm2004' {
  return standard === '1.2' ? 'scorm12' : 'scorm2004';
}

/** Human label for messages and the size table. */
export function label(standard: Standard): string {
  return standard === '1.2' ? 'SCORM 1.2' : 'SCORM 2004 4th Edition';
}

/** The <meta> the lesson's tracker reads to know which API to look for (absent: it auto-detects). */
export const STANDARD_META_NAME = 'scorm-standard';

/** The only lesson facts a package needs; a full Lesson satisfies it, and tests can write one by hand. */
export interface PackageLesson {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly settings: { readonly passingScore: number };
}

/** The file names a package is written under: the lesson id, its version and the standard. */
export function zipName(lesson: PackageLesson, standard: Standard): string {
  return `${lesson.id}-${lesson.version}-${slug(standard)}.zip`;
}
