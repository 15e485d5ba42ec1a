// @vitest-environment node
/**
 * The preview LMS's export, end to end: a lesson writes its interactions to the preview LMS (scorm-again
 * playing the LMS) in each SCORM version, the attempts are exported under learner names and gathered into
 * a class file, and the class report reads that file back into the same answers.
 */
import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/content/model.ts';
import { correctResponse, isCorrect } from '../../src/lesson/grading.ts';
import { analyseClass, readExport } from '../../src/report/index.ts';
import { correctPattern, interactionId, interactionType, learnerResponse, type Standard } from '../../src/tracking/formats.ts';
import { scorm12 } from '../../src/tracking/scorm12-profile.ts';
import { scorm2004 } from '../../src/tracking/scorm2004-profile.ts';

/** The result word each version's profile writes. */
const result = (correct: boolean, standard: Standard): string =>
  correct ? 'correct' : (standard === '1.2' ? scorm12 : scorm2004).interactions.wrong;
import { addToClass, classFile, exportAttempt, loadClass, saveClass } from '../../scorm/preview/src/class-file.ts';
import type { ManifestInfo } from '../../scorm/preview/src/launch.ts';
import { PreviewLms } from '../../scorm/preview/src/preview-lms.ts';
import type { StorageLike } from '../../scorm/preview/src/record.ts';
import { enc, KHALKHIN, MATCH_ARTICLES, realLesson } from './class.ts';
import { findCheck, wrongResponse } from './simulate.ts';

const manifest: ManifestInfo = { identifier: 'neutrality_pact_1_0_0', title: 'Lesson', masteryScore: '80', scaledPassingScore: '0.8', primaryObjectiveId: 'neutrality_pact' };

function memory(): StorageLike {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

type Api = Record<string, (...args: string[]) => string>;

/** What the lesson's tracker writes for one try, through the LMS's own API. */
function answer(api: Api, standard: Standard, n: number, check: Check, tryIndex: number, response: readonly string[]): void {
  const set = standard === '1.2' ? api.LMSSetValue! : api.SetValue!;
  const at = `cmi.interactions.${n}`;
  expect(set(`${at}.id`, interactionId(check.id, tryIndex))).toBe('true');
  expect(set(`${at}.type`, interactionType(check))).toBe('true');
  expect(set(`${at}.correct_responses.0.pattern`, correctPattern(check, standard))).toBe('true');
  expect(set(`${at}.${standard === '1.2' ? 'student_response' : 'learner_response'}`, learnerResponse(check, response, standard))).toBe('true');
  expect(set(`${at}.result`, result(isCorrect(check, response), standard))).toBe('true');
}

describe.each(['1.2', '2004'] as const)('preview LMS export, SCORM %s', (standard) => {
  it('gathers two named attempts into a class file the class report reads', () => {
    const { lesson, bank } = realLesson();
    const khalkhin = findCheck(lesson, KHALKHIN);
    const match = findCheck(lesson, MATCH_ARTICLES);
    const storage = memory();
    const host: Record<string, unknown> = {};
    const lms = new PreviewLms({ standard, manifest, storage, host, quiet: true });
    const apiName = standard === '1.2' ? 'API' : 'API_1484_11';
    const call = (name12: string, name2004: string, ...args: string[]) => (host[apiName] as Api)[standard === '1.2' ? name12 : name2004]!(...args);
    let attempts = loadClass(storage);

    // Ada finishes: right at the first try, and right at the second try of the matching.
    lms.launch();
    call('LMSInitialize', 'Initialize', '');
    const ada = host[apiName] as Api;
    answer(ada, standard, 0, khalkhin, 0, correctResponse(khalkhin));
    answer(ada, standard, 1, match, 0, wrongResponse(match));
    answer(ada, standard, 2, match, 1, correctResponse(match));
    if (standard === '1.2') {
      call('LMSSetValue', '', 'cmi.core.score.raw', '100');
      call('LMSSetValue', '', 'cmi.core.lesson_status', 'passed');
    } else {
      call('', 'SetValue', 'cmi.score.raw', '100');
      call('', 'SetValue', 'cmi.score.scaled', '1');
      call('', 'SetValue', 'cmi.completion_status', 'completed');
      call('', 'SetValue', 'cmi.success_status', 'passed');
    }
    call('LMSFinish', 'Terminate', '');
    attempts = addToClass(attempts, exportAttempt({ standard, lessonTitle: lesson.title, attempt: lms.record.attempt, cmi: lms.cmi(), totalTime: lms.currentTotalTime() }, 'Ada Able', new Date()));

    // A new attempt for Ben, who answers wrongly once and leaves.
    lms.newAttempt();
    lms.launch();
    call('LMSInitialize', 'Initialize', '');
    answer(host[apiName] as Api, standard, 0, khalkhin, 0, ['b']);
    call(standard === '1.2' ? 'LMSSetValue' : '', standard === '1.2' ? '' : 'SetValue', standard === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status', 'incomplete');
    call('LMSCommit', 'Commit', '');
    attempts = addToClass(attempts, exportAttempt({ standard, lessonTitle: lesson.title, attempt: lms.record.attempt, cmi: lms.cmi(), totalTime: lms.currentTotalTime() }, 'Ben Bright', new Date()));
    // Adding Ben again replaces his attempt rather than counting him twice.
    attempts = addToClass(attempts, attempts[1]!);
    expect(saveClass(storage, attempts)).toBe(true);
    expect(loadClass(storage).map((a) => a.learner.name)).toEqual(['Ada Able', 'Ben Bright']);

    const record = readExport('class.json', enc(JSON.stringify(classFile(loadClass(storage)))));
    expect(record.standard).toBe(standard);
    const report = analyseClass(bank, [record]);
    expect(report.learners.map((l) => [l.name, l.progress, l.score])).toEqual([
      ['Ada Able', 'finished', 100],
      ['Ben Bright', 'unfinished', null],
    ]);
    const k = report.items.find((i) => i.id === KHALKHIN)!;
    expect(k.answers.map((a) => [a.words, a.count])).toEqual([["Where Mongolia met Manchukuo, Japan's puppet state", 1]]);
    const m = report.items.find((i) => i.id === MATCH_ARTICLES)!;
    expect([m.facility, m.facilityWithinTries]).toEqual([0, 1]);
    expect(report.learners[1]?.sections[0]).toMatchObject({ section: 'context', answered: 1, right: 0, mastery: 'not-yet' });
  });
});
