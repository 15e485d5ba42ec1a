/**
 * The lesson state as SCORM suspend_data: short (SCORM 1.2 LMSs keep only 4,096 characters), plain
 * ASCII with nothing an LMS might escape, and safe to read back whatever happened to it meanwhile.
 *
 *   N1|<content version>|<seed>|<current>|<furthest>|<seconds>|<answers>|<checksum>
 *
 * Numbers are base 36. <answers> is a comma-separated list of `checkId:fingerprint:tries` (saved-answers.ts),
 * in lesson order. The checksum (4 base-36 characters over everything before it) tells a complete
 * string from one an LMS cut short or something altered: a cut multiple-response try still looks like
 * a valid (different) answer, so damaged data is never half-trusted; the learner starts afresh.
 */
import type { Lesson } from '../content/model';
import type { CheckProgress, LessonState } from './types';
import { decodeTries, encodeTries, fingerprint } from './saved-answers';
import { isCorrect } from './grading';
import { hashBase36 } from './hash';
import { allChecks, findCheck, progressOf, resultsStep, triesAllowed } from './lookup';
import { initialState } from './state';

/** Raise it (N2…) when the layout changes; a reader refuses tags it does not know. */
const FORMAT = 'N1';
const FIELDS = 8;

export interface DecodedState {
  /** Always a valid state for this lesson. */
  readonly state: LessonState;
  /** How many checks' answers were kept. */
  readonly kept: number;
  /** Ids of saved checks whose answers were dropped: gone from the lesson, changed, or unreadable. */
  readonly dropped: readonly string[];
  /**
   * Why the saved data could not be used (the state is then fresh); null when it was read, or there
   * was none. Answers dropped for changed content are not a problem: they are listed in `dropped`.
   */
  readonly problem: string | null;
  /** The content version the data was saved against, when the header could be read. */
  readonly savedVersion: string | null;
}

/** The version as it is written: a semver stays as it is; anything unsafe for the format becomes '_'. */
function versionTag(version: string): string {
  return version.replace(/[^0-9A-Za-z._+-]/g, '_').slice(0, 40);
}

function writeInt(n: number): string {
  return (Number.isSafeInteger(n) && n >= 0 ? n : 0).toString(36);
}

/** A canonical base-36 whole number no larger than max, else null (leading zeros are not canonical). */
function readInt(text: string | undefined, max: number): number | null {
  if (text === undefined || !/^(0|[1-9a-z][0-9a-z]{0,9})$/.test(text)) return null;
  const n = parseInt(text, 36);
  return n <= max ? n : null;
}

export function encodeState(lesson: Lesson, state: LessonState): string {
  const answers = allChecks(lesson).flatMap((check) => {
    const tries = progressOf(state, check.id)?.tries ?? [];
    const text = tries.length > 0 ? encodeTries(check, tries) : null;
    return text === null ? [] : [`${check.id}:${fingerprint(check)}:${text}`];
  });
  // The answers are written against this lesson's lists, so the lesson's version is the honest label.
  const body = [
    FORMAT,
    versionTag(lesson.version),
    writeInt(state.seed >>> 0),
    writeInt(state.current),
    writeInt(state.furthest),
    writeInt(state.timeOnTask),
    answers.join(','),
  ].join('|');
  return `${body}|${hashBase36(body, 4)}`;
}

function fresh(lesson: Lesson, seed: number, problem: string | null): DecodedState {
  return { state: initialState(lesson, seed), kept: 0, dropped: [], problem, savedVersion: null };
}

export function decodeState(lesson: Lesson, encoded: string | null | undefined, fallbackSeed: number): DecodedState {
  try {
    return read(lesson, encoded, fallbackSeed);
  } catch {
    // Belt and braces: read() is written not to throw, and a resume must never crash the lesson.
    return fresh(lesson, fallbackSeed, 'saved data could not be read');
  }
}

function read(lesson: Lesson, encoded: string | null | undefined, fallbackSeed: number): DecodedState {
  const text = typeof encoded === 'string' ? encoded.trim() : '';
  if (text === '') return fresh(lesson, fallbackSeed, null);
  const fields = text.split('|');
  const tag = fields[0] ?? '';
  if (tag !== FORMAT) {
    const problem = /^N[0-9]{1,3}$/.test(tag)
      ? `saved data is in format ${tag}, which this version of the lesson cannot read`
      : 'saved data is not in a format this lesson writes';
    return fresh(lesson, fallbackSeed, problem);
  }
  if (fields.length !== FIELDS) return fresh(lesson, fallbackSeed, 'saved data was cut short or has extra parts');
  if (hashBase36(text.slice(0, text.lastIndexOf('|')), 4) !== fields[FIELDS - 1]) {
    return fresh(lesson, fallbackSeed, 'saved data was cut short or altered: its checksum does not match');
  }

  const [, version = '', seedText, currentText, furthestText, timeText, answersText = ''] = fields;
  const seed = readInt(seedText, 0xffffffff);
  const current = readInt(currentText, Number.MAX_SAFE_INTEGER);
  const furthest = readInt(furthestText, Number.MAX_SAFE_INTEGER);
  const timeOnTask = readInt(timeText, Number.MAX_SAFE_INTEGER);
  if (seed === null || current === null || furthest === null || timeOnTask === null) {
    return fresh(lesson, fallbackSeed, 'saved data has an unreadable header');
  }

  // From here on the data is whole: what does not fit the lesson now is content that changed since.
  const checks: Record<string, CheckProgress> = {};
  const dropped: string[] = [];
  for (const entry of answersText === '' ? [] : answersText.split(',')) {
    const [id = '', print, triesText, ...extra] = entry.split(':');
    if (Object.hasOwn(checks, id)) continue; // a repeated entry: the first one stands
    const check = findCheck(lesson, id);
    const tries =
      check && print === fingerprint(check) && triesText !== undefined && extra.length === 0
        ? decodeTries(check, triesText)
        : null;
    if (!check || !tries) {
      if (id !== '') dropped.push(id);
      continue;
    }
    // Keep the invariants whatever was saved: at most maxTries (which may have shrunk), none after a right one.
    const firstRight = tries.findIndex((response) => isCorrect(check, response));
    const limit = Math.min(triesAllowed(lesson, check), firstRight >= 0 ? firstRight + 1 : Infinity);
    checks[id] = { tries: tries.slice(0, limit) };
  }

  // The lesson may have fewer sections now: clamp into range, and never leave current beyond furthest.
  const safeFurthest = Math.min(furthest, resultsStep(lesson));
  const kept = Object.keys(checks).length;
  return {
    state: {
      ...initialState(lesson, seed),
      current: Math.min(current, safeFurthest),
      furthest: safeFurthest,
      checks,
      timeOnTask,
    },
    kept,
    dropped,
    problem: null,
    savedVersion: version,
  };
}
