/**
 * A small class whose every figure was worked out by hand (the working is in class-figures.test.ts), and a
 * class of 25 drawn from a simple ability model for the page and the CLI.
 */
import { join } from 'node:path';
import { loadLesson } from '../../src/content/load.ts';
import type { Lesson, TrueFalseCheck } from '../../src/content/model.ts';
import type { ItemBank } from '../../src/report/index.ts';
import { buildItemBank } from '../../scorm/teacher/build-item-bank.ts';
import { correctResponse } from '../../src/lesson/grading.ts';
import { allChecks } from '../../src/lesson/lookup.ts';
import { allRight, allWrong, findCheck, wrongResponse, type SimLearner, type Try } from './simulate.ts';

/**
 * The real lesson and its item bank, loaded once per test file, held to the shape the hand-worked
 * figures were computed on: 25 checks, five of them in context, and one true/false check with two
 * tries (PACT_DURING; the lesson's own true/false checks now take one try). So the figures below stay
 * hand-checkable whatever the authors change in the later sections.
 */
export function realLesson(): { lesson: Lesson; bank: ItemBank } {
  const real = loadLesson(join(import.meta.dirname, '../..'));
  const pactDuring: TrueFalseCheck = {
    id: PACT_DURING,
    section: 'context',
    type: 'true-false',
    prompt: 'True or false: the Nazi–Soviet pact was agreed before the fighting at Khalkhin Gol had ended.',
    correct: true,
    maxTries: 2,
    explanation: 'True: 23 August 1939, while the fighting went on until 16 September.',
    skill: 'chronology',
    objective: real.objectives[0]!.id,
  };
  const sections = real.sections.map((s, i, all) => {
    if (s.id === 'context') return { ...s, checks: [...s.checks, pactDuring], body: [...s.body, { t: 'check' as const, id: PACT_DURING }] };
    // Keep 25 checks in all: Cronbach's alpha depends on the number of items.
    const extra = all.reduce((n, x) => n + x.checks.length, 0) + 1 - 25;
    if (i === all.length - 1 && extra > 0) {
      const dropped = new Set(s.checks.slice(-extra).map((c) => c.id));
      return { ...s, checks: s.checks.filter((c) => !dropped.has(c.id)), body: s.body.filter((b) => !(b.t === 'check' && dropped.has(b.id))) };
    }
    return s;
  });
  const lesson: Lesson = { ...real, sections };
  return { lesson, bank: buildItemBank(lesson) };
}

export const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

export const KHALKHIN = 'context_khalkhin_where';
export const PACT_DURING = 'context_pact_during_battle';
export const WHY_SIGNED = 'context_why_signed';
export const MATCH_ARTICLES = 'terms_match_articles';

export function handClass(lesson: Lesson): SimLearner[] {
  const right = (id: string): Try => correctResponse(findCheck(lesson, id));
  const wrong = (id: string): Try => wrongResponse(findCheck(lesson, id));
  return [
    // Right everywhere except a first wrong try at the matching; written in reverse order.
    { name: 'Ada Able', email: 'ada@example.org', progress: 'finished', score: 100, seconds: 1500, reversed: true, answers: allRight(lesson, { [MATCH_ARTICLES]: [wrong(MATCH_ARTICLES), right(MATCH_ARTICLES)] }) },
    { name: 'Ben Bright', email: 'ben@example.org', progress: 'finished', score: 100, seconds: 1800, answers: allRight(lesson) },
    { name: 'Cleo Careful', email: 'cleo@example.org', progress: 'finished', score: 100, seconds: 2400, answers: allRight(lesson, { [PACT_DURING]: [['false'], ['true']] }) },
    { name: 'Dev Doubt', email: 'dev@example.org', progress: 'finished', score: 96, seconds: 1200, reversed: true, answers: allRight(lesson, { [KHALKHIN]: [['b'], ['a']], [PACT_DURING]: [['false'], ['false']] }) },
    // Gating off in some LMS setups: Eli skipped a check and still finished.
    { name: 'Eli Eager', email: 'eli@example.org', progress: 'finished', score: 88, seconds: 900, answers: allRight(lesson, { [KHALKHIN]: [['b'], ['c']], [PACT_DURING]: [['false'], ['false']], [WHY_SIGNED]: null }) },
    // Left after the second section.
    { name: 'Fay Faraway', email: 'fay@example.org', progress: 'unfinished', score: null, seconds: 600, answers: allRight(lesson, {}, ['context', 'terms']) },
    { name: 'Gus Gone', email: 'gus@example.org', progress: 'not-started', score: null, seconds: 0, answers: {} },
  ];
}

/** Finished with everything wrong: score 0, which Moodle shows exactly as it shows an unfinished learner. */
export function zeroLearner(lesson: Lesson): SimLearner {
  return { name: 'Hal Hopeless', email: 'hal@example.org', progress: 'finished', score: 0, seconds: 700, answers: allWrong(lesson) };
}

/** A small deterministic generator, so the class of 25 is the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * 25 learners: ability from weak to strong, each check with its own difficulty; a learner's chance of
 * a right first try is logistic in ability − difficulty, and a wrong first try is put right half the
 * time. Two leave part-way, one never starts.
 */
export function classOf25(lesson: Lesson): SimLearner[] {
  const rand = random(1941);
  const checks = allChecks(lesson);
  const difficulty = new Map(checks.map((c, i) => [c.id, ((i * 7) % 11) / 5 - 1.2]));
  const names = ['Aiko', 'Boris', 'Chen', 'Dana', 'Emil', 'Farah', 'Goro', 'Hana', 'Ivan', 'Jun', 'Kira', 'Leo', 'Mei', 'Nadia', 'Oleg', 'Priya', 'Quinn', 'Rin', 'Sasha', 'Taro', 'Uma', 'Vera', 'Wen', 'Yuki', 'Zoe'];
  return names.map((first, k): SimLearner => {
    const ability = -1.6 + (3.6 * k) / 24;
    const name = `${first} ${String.fromCharCode(65 + k)}.`;
    const email = `${first.toLowerCase()}@school.example`;
    if (k === 7) return { name, email, progress: 'not-started', score: null, seconds: 0, answers: {} };
    const leftAfter = k === 3 ? 2 : k === 16 ? 3 : null;
    const answers: Record<string, Try[]> = {};
    let right = 0;
    lesson.sections.forEach((section, s) => {
      if (leftAfter !== null && s >= leftAfter) return;
      for (const check of section.checks) {
        const p = 1 / (1 + Math.exp(-(ability - (difficulty.get(check.id) ?? 0)) * 1.7));
        if (rand() < p) {
          answers[check.id] = [correctResponse(check)];
          right++;
        } else if (rand() < 0.5) {
          answers[check.id] = [wrongResponse(check), correctResponse(check)];
          right++;
        } else answers[check.id] = [wrongResponse(check), wrongResponse(check)];
      }
    });
    const finished = leftAfter === null;
    return {
      name,
      email,
      progress: finished ? 'finished' : 'unfinished',
      score: finished ? Math.round((right / checks.length) * 10000) / 100 : null,
      seconds: 60 * (20 + Math.floor(rand() * 30)),
      reversed: k % 4 === 1,
      answers,
    };
  });
}
