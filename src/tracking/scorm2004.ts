/**
 * Lesson events → SCORM 2004 (4th Edition, nothing 3rd-Edition LMSs lack) cmi values.
 */
import {
  type Adapter,
  type AdapterOptions,
  count,
  objectiveIndex,
  readLaunch,
  setStatus,
  STATE_LIMIT,
  writePlace,
} from './adapter';
import {
  correctPattern,
  description,
  duration2004,
  interactionId,
  interactionType,
  learnerResponse,
  objectiveId,
  progressMeasure,
  rawScore,
  result,
  scaledScore,
  timestamp2004,
} from './formats';
import type { SectionScore } from '../lesson/types';

export function createScorm2004Adapter(options: AdapterOptions): Adapter {
  const { writer } = options;
  let writes = false;
  let indexOf: (id: string) => number = () => 0;
  let nextInteraction = 0;
  const recorded = new Set<string>();

  function score(prefix: string, percent: number): void {
    // min and max first: an LMS may check raw against them.
    writer.set(`${prefix}.min`, '0');
    writer.set(`${prefix}.max`, '100');
    writer.set(`${prefix}.raw`, rawScore(percent));
    writer.set(`${prefix}.scaled`, scaledScore(percent));
  }

  /** A passed the LMS holds is kept; a lower score would let an LMS that judges by score undo it. */
  function keptPassed(statusElement: string, passedNow: boolean): boolean {
    return writer.known(statusElement) === 'passed' && !passedNow;
  }

  function objective(section: SectionScore, passingScore: number): void {
    const id = objectiveId(section.sectionId);
    const at = `cmi.objectives.${indexOf(id)}`;
    writer.set(`${at}.id`, id);
    const done = section.checks > 0 ? section.finished / section.checks : section.visited ? 1 : 0;
    writer.set(`${at}.progress_measure`, progressMeasure(done));
    setStatus(
      writer,
      `${at}.completion_status`,
      section.complete ? 'completed' : section.visited ? 'incomplete' : 'not attempted',
    );
    // A section's success is known only once it is complete. Score before status.
    if (section.complete && section.checks > 0) {
      const passed = section.percent >= passingScore;
      if (!keptPassed(`${at}.success_status`, passed)) score(`${at}.score`, section.percent);
      setStatus(writer, `${at}.success_status`, passed ? 'passed' : 'failed');
    }
  }

  return {
    standard: '2004',
    get writes() {
      return writes;
    },

    begin() {
      const launch = readLaunch(writer, {
        entry: 'cmi.entry',
        mode: 'cmi.mode',
        passingScore: 'cmi.scaled_passing_score',
        learnerName: 'cmi.learner_name',
        location: 'cmi.location',
      });
      writes = launch.mode === 'normal';
      if (writes) {
        // Read what the LMS holds, so that settle() never undoes a passed or completed.
        writer.get('cmi.completion_status');
        writer.get('cmi.success_status');
        indexOf = objectiveIndex(writer, (i) => {
          writer.get(`cmi.objectives.${i}.completion_status`);
          writer.get(`cmi.objectives.${i}.success_status`);
        });
        nextInteraction = count(writer.get('cmi.interactions._count'));
        // Without exit = suspend a 2004 LMS starts the next launch as a new, empty attempt.
        writer.set('cmi.exit', 'suspend');
        setStatus(writer, 'cmi.completion_status', 'incomplete');
      }
      return {
        ...launch,
        // Rounded to hundredths: 0.7 * 100 is 70.00000000000001.
        passingScore: launch.passingScore === null ? null : Math.round(Math.max(0, launch.passingScore) * 10000) / 100,
      };
    },

    progress(report) {
      if (!writes) return;
      writePlace(options, { location: 'cmi.location', state: 'cmi.suspend_data' }, STATE_LIMIT['2004'], report);
      const { score: lesson } = report;
      writer.set('cmi.progress_measure', progressMeasure(lesson.progress));
      for (const section of lesson.sections) objective(section, lesson.passingScore);
      if (!lesson.complete) {
        setStatus(writer, 'cmi.completion_status', 'incomplete');
        return;
      }
      // The score only once the lesson is complete: an LMS that judges success from the score
      // (satisfiedByMeasure) would otherwise record a fail half-way through.
      if (!keptPassed('cmi.success_status', lesson.passed === true)) score('cmi.score', lesson.percent);
      setStatus(writer, 'cmi.completion_status', 'completed');
      if (lesson.passed !== undefined) {
        setStatus(writer, 'cmi.success_status', lesson.passed ? 'passed' : 'failed');
      }
      // The attempt is over: the next launch may start a new one.
      writer.set('cmi.exit', 'normal');
    },

    answer({ check, tryIndex, response, correct, latencySeconds, at }) {
      const id = interactionId(check.id, tryIndex);
      if (!writes || recorded.has(id)) return;
      recorded.add(id);
      const n = `cmi.interactions.${nextInteraction}`;
      nextInteraction += 1;
      // id, then type, then the rest: otherwise 408 (dependency not established).
      writer.set(`${n}.id`, id);
      writer.set(`${n}.type`, interactionType(check));
      writer.set(`${n}.objectives.0.id`, objectiveId(check.section));
      writer.set(`${n}.description`, description(check.prompt));
      writer.set(`${n}.timestamp`, timestamp2004(at));
      writer.set(`${n}.weighting`, '1');
      writer.set(`${n}.correct_responses.0.pattern`, correctPattern(check, '2004'));
      const learner = learnerResponse(check, response, '2004');
      if (learner !== '') writer.set(`${n}.learner_response`, learner);
      writer.set(`${n}.result`, result(correct, '2004'));
      writer.set(`${n}.latency`, duration2004(latencySeconds));
    },

    sessionTime(seconds) {
      // Every commit: without it Moodle stores an invalid total time.
      if (writes) writer.set('cmi.session_time', duration2004(seconds));
    },
  };
}
