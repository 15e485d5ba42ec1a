/**
 * Moodle's SCORM report downloads (mod/scorm, 4.x): the Interactions report above all, but also the Basic
 * and Objectives reports, which carry scores and no answers. Columns are found by their headings, and each
 * interaction by the id in its "Question N" cell, never by N: N is only the order the attempt wrote them in.
 */
import {
  ExportError,
  percent,
  resultWord,
  type ClassRecord,
  type ExportFormat,
  type LearnerRecord,
  type Progress,
  type RawInteraction,
  type ReportNotice,
} from '../class-data.ts';
import type { Rows } from './delimited.ts';

const GROUP = /^(Question|Response|Right answer|Result) (\d+)$/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export const TICK_QUESTION =
  'In Moodle, open the SCORM activity > Reports > Interactions report, tick "Summary of question", "Right answer" and "Result" under the report options, press "Show report", then download it again ("text" or Excel).';
export const USE_12 =
  'Moodle 4.5 shows no answers for SCORM 2004 packages in its Interactions report. To see answers, upload the SCORM 1.2 zip (…-scorm12.zip) as the Moodle activity; this download still gives every score and status.';

/** "Thursday, 3 December 2026, 9:28 AM" as minutes since 1970 (the zone cancels out in a difference). */
export function moodleTime(text: string): number | null {
  const m = /(\d{1,2}) ([A-Za-z]+) (\d{4}), (\d{1,2}):(\d{2})(?: ?(AM|PM))?/i.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf((m[2] ?? '').toLowerCase());
  if (month < 0) return null;
  let hour = Number(m[4]) % 12;
  if ((m[6] ?? '').toUpperCase() === 'PM') hour += 12;
  else if (!m[6]) hour = Number(m[4]);
  return Date.UTC(Number(m[3]), month, Number(m[1]), hour, Number(m[5])) / 60000;
}

function progressOf(attempt: string, lessonCell: string, score: string): Progress {
  if (attempt.trim() === '-' || attempt.trim() === '') return 'not-started';
  const status = lessonCell.trim().toLowerCase();
  if (status === 'not attempted') return 'not-started';
  if (status === 'incomplete' || status === 'browsed') return 'unfinished';
  if (status === 'completed' || status === 'passed' || status === 'failed') return 'finished';
  // The lesson column shows the score when the attempt has one, and the lesson writes its score only
  // when the learner finishes (src/tracking), so a number there means finished.
  if (percent(status) !== null) return 'finished';
  // No lesson column (the Basic report): a score other than 0 can only come from a finished attempt; a 0
  // may be either, which the caller marks as unknown.
  return (percent(score) ?? 0) > 0 ? 'finished' : 'unfinished';
}

export function readMoodle(rows: Rows, fileName: string, format: ExportFormat): ClassRecord {
  const header = rows[0]?.map((h) => h.trim()) ?? [];
  const col = (name: string): number => header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
  const attemptCol = col('Attempt');
  const scoreCol = col('Score');
  if (attemptCol < 0 || scoreCol < 0) {
    throw new ExportError(
      fileName,
      'this is not a Moodle SCORM report download: it has no "Attempt" and "Score" columns.',
      'Download the Interactions report from the SCORM activity (Reports > Interactions report > Download), in English, as "text" or Excel.',
    );
  }
  const groups = new Map<number, { question?: number; response?: number; right?: number; result?: number }>();
  header.forEach((h, i) => {
    const m = GROUP.exec(h);
    if (!m) return;
    const n = Number(m[2]);
    const g = groups.get(n) ?? {};
    const key = ({ Question: 'question', Response: 'response', 'Right answer': 'right', Result: 'result' } as const)[m[1] as 'Question'];
    g[key] = i;
    groups.set(n, g);
  });
  const firstGroupCol = Math.min(...[...groups.values()].flatMap((g) => Object.values(g)), header.length);
  // The launchable SCO's column (its title) sits between Score and the interactions; this lesson has one.
  const lessonCol = scoreCol + 1 < firstGroupCol ? scoreCol + 1 : -1;
  const lessonTitle = lessonCol >= 0 ? header[lessonCol] : undefined;
  const nameCol = col('Name') >= 0 ? col('Name') : 0;
  const keyCol = header.findIndex((h, i) => i !== nameCol && i < attemptCol && /e-?mail|username|id number/i.test(h));
  const startCol = col('Started on');
  const lastCol = col('Last accessed on');

  const notices: ReportNotice[] = [];
  const hasIds = [...groups.values()].some((g) => g.question !== undefined);
  const hasResponses = [...groups.values()].some((g) => g.response !== undefined);
  let standard: '1.2' | '2004' | undefined;

  const attempts: LearnerRecord[] = [];
  for (const row of rows.slice(1)) {
    const cell = (i: number): string => (i >= 0 ? (row[i] ?? '').trim() : '');
    const lessonCell = cell(lessonCol);
    const progress = progressOf(cell(attemptCol), lessonCell, cell(scoreCol));
    const interactions: RawInteraction[] = [];
    for (const [n, g] of [...groups].sort((a, b) => a[0] - b[0])) {
      const id = g.question !== undefined ? cell(g.question) : '';
      const response = g.response !== undefined ? (row[g.response] ?? '') : '';
      const result = g.result !== undefined ? cell(g.result) : '';
      if (id === '' && response === '' && result === '') continue;
      if (/^wrong$/i.test(result)) standard = '1.2';
      else if (/^incorrect$/i.test(result)) standard = '2004';
      interactions.push({
        id,
        response,
        ...(g.right !== undefined ? { rightAnswer: cell(g.right) } : {}),
        result: resultWord(result),
        index: n,
      });
    }
    const start = moodleTime(cell(startCol));
    const last = moodleTime(cell(lastCol));
    attempts.push({
      name: cell(nameCol) || '(no name)',
      key: keyCol >= 0 ? cell(keyCol) : cell(nameCol),
      progress,
      lmsStatus: progress === 'not-started' ? 'Not attempted' : percent(lessonCell) !== null ? 'Finished' : lessonCell || cell(scoreCol),
      score: progress === 'finished' ? percent(cell(scoreCol)) ?? percent(lessonCell) : null,
      seconds: start !== null && last !== null && last >= start ? (last - start) * 60 : null,
      ...(cell(startCol) && cell(startCol) !== '-' ? { startedAt: cell(startCol) } : {}),
      ...(cell(lastCol) && cell(lastCol) !== '-' ? { lastAccessedAt: cell(lastCol) } : {}),
      ...(Number.isFinite(Number(cell(attemptCol))) && cell(attemptCol) !== '' ? { attempt: Number(cell(attemptCol)) } : {}),
      ...(lessonCol < 0 && progress === 'unfinished' ? { zeroOrUnfinished: true } : {}),
      interactions,
    });
  }

  // One row per attempt: keep each learner's first attempt, as Moodle's own quiz statistics do.
  const learners: LearnerRecord[] = [];
  let repeated = 0;
  for (const a of attempts) {
    const i = learners.findIndex((l) => l.key === a.key && l.name === a.name);
    if (i < 0) learners.push(a);
    else {
      repeated++;
      if ((a.attempt ?? Infinity) < (learners[i]?.attempt ?? Infinity)) learners[i] = a;
    }
  }
  if (repeated > 0) {
    notices.push({ level: 'info', text: `${repeated} later attempt${repeated === 1 ? ' is' : 's are'} left out: each learner's first attempt is used, as Moodle's quiz statistics do.` });
  }

  const unsure = learners.filter((l) => l.zeroOrUnfinished).length;
  if (unsure > 0) {
    notices.push({
      level: 'warning',
      text: `${unsure} learner${unsure === 1 ? ' has' : 's have'} Score 0, which in this download means either "finished and scored 0" or "not finished yet": Moodle shows 0 for both.`,
      action: 'Download the Interactions report instead: its lesson column says "Incomplete" for a learner who has not finished.',
    });
  }
  const started = learners.filter((l) => l.progress !== 'not-started');
  const answered = started.filter((l) => l.interactions.length > 0);
  if (groups.size === 0) {
    notices.push({
      level: 'error',
      text: 'This download has scores but no answers: it is Moodle\'s Basic or Objectives report, not the Interactions report.',
      action: TICK_QUESTION,
    });
  } else if (!hasIds && hasResponses) {
    notices.push({
      level: 'error',
      text: 'This download has Moodle\'s default columns: the answers are there but not the question each one belongs to (the "Question" column is off), so no answer can be matched to its question.',
      action: TICK_QUESTION,
    });
  } else if (started.length > 0 && answered.length === 0) {
    standard = standard ?? '2004';
    notices.push({
      level: 'error',
      text: `No learner in this download has any answers, though ${started.length} opened the lesson. That is what Moodle 4.5 writes for a SCORM 2004 package: it keeps the answers but its Interactions report cannot show them.`,
      action: USE_12,
    });
  } else if (hasIds && [...groups.values()].some((g) => g.result === undefined)) {
    notices.push({ level: 'info', text: 'The "Result" column is off; whether each answer was right is worked out from the answer itself.', action: TICK_QUESTION });
  }
  return {
    format,
    fileName,
    ...(standard ? { standard } : {}),
    ...(lessonTitle ? { lessonTitle } : {}),
    learners,
    hasInteractionIds: hasIds,
    hasResponses: hasResponses && answered.length > 0,
    notices,
  };
}
