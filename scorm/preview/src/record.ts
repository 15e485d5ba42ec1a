/**
 * What the preview LMS keeps about one learner and one package, in localStorage (a key per package and
 * version), so a reload of the page resumes exactly as an LMS would.
 */
import type { CmiJson } from './cmi.ts';

export type LaunchMode = 'normal' | 'review';

export interface AttemptSummary {
  readonly attempt: number;
  readonly status: string;
  readonly score: string;
  readonly endedAt: string;
}

export interface StoredRecord {
  readonly format: 1;
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** The data model at the last accepted Commit or Terminate; null before anything was saved. */
  readonly cmi: CmiJson | null;
  /** The LMS's accumulated total time, in the version's own format ("PT1H2M" / "0001:02:00.00"). */
  readonly totalTime: string;
  /** How the next launch (or a reload) opens: a normal attempt or a review. */
  readonly mode: LaunchMode;
  readonly savedAt: string | null;
  /** Earlier attempts, newest last. */
  readonly history: readonly AttemptSummary[];
}

export function freshRecord(attempt = 1, history: readonly AttemptSummary[] = []): StoredRecord {
  return { format: 1, attempt, cmi: null, totalTime: '', mode: 'normal', savedAt: null, history };
}

/** The part of the Storage interface the preview uses, so tests can give it a Map. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Storage that may be missing or full: the preview keeps working in memory and says so in its log. */
export function loadJson<T>(storage: StorageLike, key: string, fallback: T): T {
  try {
    const raw = storage.getItem(key);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

export function saveJson(storage: StorageLike, key: string, value: unknown): boolean {
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function loadRecord(storage: StorageLike, key: string): StoredRecord {
  const record = loadJson<StoredRecord | null>(storage, key, null);
  return record && record.format === 1 ? record : freshRecord();
}
