/**
 * The one SCORM adapter: lesson events in, cmi values out, for whichever version's profile it is
 * given (scorm12-profile.ts, scorm2004-profile.ts). It knows the order things must be written in and
 * the rules both versions share: a status the LMS holds is never undone, the score goes before the
 * status, the specification's limits are kept, and nothing is written in review or browse mode.
 */
import { description, interactionId, interactionType, objectiveId, positionId, progressMeasure } from './formats';
import type { Writer } from './ledger';
import type { ScormProfile, Standing } from './profile';
import type { AnswerRecord, LaunchMode, PositionRecord, ProgressReport } from './tracker';

/** What the LMS told us at the start of the session. */
export interface AdapterLaunch {
  readonly mode: LaunchMode;
  readonly savedState: string | null;
  readonly bookmark: string | null;
  readonly passingScore: number | null;
  readonly learnerName: string | null;
}

export interface Adapter {
  readonly profile: ScormProfile;
  /** Reads the launch data and makes the first writes (exit = suspend, a fresh attempt's status). */
  begin(): AdapterLaunch;
  /** False in review and browse mode: the adapter then writes nothing at all, and nothing needs committing. */
  readonly writes: boolean;
  progress(report: ProgressReport): void;
  answer(answer: AnswerRecord): void;
  /** The learner's own words (a debate position): an unscored free-text interaction. */
  position(position: PositionRecord): void;
  /** Called before every commit: this session's time so far. */
  sessionTime(seconds: number): void;
}

export interface AdapterOptions {
  readonly writer: Writer;
  /** Told about values the lesson's own limits keep from the LMS. */
  readonly warn: (detail: string) => void;
}

/** Location / lesson_location: 1.2 allows 255, 2004 1,000; the lesson keeps to the smaller. */
const LOCATION_LIMIT = 255;

const FINAL = new Set(['passed', 'failed', 'completed']);

/**
 * The status to write, given what the LMS holds. `passed` is never turned into anything else, and a
 * final status (passed, failed, completed) never goes back to incomplete or unknown.
 */
export function settle(previous: string | undefined, next: string): string {
  if (previous === 'passed') return 'passed';
  if (previous !== undefined && FINAL.has(previous) && !FINAL.has(next)) return previous;
  return next;
}

function launchMode(value: string): LaunchMode {
  return value === 'review' || value === 'browse' ? value : 'normal';
}

/** A count the LMS reports ('' or junk counts as none). */
export function count(value: string): number {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** "8.5" → 8.5; '' or junk → null. */
function numberOrNull(value: string): number | null {
  if (value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/**
 * The index of each objective by id. The LMS may have pre-filled some (Moodle puts the manifest's
 * primary objective at 0, and an objective's id is write-once), so existing ones are read first
 * and new ones are appended at `_count`.
 */
function objectiveIndex(writer: Writer, readStatus: (index: number) => void): (id: string) => number {
  const ids = new Map<string, number>();
  let next = count(writer.get('cmi.objectives._count'));
  for (let i = 0; i < next; i += 1) {
    const id = writer.get(`cmi.objectives.${i}.id`);
    if (id && !ids.has(id)) {
      ids.set(id, i);
      readStatus(i);
    }
  }
  return (id) => {
    const found = ids.get(id);
    if (found !== undefined) return found;
    ids.set(id, next);
    next += 1;
    return next - 1;
  };
}

export function createAdapter(profile: ScormProfile, options: AdapterOptions): Adapter {
  const { writer, warn } = options;
  const { interactions } = profile;
  let writes = false;
  let indexOf: (id: string) => number = () => 0;
  let nextInteraction = 0;
  /** Interaction ids sent, with what was sent for free text (a changed position is sent again). */
  const recorded = new Map<string, string>();

  const setStatus = (element: string, next: string): void => {
    writer.set(element, settle(writer.known(element), next));
  };

  /** One unit (the lesson, or a section's objective): progress, score when due, then statuses. */
  function write(prefix: string, standing: Standing, percent: number): void {
    if (standing.progress !== null) writer.set(`${prefix}.progress_measure`, progressMeasure(standing.progress));
    const success = `${prefix}.${standing.success}`;
    const nowPassed = standing.statuses.some(([field, value]) => field === standing.success && value === 'passed');
    const keptPassed = writer.known(success) === 'passed' && !nowPassed;
    if (standing.scored && !keptPassed) {
      for (const [field, value] of profile.scoreValues(percent)) writer.set(`${prefix}.score.${field}`, value);
    }
    for (const [field, value] of standing.statuses) setStatus(`${prefix}.${field}`, value);
  }

  /** The next interaction's prefix; id first, then type, then the rest (2004: otherwise 408). */
  function newInteraction(id: string, type: string): string {
    const n = `cmi.interactions.${nextInteraction}`;
    nextInteraction += 1;
    writer.set(`${n}.id`, id);
    writer.set(`${n}.type`, type);
    return n;
  }

  return {
    profile,
    get writes() {
      return writes;
    },

    begin() {
      // Whether to resume is decided by entry, never by an error code: Moodle answers "" with error 0
      // for a never-set location, scorm-again 403. A fresh attempt ignores whatever suspend_data holds;
      // a read-only launch (review shows the learner's answers) reads it.
      const resume = writer.get(profile.launch.entry) === 'resume';
      const mode = launchMode(writer.get(profile.launch.mode));
      const passing = numberOrNull(writer.get(profile.launch.passingScore));
      const learnerName = writer.get(profile.launch.learnerName) || null;
      const restore = resume || mode !== 'normal';
      const launch: AdapterLaunch = {
        mode,
        passingScore: passing === null ? null : profile.passingPercent(passing),
        learnerName,
        bookmark: restore ? writer.get(profile.location) || null : null,
        savedState: restore ? writer.get('cmi.suspend_data') || null : null,
      };
      writes = mode === 'normal';
      if (writes) {
        // Read what the LMS holds, so that settle() never undoes a passed or completed.
        for (const field of profile.statusFields.lesson) writer.get(`${profile.lessonPrefix}.${field}`);
        indexOf = objectiveIndex(writer, (i) => {
          for (const field of profile.statusFields.objective) writer.get(`cmi.objectives.${i}.${field}`);
        });
        nextInteraction = count(writer.get('cmi.interactions._count'));
        writer.set(profile.exit.element, 'suspend');
        const [field, value] = profile.startStatus;
        setStatus(`${profile.lessonPrefix}.${field}`, value);
      }
      return launch;
    },

    progress(report) {
      if (!writes) return;
      // A state cut short by the LMS would not decode, so an over-long one is not sent at all.
      if (report.bookmark.length <= LOCATION_LIMIT) writer.set(profile.location, report.bookmark);
      else warn(`bookmark not saved: ${report.bookmark.length} characters, over ${LOCATION_LIMIT}`);
      if (report.state.length <= profile.stateLimit) writer.set('cmi.suspend_data', report.state);
      else warn(`lesson state not saved: ${report.state.length} characters, over ${profile.stateLimit}`);

      const { score: lesson } = report;
      for (const section of lesson.sections) {
        const id = objectiveId(section.sectionId);
        const at = `cmi.objectives.${indexOf(id)}`;
        writer.set(`${at}.id`, id);
        write(at, profile.sectionStanding(section, lesson.passingScore), section.percent);
      }
      write(profile.lessonPrefix, profile.lessonStanding(lesson), lesson.percent);
      // The attempt is over: the next launch may start a new one.
      if (lesson.complete) writer.set(profile.exit.element, profile.exit.finished);
    },

    answer({ check, tryIndex, response, correct, latencySeconds, at }) {
      const id = interactionId(check.id, tryIndex);
      if (!writes || recorded.has(id)) return;
      recorded.set(id, '');
      const n = newInteraction(id, interactionType(check));
      if (interactions.described) {
        writer.set(`${n}.objectives.0.id`, objectiveId(check.section));
        writer.set(`${n}.description`, description(check.prompt));
      }
      writer.set(`${n}.${interactions.timeField}`, interactions.time(at));
      writer.set(`${n}.weighting`, '1');
      writer.set(`${n}.correct_responses.0.pattern`, interactions.pattern(check));
      const learner = interactions.response(check, response);
      if (learner !== '') writer.set(`${n}.${interactions.responseField}`, learner);
      writer.set(`${n}.result`, correct ? 'correct' : interactions.wrong);
      writer.set(`${n}.latency`, interactions.latency(latencySeconds));
    },

    position({ debateId, prompt, text, at }) {
      const id = positionId(debateId);
      const written = interactions.freeText(text);
      if (!writes || written === '' || recorded.get(id) === written) return;
      recorded.set(id, written);
      // A changed position is a new interaction with the same id: the LMS keeps each, the last is current.
      const n = newInteraction(id, interactions.freeTextType);
      if (interactions.described) writer.set(`${n}.description`, description(prompt));
      writer.set(`${n}.${interactions.timeField}`, interactions.time(at));
      writer.set(`${n}.${interactions.responseField}`, written);
      // Unscored: no correct response, no weighting, and the vocabulary's word for "not judged".
      writer.set(`${n}.result`, 'neutral');
    },

    sessionTime(seconds) {
      if (writes) writer.set(profile.sessionTime.element, profile.sessionTime.format(seconds));
    },
  };
}
