// @vitest-environment node
/**
 * Every figure of the class report on a class worked out by hand, read from each export format the
 * report accepts. The working:
 *
 * First-try marks on the four checks that differ (every other check: all five finished learners right):
 *                 khalkhin  pact_during  why_signed  match_articles   total (25 checks)
 *   Ada              1          1            1            0             24
 *   Ben              1          1            1            1             25
 *   Cleo             1          0            1            1             24
 *   Dev              0          0            1            1             23
 *   Eli              0          0            0 (skipped)  1             22
 * Facility (first try): .6, .4, .8, .8; within two tries: .8 (Dev's second try), .6 (Cleo's), .8, 1.
 * Item–rest correlation r = Cov(x, T−x) / √(Var x · Var(T−x)), sample (n − 1) moments:
 *   khalkhin  x=[1,1,1,0,0] rest=[23,24,23,23,22]  cov .25  var .3 .5   r = .25/√.15  = 0.645497
 *   pact      x=[1,1,0,0,0] rest=[23,24,24,23,22]  cov .15  var .3 .7   r = .15/√.21  = 0.327327
 *   why       x=[1,1,1,1,0] rest=[23,24,23,22,22]  cov .2   var .2 .7   r = .2/√.14   = 0.534522
 *   match     x=[0,1,1,1,1] rest=[24,24,23,22,21]  cov −.3  var .2 1.7  r = −.3/√.34  = −0.514496
 * Cronbach's α = 25/24 · (1 − (.3+.3+.2+.2)/Var T), Var T = 1.3  →  0.240385.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lesson } from '../../src/content/model.ts';
import { analyseClass, readExport, reportJson, type ClassReport, type ItemBank } from '../../src/report/index.ts';
import { enc, handClass, KHALKHIN, realLesson, MATCH_ARTICLES, PACT_DURING, WHY_SIGNED, zeroLearner } from './class.ts';
import { moodleTable, moodleText, moodleXlsx, previewClass, scormCloud, type SimLearner } from './simulate.ts';

let lesson: Lesson;
let bank: ItemBank;
beforeAll(() => {
  ({ lesson, bank } = realLesson());
});

type Files = [string, Uint8Array][];
const FORMATS: Record<string, (learners: SimLearner[]) => Files> = {
  'Moodle text (SCORM 1.2)': (l) => [['interactions.txt', enc(moodleText(moodleTable(lesson, l, { standard: '1.2', columns: 'all' })))]],
  // Without "Right answer" and "Result", right or wrong is judged from the answer itself.
  'Moodle text with only Question and Response ticked': (l) => [['q-and-r.txt', enc(moodleText(moodleTable(lesson, l, { standard: '1.2', columns: 'question-and-response' })))]],
  'Moodle Excel (SCORM 1.2)': (l) => [['interactions.xlsx', moodleXlsx(moodleTable(lesson, l, { standard: '1.2', columns: 'all' }))]],
  'SCORM Cloud registrations (SCORM 2004)': (l) => [['registrations.json', enc(scormCloud(lesson, l))]],
  'preview class file (SCORM 1.2)': (l) => [['class.json', enc(previewClass(lesson, l, '1.2'))]],
  // Several files dropped together read as one class.
  'two preview files (SCORM 2004)': (l) => [
    ['first.json', enc(previewClass(lesson, l.slice(0, 3), '2004'))],
    ['rest.json', enc(previewClass(lesson, l.slice(3), '2004'))],
  ],
};

function report(files: Files): ClassReport {
  return analyseClass(bank, files.map(([name, bytes]) => readExport(name, bytes)));
}

describe.each(Object.keys(FORMATS))('the hand-worked class read from %s', (format) => {
  let r: ClassReport;
  beforeAll(() => {
    r = report(FORMATS[format]!(handClass(lesson)));
  });
  const item = (id: string) => r.items.find((i) => i.id === id)!;
  const learner = (first: string) => r.learners.find((l) => l.name.startsWith(first))!;

  it('counts who finished, who did not and who never started', () => {
    expect(r.counts).toEqual({ learners: 7, finished: 5, unfinished: 1, notStarted: 1, inStatistics: 5 });
    expect(r.hasAnswers).toBe(true);
    expect(r.notices.filter((n) => n.level === 'error' || n.level === 'warning')).toEqual([]);
  });

  it('gives facility at the first try and within the allowed tries', () => {
    expect([KHALKHIN, PACT_DURING, WHY_SIGNED, MATCH_ARTICLES].map((id) => [item(id).facility, item(id).facilityWithinTries])).toEqual([
      [0.6, 0.8],
      [0.4, 0.6],
      [0.8, 0.8],
      [0.8, 1],
    ]);
    const others = r.items.filter((i) => ![KHALKHIN, PACT_DURING, WHY_SIGNED, MATCH_ARTICLES].includes(i.id));
    expect(others).toHaveLength(21);
    for (const i of others) expect([i.facility, i.facilityWithinTries, i.discrimination, i.n]).toEqual([1, 1, null, 5]);
    expect(item(WHY_SIGNED).skipped).toBe(1);
  });

  it('gives discrimination as the item–rest correlation', () => {
    expect(item(KHALKHIN).discrimination).toBeCloseTo(0.645497, 5);
    expect(item(PACT_DURING).discrimination).toBeCloseTo(0.327327, 5);
    expect(item(WHY_SIGNED).discrimination).toBeCloseTo(0.534522, 5);
    expect(item(MATCH_ARTICLES).discrimination).toBeCloseTo(-0.514496, 5);
  });

  it('counts first-try answers in words and names the most common wrong one', () => {
    expect(item(KHALKHIN).answers.map((a) => [a.words, a.count, a.correct])).toEqual([
      ["Where Mongolia met Manchukuo, Japan's puppet state", 3, true],
      ['On the border between the Soviet Union and Finland', 2, false],
    ]);
    expect(item(KHALKHIN).commonWrong?.words).toBe('On the border between the Soviet Union and Finland');
    expect(item(KHALKHIN).commonWrong?.feedback).toMatch(/^No\. The Soviet Union did fight Finland/);
    expect(item(PACT_DURING).answers.map((a) => [a.words, a.count])).toEqual([
      ['False', 3],
      ['True', 2],
    ]);
    expect(item(PACT_DURING).commonWrong?.words).toBe('False');
    expect(item(MATCH_ARTICLES).commonWrong?.count).toBe(1);
    expect(item(MATCH_ARTICLES).commonWrong?.words).toMatch(/^Article 1 → /);
  });

  it('flags too easy and weakly discriminating questions', () => {
    expect(item(MATCH_ARTICLES).flags).toEqual(['weak-discrimination']);
    expect(item(KHALKHIN).flags).toEqual([]);
    expect(item(PACT_DURING).flags).toEqual([]);
    expect(r.items.filter((i) => i.flags.includes('too-easy'))).toHaveLength(21);
  });

  it("gives Cronbach's α with a reading in words", () => {
    expect(r.reliability.alpha).toBeCloseTo(0.240385, 5);
    expect(r.reliability.learners).toBe(5);
    expect(r.reliability.reading).toMatch(/^α = 0\.24: low\..*only 5 learners/);
  });

  it('fills the learners × sections grid', () => {
    const grid = Object.fromEntries(r.learners.map((l) => [l.name.split(' ')[0], l.sections.map((s) => `${s.section}:${s.mastery}:${s.right}/${s.total}`)]));
    expect(grid.Dev?.[0]).toBe('context:mastered:4/5');
    expect(grid.Eli?.[0]).toBe('context:not-yet:2/5');
    const size = (id: string) => lesson.sections.find((s) => s.id === id)?.checks.length;
    expect(grid.Fay).toEqual(['context:mastered:5/5', 'terms:mastered:5/5', ...['impact', 'end', 'legacy'].map((id) => `${id}:not-reached:0/${size(id)}`)]);
    expect(grid.Gus).toEqual(lesson.sections.map((s) => `${s.id}:not-reached:0/${s.checks.length}`));
    expect(r.sections.map((s) => [s.id, s.mastered, s.partly, s.notYet, s.notReached, s.classMastery])).toEqual([
      ['context', 5, 0, 1, 1, 0.84],
      ['terms', 6, 0, 0, 1, 1],
      ['impact', 5, 0, 0, 2, 1],
      ['end', 5, 0, 0, 2, 1],
      ['legacy', 5, 0, 0, 2, 1],
    ]);
  });

  it('gives each learner a score, a status in words, time and sections to revisit', () => {
    expect(r.learners.map((l) => [l.name.split(' ')[0], l.score, l.status, l.minutes])).toEqual([
      ['Ada', 100, 'Finished: passed with 100%', 25],
      ['Ben', 100, 'Finished: passed with 100%', 30],
      ['Cleo', 100, 'Finished: passed with 100%', 40],
      ['Dev', 96, 'Finished: passed with 96%', 20],
      ['Eli', 88, 'Finished: passed with 88%', 15],
      ['Fay', null, 'Started, not finished (no score yet)', 10],
      ['Gus', null, 'Never opened the lesson', format.startsWith('Moodle') ? null : 0],
    ]);
    expect(learner('Eli').revisit.map((v) => [v.section, v.missed.length])).toEqual([['context', 3]]);
    expect(learner('Eli').revisit[0]?.missed[0]?.rightAnswer).toBe("Where Mongolia met Manchukuo, Japan's puppet state");
    expect(learner('Dev').revisit).toEqual([]);
    expect([learner('Ada').checksRightFirstTry, learner('Ada').checksRight, learner('Eli').checksAnswered]).toEqual([24, 25, 24]);
  });

  it('gives the score distribution of the learners who finished', () => {
    expect(r.distribution.filter((b) => b.count > 0).map((b) => [b.label, b.count])).toEqual([
      ['80–89%', 1],
      ['90–100%', 4],
    ]);
  });

  it('writes the JSON the CLI promises', () => {
    const json = reportJson(r);
    const k = json.items.find((i) => i.id === KHALKHIN)!;
    expect(k).toMatchObject({ id: KHALKHIN, facility: 0.6, discrimination: 0.645, answers: { "Where Mongolia met Manchukuo, Japan's puppet state": 3, 'On the border between the Soviet Union and Finland': 2 } });
    expect(json.learners.find((l) => l.name.startsWith('Eli'))?.revisit).toEqual(['context']);
    expect(json.sections).toHaveLength(5);
  });
});

describe('a score of 0, an unfinished attempt and no attempt', () => {
  it('are told apart although Moodle shows Score 0 for the first two', () => {
    const [, , , , , fay, gus] = handClass(lesson);
    const learners = [zeroLearner(lesson), fay!, gus!];
    const text = moodleText(moodleTable(lesson, learners, { standard: '1.2', columns: 'all' }));
    const rows = text.split('\n').map((r) => r.split('\t'));
    expect([rows[1]?.[5], rows[2]?.[5]]).toEqual(['0', '0']);
    for (const files of [[['i.txt', enc(text)]], [['c.json', enc(scormCloud(lesson, learners))]], [['p.json', enc(previewClass(lesson, learners, '2004'))]]] as Files[]) {
      const r = report(files);
      expect(r.learners.map((l) => [l.progress, l.score, l.status])).toEqual([
        ['finished', 0, 'Finished: not passed with 0%'],
        ['unfinished', null, 'Started, not finished (no score yet)'],
        ['not-started', null, 'Never opened the lesson'],
      ]);
      expect(r.learners[0]?.sections.every((s) => s.mastery === 'not-yet')).toBe(true);
      expect(r.distribution[0]?.count).toBe(1);
    }
  });
});

describe('the real Moodle 4.5.6 downloads', () => {
  // Copied unchanged from ../shared/teacher/samples/moodle-4.5 (see the README beside them).
  const samples = join(import.meta.dirname, 'moodle-4.5');
  const read = (path: string): ClassReport => report([[path.split('/').pop()!, new Uint8Array(readFileSync(join(samples, path)))]]);

  it('read the 1.2 download with every column, and the Excel one gives the same figures', () => {
    const text = read('scorm12/interactions-all.txt');
    expect(text.counts).toEqual({ learners: 10, finished: 8, unfinished: 1, notStarted: 1, inStatistics: 8 });
    expect(text.learners.find((l) => l.name === 'Student Nine')?.status).toBe('Started, not finished (no score yet)');
    expect(text.learners.find((l) => l.name === 'Student Ten')?.status).toBe('Never opened the lesson');
    expect(text.learners.find((l) => l.name === 'Student Four')?.status).toBe('Finished: not passed with 0%');
    // Three right everywhere, two wrong everywhere, three wrong then right on alternate checks.
    const k = text.items.find((i) => i.id === KHALKHIN)!;
    expect([k.facility, k.facilityWithinTries]).toEqual([3 / 8, 6 / 8]);
    const excel = read('scorm12/interactions-all.xlsx');
    expect(reportJson(excel).items).toEqual(reportJson(text).items);
    expect(reportJson(excel).learners).toEqual(reportJson(text).learners);
  });

  it('say what to tick when the download has Moodle\'s default columns', () => {
    const r = read('scorm12/interactions-default.txt');
    expect(r.hasAnswers).toBe(false);
    const error = r.notices.find((n) => n.level === 'error');
    expect(error?.text).toMatch(/default columns/);
    expect(error?.action).toMatch(/tick "Summary of question", "Right answer" and "Result"/);
    expect(r.items.every((i) => i.facility === null && i.discrimination === null)).toBe(true);
    // Scores and status are still right.
    expect(r.counts).toMatchObject({ finished: 8, unfinished: 1, notStarted: 1 });
  });

  it('say to use the 1.2 zip when a 2004 download has no answers', () => {
    const r = read('scorm2004/interactions-all.txt');
    expect(r.hasAnswers).toBe(false);
    expect(r.notices.find((n) => n.level === 'error')?.action).toMatch(/upload the SCORM 1\.2 zip/);
    expect(r.learners.find((l) => l.name === 'Student Eight')?.score).toBe(100);
    expect(r.reliability.alpha).toBeNull();
  });

  it('say that the Basic report cannot tell 0 from unfinished', () => {
    const r = read('scorm12/basic.txt');
    expect(r.notices.map((n) => n.text).join(' ')).toMatch(/either "finished and scored 0" or "not finished yet"/);
    expect(r.learners.find((l) => l.name === 'Student Four')?.status).toMatch(/cannot tell/);
  });
});
