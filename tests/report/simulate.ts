/**
 * Simulated learners and the class files each LMS would export for them. Responses, patterns, result
 * words and interaction ids are written by the lesson's own tracking formats (src/tracking/formats.ts),
 * so a reader that understands these files understands what the lesson sends.
 */
import { strToU8, zipSync } from 'fflate';
import type { Check, Lesson } from '../../src/content/model.ts';
import { correctResponse, isCorrect } from '../../src/lesson/grading.ts';
import { allChecks } from '../../src/lesson/lookup.ts';
import { correctPattern, duration2004, interactionId, learnerResponse, timespan12, type Standard } from '../../src/tracking/formats.ts';
import { scorm12 } from '../../src/tracking/scorm12-profile.ts';
import { scorm2004 } from '../../src/tracking/scorm2004-profile.ts';

/** The result word each version's profile writes. */
const result = (correct: boolean, standard: Standard): string =>
  correct ? 'correct' : (standard === '1.2' ? scorm12 : scorm2004).interactions.wrong;

export type Try = readonly string[];

export interface SimLearner {
  readonly name: string;
  readonly email: string;
  readonly progress: 'finished' | 'unfinished' | 'not-started';
  /** What the LMS holds: a percent when finished, else null. */
  readonly score: number | null;
  readonly seconds: number;
  /** Check id → the responses of each try, in order. A check not listed was skipped or not reached. */
  readonly answers: Readonly<Record<string, readonly Try[]>>;
  /** Write interactions in reverse (as after a resume that rewrote them), to prove readers pivot on ids. */
  readonly reversed?: boolean;
}

export function findCheck(lesson: Lesson, id: string): Check {
  const check = allChecks(lesson).find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return check;
}

/** Every check right at the first try, except those given. */
export function allRight(lesson: Lesson, except: Readonly<Record<string, readonly Try[] | null>> = {}, sections?: readonly string[]): Record<string, readonly Try[]> {
  const out: Record<string, readonly Try[]> = {};
  for (const section of lesson.sections) {
    if (sections && !sections.includes(section.id)) continue;
    for (const check of section.checks) {
      const given = except[check.id];
      if (given === null) continue;
      out[check.id] = given ?? [correctResponse(check)];
    }
  }
  return out;
}

/** Every check wrong at every try (the first wrong answer the check allows). */
export function allWrong(lesson: Lesson): Record<string, readonly Try[]> {
  const out: Record<string, readonly Try[]> = {};
  for (const check of allChecks(lesson)) out[check.id] = Array.from({ length: check.maxTries }, () => wrongResponse(check));
  return out;
}

export function wrongResponse(check: Check): Try {
  const right = correctResponse(check);
  switch (check.type) {
    case 'single-choice':
      return [check.options.find((o) => o.id !== check.correct)?.id ?? ''];
    case 'multiple-response':
      return [check.options.find((o) => !check.correct.includes(o.id))?.id ?? ''];
    case 'true-false':
      return [String(!check.correct)];
    case 'ordering':
    case 'matching':
      return [...right].reverse();
  }
}

export interface Row {
  readonly id: string;
  readonly response: string;
  readonly pattern: string;
  readonly result: string;
  readonly check: Check;
  readonly tryResponse: Try;
}

export function interactionRows(lesson: Lesson, learner: SimLearner, standard: Standard): Row[] {
  const rows: Row[] = [];
  for (const check of allChecks(lesson)) {
    (learner.answers[check.id] ?? []).forEach((tryResponse, t) => {
      rows.push({
        id: interactionId(check.id, t),
        response: learnerResponse(check, tryResponse, standard),
        pattern: correctPattern(check, standard),
        result: result(isCorrect(check, tryResponse), standard),
        check,
        tryResponse,
      });
    });
  }
  return learner.reversed ? rows.reverse() : rows;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Moodle's userdate format: "Thursday, 3 December 2026, 9:28 AM". */
export function moodleDate(at: Date): string {
  const h = at.getUTCHours();
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${DAYS[at.getUTCDay()]}, ${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}, ${hour}:${String(at.getUTCMinutes()).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}

const START = Date.UTC(2026, 11, 3, 9, 0);

/** The Interactions report as a table, as Moodle 4.5 builds it (see ../shared/teacher/samples/moodle-4.5). */
export function moodleTable(lesson: Lesson, learners: readonly SimLearner[], options: { standard: Standard; columns: 'all' | 'default' | 'question-and-response' }): string[][] {
  const perLearner = learners.map((l) => interactionRows(lesson, l, options.standard));
  const groups = Math.max(1, ...perLearner.map((r) => r.length));
  const header = ['Name', 'Email address', 'Attempt', 'Started on', 'Last accessed on', 'Score', lesson.title];
  for (let n = 0; n < groups; n++) {
    if (options.columns === 'all') header.push(`Question ${n}`, `Response ${n}`, `Right answer ${n}`, `Result ${n}`);
    else if (options.columns === 'question-and-response') header.push(`Question ${n}`, `Response ${n}`);
    else header.push(`Response ${n}`);
  }
  const body = learners.map((l, i) => {
    const started = new Date(START + i * 60000);
    const last = new Date(START + i * 60000 + l.seconds * 1000);
    const never = l.progress === 'not-started';
    const row = [
      l.name,
      l.email,
      never ? '-' : '1',
      never ? '-' : moodleDate(started),
      never ? '-' : moodleDate(last),
      never ? '-' : String(l.score ?? 0),
      never ? 'Not attempted' : l.progress === 'finished' ? String(l.score ?? 0) : 'Incomplete',
    ];
    const rows = perLearner[i] ?? [];
    for (let n = 0; n < groups; n++) {
      const r = rows[n];
      if (options.columns === 'all') row.push(r?.id ?? '', r?.response ?? '', r?.pattern ?? '', r?.result ?? '');
      else if (options.columns === 'question-and-response') row.push(r?.id ?? '', r?.response ?? '');
      else row.push(r?.response ?? '');
    }
    return row;
  });
  return [header, ...body];
}

/** PHP fputcsv with a tab: quote a field holding a space, tab, quote or line break. */
export function moodleText(table: readonly (readonly string[])[]): string {
  const field = (s: string): string => (/[\s"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return table.map((r) => r.map(field).join('\t')).join('\n') + '\n';
}

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function columnName(i: number): string {
  let n = i + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A one-sheet workbook ("Report") as Moodle's Excel download: shared strings, numbers as numbers. */
export function moodleXlsx(table: readonly (readonly string[])[]): Uint8Array {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const sheetRows = table
    .map((row, r) => {
      const cells = row
        .map((value, c) => {
          const ref = `${columnName(c)}${r + 1}`;
          if (value === '') return `<c r="${ref}"/>`;
          if (r > 0 && /^\d+(\.\d+)?$/.test(value)) return `<c r="${ref}"><v>${Number(value).toFixed(1)}</v></c>`;
          if (!index.has(value)) {
            index.set(value, strings.length);
            strings.push(value);
          }
          return `<c r="${ref}" t="s"><v>${index.get(value)}</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Report" sheetId="1" r:id="rId4"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/report.xml"/></Relationships>'),
    'xl/worksheets/report.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData>${sheetRows}</sheetData></worksheet>`),
    'xl/sharedStrings.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${ns}">${strings.map((s) => `<si><t>${xmlEscape(s)}</t></si>`).join('')}</sst>`),
  });
}

/** SCORM Cloud API v2 registrations (a SCORM 2004 package), as GET /registrations returns them with runtime data. */
export function scormCloud(lesson: Lesson, learners: readonly SimLearner[]): string {
  const registrations = learners.map((l, i) => {
    const [firstName, ...rest] = l.name.split(' ');
    const never = l.progress === 'not-started';
    const interactions = interactionRows(lesson, l, '2004').map((r, k) => ({
      id: r.id,
      type: 'choice',
      objectives: [r.check.section],
      timestamp: new Date(START + k * 1000).toISOString(),
      correctResponses: [r.pattern],
      weighting: '1',
      learnerResponse: r.response,
      result: r.result,
      latency: 'PT5S',
      description: r.check.prompt.slice(0, 250),
    }));
    return {
      id: `reg-${i + 1}`,
      instance: 0,
      registrationCompletion: l.progress === 'finished' ? 'COMPLETED' : never ? 'UNKNOWN' : 'INCOMPLETE',
      registrationSuccess: l.progress === 'finished' && l.score !== null ? (l.score >= 80 ? 'PASSED' : 'FAILED') : 'UNKNOWN',
      ...(l.progress === 'finished' ? { score: { scaled: l.score } } : {}),
      totalSecondsTracked: never ? 0 : l.seconds,
      ...(never ? {} : { firstAccessDate: new Date(START).toISOString(), lastAccessDate: new Date(START + l.seconds * 1000).toISOString() }),
      course: { id: lesson.id, title: lesson.title, version: 0 },
      learner: { id: l.email, email: l.email, firstName, lastName: rest.join(' ') },
      activityDetails: {
        id: lesson.id,
        title: lesson.title,
        children: [{ id: 'sco', title: lesson.title, ...(never ? {} : { runtime: { completionStatus: l.progress === 'finished' ? 'Completed' : 'Incomplete', runtimeInteractions: interactions } }) }],
      },
    };
  });
  return JSON.stringify({ registrations }, null, 2);
}

/** The preview LMS's class file: each attempt's data model in the version's own element names. */
export function previewClass(lesson: Lesson, learners: readonly SimLearner[], standard: Standard): string {
  const attempts = learners.map((l) => {
    const rows = interactionRows(lesson, l, standard);
    const interactions = Object.fromEntries(
      rows.map((r, k) => [
        String(k),
        standard === '1.2'
          ? { id: r.id, type: 'choice', student_response: r.response, result: r.result, correct_responses: { 0: { pattern: r.pattern } } }
          : { id: r.id, type: 'choice', learner_response: r.response, result: r.result, correct_responses: { 0: { pattern: r.pattern } } },
      ]),
    );
    const finished = l.progress === 'finished';
    const never = l.progress === 'not-started';
    const cmi =
      standard === '1.2'
        ? {
            core: {
              student_id: l.email,
              student_name: l.name,
              lesson_status: finished ? ((l.score ?? 0) >= 80 ? 'passed' : 'failed') : never ? 'not attempted' : 'incomplete',
              score: { raw: finished ? String(l.score) : '' },
              total_time: '0000:00:00',
              session_time: timespan12(l.seconds),
            },
            interactions,
          }
        : {
            learner_id: l.email,
            learner_name: l.name,
            completion_status: finished ? 'completed' : never ? 'not attempted' : 'incomplete',
            success_status: finished ? ((l.score ?? 0) >= 80 ? 'passed' : 'failed') : 'unknown',
            score: { raw: finished ? String(l.score) : '', scaled: finished ? String((l.score ?? 0) / 100) : '' },
            total_time: 'PT0S',
            session_time: duration2004(l.seconds),
            interactions,
          };
    return {
      format: 'scorm-preview-attempt',
      formatVersion: 1,
      standard,
      lessonTitle: lesson.title,
      learner: { id: l.email, name: l.name },
      attempt: 1,
      exportedAt: new Date(START).toISOString(),
      totalTime: '',
      cmi: { cmi },
    };
  });
  return JSON.stringify({ format: 'scorm-preview-class', formatVersion: 1, attempts }, null, 2);
}
