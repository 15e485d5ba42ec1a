// @vitest-environment node
/**
 * The item bank maps every interaction back to a check, a try and an answer in words, whichever SCORM
 * version wrote it; files the report cannot read get a message that says what they are and what to do.
 */
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lesson } from '../../src/content/model.ts';
import { correctResponse } from '../../src/lesson/grading.ts';
import { allChecks } from '../../src/lesson/lookup.ts';
import { decodeResponse } from '../../src/report/answers.ts';
import { analyseClass, ExportError, parseInteractionId, readExport, type ItemBank } from '../../src/report/index.ts';
import { interactionId, learnerResponse } from '../../src/tracking/formats.ts';
import { buildItemBank } from '../../scorm/teacher/build-item-bank.ts';
import { enc, handClass, realLesson } from './class.ts';
import { moodleTable, moodleText, previewClass, scormCloud, wrongResponse } from './simulate.ts';

let lesson: Lesson;
let bank: ItemBank;
beforeAll(() => {
  ({ lesson, bank } = realLesson());
});

describe('the item bank', () => {
  it('lists every check with its section, question, options, right answer and explanation', () => {
    expect(bank.items).toHaveLength(allChecks(lesson).length);
    expect(bank.sections.map((s) => s.id)).toEqual(['context', 'terms', 'impact', 'end', 'legacy']);
    const k = bank.items.find((i) => i.id === 'context_khalkhin_where')!;
    expect(k).toMatchObject({ section: 'context', type: 'single-choice', interactionType: 'choice', maxTries: 2 });
    expect(k.options?.map((o) => [o.id, o.code12, o.code2004])).toEqual([
      ['a', 'a', 'a'],
      ['b', 'b', 'b'],
      ['c', 'c', 'c'],
      ['d', 'd', 'd'],
    ]);
    expect(k.correct.words).toBe("Where Mongolia met Manchukuo, Japan's puppet state");
    expect(k.explanation).toMatch(/Nomonhan/);
    expect(bank.interactionIds.example).toBe('context_khalkhin_where__t1');
    expect(bank.objectives[0]?.id).toBe(lesson.objectives[0]?.id);
  });

  it('maps interaction ids back to a check and a try', () => {
    expect(parseInteractionId(interactionId('terms_renewal', 1))).toEqual({ checkId: 'terms_renewal', tryNumber: 2 });
    expect(parseInteractionId('terms_renewal')).toBeNull();
    expect(parseInteractionId('x__t0')).toBeNull();
  });

  it('reads every response the lesson writes, in both versions, back into the same ids', () => {
    for (const check of allChecks(lesson)) {
      const item = bank.items.find((i) => i.id === check.id)!;
      for (const response of [correctResponse(check), wrongResponse(check)]) {
        for (const standard of ['1.2', '2004'] as const) {
          const written = learnerResponse(check, response, standard);
          expect(decodeResponse(item, written, standard), `${check.id} ${standard} "${written}"`).toEqual([...response]);
          // Without knowing the version, too (SCORM Cloud does not say).
          expect(decodeResponse(item, written), `${check.id} ${standard} "${written}" unknown version`).toEqual([...response]);
        }
      }
    }
  });

  it('gives ordering and matching answers in words', () => {
    const match = bank.items.find((i) => i.type === 'matching')!;
    expect(match.correct.words.split('; ')).toHaveLength(match.sources!.length);
    expect(match.correct.words).toMatch(/ → /);
    const order = bank.items.find((i) => i.type === 'ordering')!;
    expect(order.correct.words).toMatch(/^1\. .* 2\. /);
  });
});

describe('files the report cannot read', () => {
  const fails = (name: string, bytes: Uint8Array): ExportError => {
    try {
      readExport(name, bytes);
    } catch (error) {
      expect(error).toBeInstanceOf(ExportError);
      return error as ExportError;
    }
    throw new Error(`${name} was read`);
  };

  it('a JSON export cut off part-way', () => {
    const whole = scormCloud(lesson, handClass(lesson));
    expect(fails('registrations.json', enc(whole.slice(0, whole.length / 2))).message).toMatch(/JSON file is damaged/);
  });

  it('an Excel file cut off part-way', () => {
    const xlsx = new Uint8Array(readFileSync(join(import.meta.dirname, 'moodle-4.5/scorm12/interactions-all.xlsx')));
    expect(fails('interactions.xlsx', xlsx.slice(0, 4000)).message).toMatch(/not a readable Excel workbook/);
  });

  it('a SCORM package dropped in by mistake', () => {
    const zip = zipSync({ 'imsmanifest.xml': strToU8('<manifest/>'), 'index.html': strToU8('<html></html>') });
    expect(fails('neutrality-pact-1.0.0-scorm12.zip', zip).message).toMatch(/zip \(a SCORM package\?\), not a report/);
  });

  it('empty, binary and foreign files', () => {
    expect(fails('empty.txt', new Uint8Array()).message).toMatch(/empty/);
    expect(fails('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46])).message).toMatch(/not a text file|binary/);
    expect(fails('grades.csv', enc('Student,Grade\nAda,A\n')).message).toMatch(/not a Moodle SCORM report/);
    expect(fails('notes.txt', enc('just some notes\n')).message).toMatch(/no columns/);
    expect(fails('package.json', enc('{"name":"x"}')).message).toMatch(/neither a SCORM Cloud registration nor a preview/);
    expect(fails('items.json', enc(JSON.stringify(bank))).message).toMatch(/item bank/);
    expect(fails('class.json', enc('{"format":"scorm-preview-class","formatVersion":1,"attempts":[{"format":"scorm-preview-attempt"}]}')).message).toMatch(/attempt 1 .* damaged/);
  });

  it('every error says what to do', () => {
    expect(fails('notes.txt', enc('just some notes\n')).action).toMatch(/Interactions report/);
  });
});

describe('exports that lack what a figure needs', () => {
  it('ids from another lesson give a message, not figures', () => {
    const text = moodleText(moodleTable(lesson, handClass(lesson), { standard: '1.2', columns: 'all' })).replace(/context_|terms_|impact_|end_|legacy_/g, 'other_');
    const r = analyseClass(bank, [readExport('other.txt', enc(text))]);
    expect(r.notices.find((n) => n.level === 'error')?.text).toMatch(/None of the .* question ids in this export belongs to/);
    expect(r.items.every((i) => i.facility === null)).toBe(true);
  });

  it('answers whose right answer differs from this version are pointed out', () => {
    const text = moodleText(moodleTable(lesson, handClass(lesson), { standard: '1.2', columns: 'all' }));
    // The khalkhin check's right answer was "a" in this version; pretend the export's version said "d".
    const changed = text.replace(/(context_khalkhin_where__t\d\t[a-d]\t)a\t/g, '$1d\t');
    const r = analyseClass(bank, [readExport('old.txt', enc(changed))]);
    expect(r.notices.find((n) => n.level === 'warning')?.text).toMatch(/another version of the lesson/);
  });

  it('a SCORM Cloud list fetched without runtime data says how to fetch it', () => {
    const json = JSON.parse(scormCloud(lesson, handClass(lesson))) as { registrations: { activityDetails: unknown }[] };
    for (const r of json.registrations) delete (r as { activityDetails?: unknown }).activityDetails;
    const record = readExport('regs.json', enc(JSON.stringify(json)));
    expect(record.notices[0]?.action).toMatch(/includeRuntime=true/);
  });

  it('shows written debate positions when the export carries them', () => {
    const file = JSON.parse(previewClass(lesson, handClass(lesson).slice(0, 2), '2004')) as { attempts: { cmi: { cmi: { interactions: Record<string, unknown> } } }[] };
    const interactions = file.attempts[0]!.cmi.cmi.interactions;
    interactions[String(Object.keys(interactions).length)] = { id: 'end_debate_position', type: 'long-fill-in', learner_response: 'The pact was still in force, so the attack broke it.', result: 'neutral' };
    const r = analyseClass(bank, [readExport('class.json', enc(JSON.stringify(file)))]);
    expect(r.learners[0]?.written).toEqual([{ id: 'end_debate_position', text: 'The pact was still in force, so the attack broke it.' }]);
    expect(r.learners[1]?.written).toEqual([]);
    expect(r.notices.map((n) => n.text).join(' ')).not.toMatch(/match no check|No written answers/);
  });

  it('a preview attempt is read alone as well as in a class file', () => {
    const one = JSON.parse(previewClass(lesson, handClass(lesson).slice(0, 1), '1.2')) as { attempts: unknown[] };
    const r = analyseClass(bank, [readExport('attempt.json', enc(JSON.stringify(one.attempts[0])))]);
    expect(r.learners.map((l) => [l.name, l.score])).toEqual([['Ada Able', 100]]);
  });
});

describe('check metadata the content is gaining (read through src/report/check-meta.ts)', () => {
  it('carries skill, objective, passage and misconceptions into the bank and the report', () => {
    const { lesson: base } = realLesson();
    // The content model does not declare these fields yet; a lesson that has them, as the content will.
    const lesson = JSON.parse(JSON.stringify(base)) as Lesson;
    const check = lesson.sections[0]!.checks.find((c) => c.id === 'context_khalkhin_where') as unknown as Record<string, unknown> & { options: Record<string, unknown>[] };
    Object.assign(check, { skill: 'recall', objective: 'why-signed', passage: { heading: 'Two battles on the border', anchor: 'two-battles' } });
    check.options[1]!.misconception = 'Mixes up the Winter War with the war against Japan.';
    (lesson as unknown as { objectives: unknown }).objectives = [{ id: 'why-signed', text: 'Explain why the pact was signed.' }];
    const withMeta = buildItemBank(lesson);
    const item = withMeta.items.find((i) => i.id === 'context_khalkhin_where')!;
    expect(item).toMatchObject({ skill: 'recall', objective: 'why-signed', passage: { heading: 'Two battles on the border', anchor: 'two-battles' } });
    expect(item.options?.[1]?.misconception).toBe('Mixes up the Winter War with the war against Japan.');
    expect(withMeta.objectives).toEqual([{ id: 'why-signed', text: 'Explain why the pact was signed.' }]);

    const text = moodleText(moodleTable(lesson, handClass(lesson), { standard: '1.2', columns: 'all' }));
    const r = analyseClass(withMeta, [readExport('i.txt', enc(text))]);
    expect(r.items.find((i) => i.id === 'context_khalkhin_where')?.commonWrong?.misconception).toBe('Mixes up the Winter War with the war against Japan.');
    expect(r.learners.find((l) => l.name.startsWith('Eli'))?.revisit[0]?.passages).toContain('Two battles on the border');
  });
});
