/**
 * SCORM value formats, per version. Pure functions: no DOM, no clock, no LMS.
 *
 * Every format here is the narrowest one that both the specification and the LMSs we know accept
 * (docs/scorm-notes.md, "Values"): Moodle refuses several values that scorm-again
 * accepts, and scorm-again refuses a few that Moodle accepts, so each function writes the form both take.
 */
import type { Check } from '../content/model';
import type { Response } from '../lesson/types';
import { correctResponse } from '../lesson/grading';

import type { Standard } from './scorm-api';

export type { Standard };

/** Both versions name the four interaction types this lesson uses the same way. */
export type InteractionType = 'choice' | 'true-false' | 'sequencing' | 'matching';

/** A number as a plain decimal with at most `places` decimals: never exponent notation ("1e-7"). */
export function decimal(value: number, places: number): string {
  if (!Number.isFinite(value)) return '0';
  const fixed = value.toFixed(places);
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, Number.isFinite(value) ? value : low));
}

/** Whole hundredths of a second, never negative: both versions allow at most 2 decimals. */
function centiseconds(seconds: number): number {
  return Math.max(0, Math.round((Number.isFinite(seconds) ? seconds : 0) * 100));
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (session_time, latency). Hours take 2 to 4 digits: Moodle
 * refuses a one-digit hour ("0:01:05"), so it is always at least "00". Capped at 9999:59:59.99.
 */
export function timespan12(seconds: number): string {
  const c = Math.min(centiseconds(seconds), 9999 * 360000 + 359999);
  const h = Math.floor(c / 360000);
  const m = Math.floor((c % 360000) / 6000);
  const s = Math.floor((c % 6000) / 100);
  const cs = c % 100;
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(cs)}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration), at most 2 decimals on the seconds: `PT1H2M5.25S`. */
export function duration2004(seconds: number): string {
  const c = centiseconds(seconds);
  const h = Math.floor(c / 360000);
  const m = Math.floor((c % 360000) / 6000);
  const sc = c % 6000;
  let out = 'PT';
  if (h > 0) out += `${h}H`;
  if (m > 0) out += `${m}M`;
  if (sc > 0 || (h === 0 && m === 0)) out += `${decimal(sc / 100, 2)}S`;
  return out;
}

/**
 * SCORM 2004 time(second,10,0), in UTC with exactly two decimals and `Z`: `2025-01-15T10:15:00.12Z`.
 * Not `toISOString()`: Moodle refuses its three decimals, and scorm-again refuses `Z` right after
 * whole seconds; two decimals and `Z` pass both.
 */
export function timestamp2004(at: Date): string {
  const cs = Math.floor(at.getUTCMilliseconds() / 10);
  return (
    `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}` +
    `T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}.${pad(cs)}Z`
  );
}

/** SCORM 1.2 CMITime `HH:MM:SS`: a time of day with no date and no zone, so the learner's local time. */
export function time12(at: Date): string {
  return `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
}

/** `score.scaled` from a percent: −1..1 in the spec, here 0..1, at most 7 decimals. */
export function scaledScore(percent: number): string {
  return decimal(clamp(percent, 0, 100) / 100, 7);
}

/** `score.raw` from a percent: 0–100, at most 2 decimals (1.2 raw is a CMIDecimal in 0..100). */
export function rawScore(percent: number): string {
  return decimal(clamp(percent, 0, 100), 2);
}

/** `progress_measure`: 0..1, at most 7 decimals (real(10,7)). */
export function progressMeasure(progress: number): string {
  return decimal(clamp(progress, 0, 1), 7);
}

/** Identifiers for the LMS: no whitespace, and only [A-Za-z0-9_] (Moodle takes only [A-Za-z0-9_.] in 2004). */
function safeId(id: string): string {
  return id.replace(/[^A-Za-z0-9_]/g, '_');
}

/**
 * One interaction per submitted try: `<check id>__t<try number>`, e.g. `context_khalkhin_where__t1`.
 * Unique per check and try, no spaces, far under 1.2's 255 characters (check ids are at most 60).
 */
export function interactionId(checkId: string, tryIndex: number): string {
  return `${safeId(checkId).slice(0, 240)}__t${tryIndex + 1}`;
}

/** The objective a section reports to, and that its checks' interactions name. */
export function objectiveId(sectionId: string): string {
  return safeId(sectionId).slice(0, 250);
}

/** SCORM 2004 interaction description: at most 250 characters (code points), no newline. */
export function description(prompt: string): string {
  return Array.from(prompt.replace(/\s+/g, ' ').trim()).slice(0, 250).join('');
}

export function interactionType(check: Check): InteractionType {
  switch (check.type) {
    case 'single-choice':
    case 'multiple-response':
      return 'choice';
    case 'true-false':
      return 'true-false';
    case 'ordering':
      return 'sequencing';
    case 'matching':
      return 'matching';
  }
}

/**
 * The interaction that holds a learner's written position on a debate: `<debate id>__position`.
 * Revisions keep the id (the LMS keeps each; the last one is current).
 */
export function positionId(debateId: string): string {
  return `${safeId(debateId).slice(0, 240)}__position`;
}

/**
 * Free text as a fill-in / long-fill-in response: one line (both versions refuse a newline there),
 * cut to `limit` characters without splitting a character. 2004 reads a leading "{" as the start
 * of a language tag, so such a text is written after a space.
 */
export function freeText(text: string, limit: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const safe = line.startsWith('{') ? ` ${line}` : line;
  let out = '';
  for (const char of safe) {
    if (out.length + char.length > limit) break;
    out += char;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Responses and correct-response patterns
// ---------------------------------------------------------------------------------------------

/**
 * 1.2 LMSs reliably take only single characters 0–9 a–z as choice, sequencing and matching ids, so in
 * 1.2 an id becomes a character by its position in the authored list. Options, items and matching
 * targets are letters (a = first), matching sources digits (1 = first pair), so a gradebook reads
 * `b,d` and `1.a,2.c` like an answer sheet. The content rules keep lists far shorter than these.
 */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const DIGITS = '123456789abcdefghijklmnopqrstuvwxyz0';

function charAt(alphabet: string, index: number): string | null {
  return index >= 0 && index < alphabet.length ? (alphabet[index] ?? null) : null;
}

/** What a response or a pattern says, before it is written in a version's syntax. */
type Answer =
  | { readonly kind: 'list'; readonly ids: readonly string[]; readonly authored: readonly string[] }
  | { readonly kind: 'bool'; readonly value: boolean }
  | {
      readonly kind: 'pairs';
      readonly pairs: readonly (readonly [string, string])[];
      readonly sources: readonly string[];
      readonly targets: readonly string[];
    };

function matchingLists(check: Extract<Check, { type: 'matching' }>): {
  sources: string[];
  targets: string[];
} {
  return {
    sources: check.pairs.map((p) => p.left.id),
    targets: [...check.pairs.map((p) => p.right.id), ...check.distractors.map((d) => d.id)],
  };
}

/** The learner's response as an Answer. */
function responseAnswer(check: Check, response: Response): Answer {
  switch (check.type) {
    case 'single-choice':
    case 'multiple-response': {
      const authored = check.options.map((o) => o.id);
      // Choice answers must be unique (scorm-again: 2004 refuses duplicates), in authored order.
      const ids = authored.filter((id) => response.includes(id));
      return { kind: 'list', ids, authored };
    }
    case 'true-false':
      return { kind: 'bool', value: response[0] === 'true' };
    case 'ordering':
      return { kind: 'list', ids: [...response], authored: check.items.map((i) => i.id) };
    case 'matching': {
      const { sources, targets } = matchingLists(check);
      const pairs: (readonly [string, string])[] = [];
      check.pairs.forEach((p, i) => {
        const chosen = response[i];
        // An unmatched left item is left out rather than sent as an empty target.
        if (chosen) pairs.push([p.left.id, chosen]);
      });
      return { kind: 'pairs', pairs, sources, targets };
    }
  }
}

function write(answer: Answer, standard: Standard): string {
  if (standard === '2004') {
    switch (answer.kind) {
      case 'list':
        return answer.ids.map(safeId).join('[,]');
      case 'bool':
        return answer.value ? 'true' : 'false';
      case 'pairs':
        return answer.pairs.map(([s, t]) => `${safeId(s)}[.]${safeId(t)}`).join('[,]');
    }
  }
  switch (answer.kind) {
    case 'list':
      return answer.ids
        .map((id) => charAt(LETTERS, answer.authored.indexOf(id)))
        .filter((c): c is string => c !== null)
        .join(',');
    case 'bool':
      return answer.value ? 't' : 'f';
    case 'pairs':
      return answer.pairs
        .map(([s, t]) => {
          const sc = charAt(DIGITS, answer.sources.indexOf(s));
          const tc = charAt(LETTERS, answer.targets.indexOf(t));
          return sc !== null && tc !== null ? `${sc}.${tc}` : null;
        })
        .filter((c): c is string => c !== null)
        .join(',');
  }
}

/** `learner_response` (2004) / `student_response` (1.2) for one try. */
export function learnerResponse(check: Check, response: Response, standard: Standard): string {
  return write(responseAnswer(check, response), standard);
}

/** `correct_responses.0.pattern` for a check. */
export function correctPattern(check: Check, standard: Standard): string {
  return write(responseAnswer(check, correctResponse(check)), standard);
}
