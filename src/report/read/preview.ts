/**
 * The preview LMS's own export (`npm start` > "Export this attempt" / "Download class file"). Documented in
 * scorm/README.md:
 *
 *   attempt: { format: "scorm-preview-attempt", formatVersion: 1, standard: "1.2" | "2004",
 *              lessonTitle, learner: { id, name }, attempt, exportedAt, totalTime, cmi: { cmi: { … } } }
 *   class:   { format: "scorm-preview-class", formatVersion: 1, attempts: [ attempt, … ] }
 */
import { ExportError, type ClassRecord, type LearnerRecord } from '../class-data.ts';
import { cmiStandard, isObject, learnerFromCmi, str } from './cmi.ts';

export const PREVIEW_ATTEMPT = 'scorm-preview-attempt';
export const PREVIEW_CLASS = 'scorm-preview-class';

export interface PreviewAttempt {
  readonly format: typeof PREVIEW_ATTEMPT;
  readonly formatVersion: 1;
  readonly standard: '1.2' | '2004';
  readonly lessonTitle: string;
  readonly learner: { readonly id: string; readonly name: string };
  readonly attempt: number;
  readonly exportedAt: string;
  /** The LMS's total time including this session, in the version's own format ("" if unknown). */
  readonly totalTime: string;
  /** The data model as the LMS holds it: `{ cmi: { … } }`. */
  readonly cmi: unknown;
}

export interface PreviewClass {
  readonly format: typeof PREVIEW_CLASS;
  readonly formatVersion: 1;
  readonly attempts: readonly PreviewAttempt[];
}

export function isPreviewExport(json: unknown): boolean {
  return isObject(json) && (json.format === PREVIEW_ATTEMPT || json.format === PREVIEW_CLASS);
}

export function readPreview(json: unknown, fileName: string): ClassRecord {
  const list = isObject(json) && json.format === PREVIEW_CLASS ? json.attempts : [json];
  if (!Array.isArray(list)) throw new ExportError(fileName, 'this preview class file has no list of attempts.');
  const learners: LearnerRecord[] = list.map((a: unknown, i) => {
    if (!isObject(a) || a.format !== PREVIEW_ATTEMPT || !isObject(a.cmi)) {
      throw new ExportError(fileName, `attempt ${i + 1} in this file is damaged: it has no data model.`, 'Export the attempt again from the preview LMS.');
    }
    return learnerFromCmi(a.cmi, { name: str(a, 'learner.name'), key: str(a, 'learner.id'), totalTime: str(a, 'totalTime') });
  });
  const first = list[0] as unknown;
  const standard = isObject(first) && (first.standard === '1.2' || first.standard === '2004') ? first.standard : isObject(first) ? cmiStandard(first.cmi) : undefined;
  return {
    format: 'preview',
    fileName,
    ...(standard ? { standard } : {}),
    ...(str(first, 'lessonTitle') ? { lessonTitle: str(first, 'lessonTitle') } : {}),
    learners,
    hasInteractionIds: true,
    hasResponses: true,
    notices: [],
  };
}
