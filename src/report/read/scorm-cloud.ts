/**
 * SCORM Cloud's registration JSON (REST API v2: GET /registrations/{id}?includeChildResults=true
 * &includeInteractionsAndObjectives=true&includeRuntime=true, or the list GET /registrations with the same
 * options). One registration is one learner; interactions are under activityDetails(.children…).runtime.
 */
import { ExportError, percent, resultWord, type ClassRecord, type LearnerRecord, type Progress, type RawInteraction, type ReportNotice } from '../class-data.ts';
import { isObject, str } from './cmi.ts';
import { spanSeconds } from './durations.ts';

type Json = Record<string, unknown>;

export function isScormCloud(json: unknown): boolean {
  const list = registrations(json);
  return list !== null && list.length > 0 && list.every((r) => 'registrationCompletion' in r || 'activityDetails' in r || ('learner' in r && 'course' in r));
}

function registrations(json: unknown): Json[] | null {
  if (Array.isArray(json)) return json.filter(isObject);
  if (isObject(json) && Array.isArray(json.registrations)) return json.registrations.filter(isObject);
  if (isObject(json)) return [json];
  return null;
}

/** The runtime interactions of an activity and all its children, in order. */
function runtimeInteractions(activity: unknown): Json[] {
  if (!isObject(activity)) return [];
  const runtime = isObject(activity.runtime) ? activity.runtime : {};
  const own = Array.isArray(runtime.runtimeInteractions) ? runtime.runtimeInteractions.filter(isObject) : [];
  const children = Array.isArray(activity.children) ? activity.children.flatMap(runtimeInteractions) : [];
  return [...own, ...children];
}

function hasRuntime(activity: unknown): boolean {
  if (!isObject(activity)) return false;
  return isObject(activity.runtime) || (Array.isArray(activity.children) && activity.children.some(hasRuntime));
}

export function readScormCloud(json: unknown, fileName: string): ClassRecord {
  const list = registrations(json) ?? [];
  const notices: ReportNotice[] = [];
  let withoutRuntime = 0;
  const learners = list.map((r, i): LearnerRecord => {
    const first = str(r, 'learner.firstName');
    const last = str(r, 'learner.lastName');
    const name = `${first} ${last}`.trim() || str(r, 'learner.email') || str(r, 'learner.id') || `Registration ${i + 1}`;
    const completion = str(r, 'registrationCompletion').toUpperCase();
    const success = str(r, 'registrationSuccess').toUpperCase();
    const interactions: RawInteraction[] = runtimeInteractions(r.activityDetails).map((x, index) => ({
      id: str(x, 'id'),
      response: str(x, 'learnerResponse'),
      rightAnswer: Array.isArray(x.correctResponses) ? String(x.correctResponses[0] ?? '') : '',
      result: resultWord(str(x, 'result')),
      index,
      type: str(x, 'type'),
    }));
    if (!hasRuntime(r.activityDetails)) withoutRuntime++;
    const opened = str(r, 'firstAccessDate') !== '' || interactions.length > 0 || (Number(str(r, 'totalSecondsTracked')) || 0) > 0;
    const progress: Progress = completion === 'COMPLETED' ? 'finished' : opened ? 'unfinished' : 'not-started';
    return {
      name,
      key: str(r, 'learner.id') || str(r, 'learner.email') || name,
      progress,
      lmsStatus: [completion, success].filter((s) => s && s !== 'UNKNOWN').map((s) => s.toLowerCase()).join(', ') || 'not attempted',
      score: progress === 'finished' ? percent(str(r, 'score.scaled')) : null,
      seconds: spanSeconds(Number(str(r, 'totalSecondsTracked'))),
      ...(str(r, 'firstAccessDate') ? { startedAt: str(r, 'firstAccessDate') } : {}),
      ...(str(r, 'lastAccessDate') ? { lastAccessedAt: str(r, 'lastAccessDate') } : {}),
      interactions,
    };
  });
  if (learners.length === 0) throw new ExportError(fileName, 'this SCORM Cloud file has no registrations.');
  if (withoutRuntime === learners.length && learners.some((l) => l.progress !== 'not-started')) {
    notices.push({
      level: 'error',
      text: 'These registrations carry no runtime data, so there are no answers in them.',
      action: 'Fetch them again with includeChildResults=true, includeInteractionsAndObjectives=true and includeRuntime=true.',
    });
  }
  return {
    format: 'scorm-cloud',
    fileName,
    ...(str(list[0], 'course.title') ? { lessonTitle: str(list[0], 'course.title') } : {}),
    learners,
    hasInteractionIds: true,
    hasResponses: withoutRuntime < learners.length,
    notices,
  };
}
