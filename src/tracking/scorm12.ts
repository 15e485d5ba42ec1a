/**
 * Lesson events → SCORM 1.2 cmi values, shaped by what Moodle's 1.2 runtime does (notes.md §7):
 *
 * - A score set before the end turns into a fail: with a mastery score, Moodle's LMSFinish replaces
 *   the status with passed/failed from score.raw. So score.raw and a final status are written only
 *   when the lesson is complete; an unfinished learner leaves with `incomplete`, no score, exit suspend.
 * - A 1.2 SCO that never sets a status is stored as `completed`: `incomplete` goes in right after
 *   Initialize of a fresh attempt.
 * - `cmi.core.exit = "normal"` is refused by Moodle: the attempt ends with "".
 */
import {
  type Adapter,
  type AdapterOptions,
  count,
  readLaunch,
  objectiveIndex,
  setStatus,
  STATE_LIMIT,
  writePlace,
} from './adapter';
import {
  correctPattern,
  interactionId,
  interactionType,
  learnerResponse,
  objectiveId,
  rawScore,
  result,
  time12,
  timespan12,
} from './formats';
import type { LessonScore, SectionScore } from '../lesson/types';

/** 1.2 has one status for both completion and success. */
function lessonStatus(score: LessonScore): string {
  if (!score.complete) return 'incomplete';
  // Complete means every check is finished, so no tries remain: only now can it be `failed`.
  if (score.passed === undefined) return 'completed';
  return score.passed ? 'passed' : 'failed';
}

function sectionStatus(section: SectionScore, passingScore: number): string {
  if (section.complete) {
    if (section.checks === 0) return 'completed';
    return section.percent >= passingScore ? 'passed' : 'failed';
  }
  return section.visited ? 'incomplete' : 'not attempted';
}

export function createScorm12Adapter(options: AdapterOptions): Adapter {
  const { writer } = options;
  let writes = false;
  let indexOf: (id: string) => number = () => 0;
  let nextInteraction = 0;
  const recorded = new Set<string>();

  function score(prefix: string, percent: number): void {
    writer.set(`${prefix}.min`, '0');
    writer.set(`${prefix}.max`, '100');
    writer.set(`${prefix}.raw`, rawScore(percent));
  }

  /** A passed the LMS holds is kept, and so is the score that earned it. */
  function keptPassed(statusElement: string, next: string): boolean {
    return writer.known(statusElement) === 'passed' && next !== 'passed';
  }

  function objective(section: SectionScore, passingScore: number): void {
    const id = objectiveId(section.sectionId);
    const at = `cmi.objectives.${indexOf(id)}`;
    writer.set(`${at}.id`, id);
    const status = sectionStatus(section, passingScore);
    if (section.complete && section.checks > 0 && !keptPassed(`${at}.status`, status)) {
      score(`${at}.score`, section.percent);
    }
    setStatus(writer, `${at}.status`, status);
  }

  return {
    standard: '1.2',
    get writes() {
      return writes;
    },

    begin() {
      // Moodle opens a finished attempt in review mode: show the learner's answers, write nothing.
      const launch = readLaunch(writer, {
        entry: 'cmi.core.entry',
        mode: 'cmi.core.lesson_mode',
        passingScore: 'cmi.student_data.mastery_score',
        learnerName: 'cmi.core.student_name',
        location: 'cmi.core.lesson_location',
      });
      writes = launch.mode === 'normal';
      if (writes) {
        writer.get('cmi.core.lesson_status');
        indexOf = objectiveIndex(writer, (i) => writer.get(`cmi.objectives.${i}.status`));
        nextInteraction = count(writer.get('cmi.interactions._count'));
        writer.set('cmi.core.exit', 'suspend');
        setStatus(writer, 'cmi.core.lesson_status', 'incomplete');
      }
      return launch;
    },

    progress(report) {
      if (!writes) return;
      writePlace(
        options,
        { location: 'cmi.core.lesson_location', state: 'cmi.suspend_data' },
        STATE_LIMIT['1.2'],
        report,
      );
      const { score: lesson } = report;
      for (const section of lesson.sections) objective(section, lesson.passingScore);
      const status = lessonStatus(lesson);
      // Moodle's LMSFinish judges the status from score.raw: a lower score would undo a held pass.
      if (lesson.complete && !keptPassed('cmi.core.lesson_status', status)) score('cmi.core.score', lesson.percent);
      setStatus(writer, 'cmi.core.lesson_status', status);
      if (lesson.complete) writer.set('cmi.core.exit', '');
    },

    answer({ check, tryIndex, response, correct, latencySeconds, at }) {
      const id = interactionId(check.id, tryIndex);
      if (!writes || recorded.has(id)) return;
      recorded.add(id);
      const n = `cmi.interactions.${nextInteraction}`;
      nextInteraction += 1;
      writer.set(`${n}.id`, id);
      writer.set(`${n}.time`, time12(at));
      writer.set(`${n}.type`, interactionType(check));
      writer.set(`${n}.weighting`, '1');
      writer.set(`${n}.correct_responses.0.pattern`, correctPattern(check, '1.2'));
      const learner = learnerResponse(check, response, '1.2');
      if (learner !== '') writer.set(`${n}.student_response`, learner);
      writer.set(`${n}.result`, result(correct, '1.2'));
      writer.set(`${n}.latency`, timespan12(latencySeconds));
    },

    sessionTime(seconds) {
      if (writes) writer.set('cmi.core.session_time', timespan12(seconds));
    },
  };
}
