/**
 * Attempts exported from the preview LMS for the class report, in the format src/report/read/preview.ts
 * reads (documented there and in scorm/README.md): one attempt, or a class file gathering several, each
 * under a learner name given in the preview so that one browser can play a whole class. Pure functions
 * and a storage key; the page does the downloading.
 */
import { PREVIEW_ATTEMPT, PREVIEW_CLASS, type PreviewAttempt, type PreviewClass } from '../../../src/report/read/preview.ts';
import type { Standard } from '../../lib/standard.ts';
import { clone, type CmiJson } from './cmi.ts';
import { loadJson, saveJson, type StorageLike } from './record.ts';

export const CLASS_FILE_KEY = 'scorm-preview:class-file';

export interface AttemptSource {
  readonly standard: Standard;
  readonly lessonTitle: string;
  readonly attempt: number;
  /** The data model as the LMS holds it now: `{ cmi: { … } }`. */
  readonly cmi: CmiJson | null;
  /** The LMS's total time including the current session. */
  readonly totalTime: string;
}

/** "Ada Lovelace" → "ada-lovelace": the learner id a class file keeps attempts apart by. */
export function learnerId(name: string): string {
  return name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'learner';
}

export function exportAttempt(source: AttemptSource, learnerName: string, now: Date): PreviewAttempt {
  const name = learnerName.trim() || 'Preview learner';
  return {
    format: PREVIEW_ATTEMPT,
    formatVersion: 1,
    standard: source.standard,
    lessonTitle: source.lessonTitle,
    learner: { id: learnerId(name), name },
    attempt: source.attempt,
    exportedAt: now.toISOString(),
    totalTime: source.totalTime,
    cmi: clone(source.cmi ?? { cmi: {} }),
  };
}

/** The class with this attempt in it: a learner added again replaces their earlier attempt. */
export function addToClass(attempts: readonly PreviewAttempt[], attempt: PreviewAttempt): PreviewAttempt[] {
  return [...attempts.filter((a) => a.learner.id !== attempt.learner.id), attempt];
}

export function classFile(attempts: readonly PreviewAttempt[]): PreviewClass {
  return { format: PREVIEW_CLASS, formatVersion: 1, attempts: [...attempts] };
}

export function loadClass(storage: StorageLike): PreviewAttempt[] {
  const stored = loadJson<PreviewClass | null>(storage, CLASS_FILE_KEY, null);
  return stored && stored.format === PREVIEW_CLASS && Array.isArray(stored.attempts) ? stored.attempts : [];
}

export function saveClass(storage: StorageLike, attempts: readonly PreviewAttempt[]): boolean {
  return saveJson(storage, CLASS_FILE_KEY, classFile(attempts));
}

/** A file name from the lesson title and what the file holds. */
export function exportFileName(kind: 'attempt' | 'class', lessonTitle: string, learnerName = ''): string {
  const stem = learnerId(lessonTitle).slice(0, 40);
  return kind === 'class' ? `${stem}-class.json` : `${stem}-${learnerId(learnerName)}.json`;
}
