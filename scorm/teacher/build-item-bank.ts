/**
 * Build the item bank from the lesson model. The codes each answer goes by in SCORM 1.2 and 2004 are
 * produced by the very functions the lesson's tracking writes responses with (src/tracking/formats.ts),
 * so the bank and what the lesson sends cannot disagree. Build time only: the class report reads the
 * bank, it never needs the tracking code.
 */
import type { Check, Choice, Lesson } from '../../src/content/model.ts';
import { correctResponse } from '../../src/lesson/grading.ts';
import { answerWords, ITEM_BANK_FORMAT, type BankChoice, type BankItem, type ItemBank } from '../../src/report/item-bank.ts';
import { correctPattern, interactionId, interactionType, learnerResponse } from '../../src/tracking/formats.ts';

function choice(c: Choice, code12: string, code2004: string): BankChoice {
  const { misconception } = c;
  return {
    id: c.id,
    text: c.text,
    code12,
    code2004,
    ...(c.feedback ? { feedback: c.feedback } : {}),
    ...(misconception ? { misconception } : {}),
  };
}

/** A one-id response written in each version gives that id's code there. */
function codes(check: Check, response: string[]): [string, string] {
  return [learnerResponse(check, response, '1.2'), learnerResponse(check, response, '2004')];
}

export function answerSpace(check: Check): Pick<BankItem, 'options' | 'items' | 'sources' | 'targets'> {
  switch (check.type) {
    case 'single-choice':
    case 'multiple-response':
      return { options: check.options.map((o) => choice(o, ...codes(check, [o.id]))) };
    case 'true-false':
      return {};
    case 'ordering':
      return { items: check.items.map((o) => choice(o, ...codes(check, [o.id]))) };
    case 'matching': {
      const first = check.pairs[0]?.right.id ?? '';
      // A response that matches only source i to the first target gives "<digit>.a" / "<id>[.]<id>".
      const sources = check.pairs.map((p, i) => {
        const [c12, c04] = codes(check, check.pairs.map((_, j) => (j === i ? first : '')));
        return choice(p.left, c12.split('.')[0] ?? '', c04.split('[.]')[0] ?? '');
      });
      const targets = [...check.pairs.map((p) => p.right), ...check.distractors].map((t) => {
        const [c12, c04] = codes(check, check.pairs.map((_, j) => (j === 0 ? t.id : '')));
        return choice(t, c12.split('.')[1] ?? '', c04.split('[.]')[1] ?? '');
      });
      return { sources, targets };
    }
  }
}

export function buildItemBank(lesson: Lesson): ItemBank {
  const items = lesson.sections.flatMap((section) =>
    section.checks.map((check): BankItem => {
      const space = answerSpace(check);
      const partial = { type: check.type, ...space } as Pick<BankItem, 'type' | 'options' | 'items' | 'sources' | 'targets'>;
      const response = correctResponse(check);
      return {
        id: check.id,
        section: section.id,
        type: check.type,
        interactionType: interactionType(check),
        ...(check.skill ? { skill: check.skill } : {}),
        ...(check.objective ? { objective: check.objective } : {}),
        ...(check.passage ? { passage: check.passage } : {}),
        question: check.prompt,
        maxTries: Number.isInteger(check.maxTries) && check.maxTries >= 1 ? check.maxTries : lesson.settings.maxTries,
        ...space,
        correct: {
          response,
          words: answerWords(partial, response),
          pattern12: correctPattern(check, '1.2'),
          pattern2004: correctPattern(check, '2004'),
        },
        explanation: check.explanation,
        ...(check.hint ? { hint: check.hint } : {}),
      };
    }),
  );
  return {
    format: ITEM_BANK_FORMAT,
    formatVersion: 1,
    lesson: { id: lesson.id, title: lesson.title, version: lesson.version },
    scoring: { rule: lesson.settings.scoring, maxTries: lesson.settings.maxTries, passingScore: lesson.settings.passingScore },
    interactionIds: { pattern: '<check id>__t<try number, from 1>', example: interactionId(items[0]?.id ?? 'check', 0) },
    objectives: lesson.objectives,
    sections: lesson.sections.map((s) => ({ id: s.id, title: s.title, objective: s.objective, checks: s.checks.map((c) => c.id) })),
    items,
  };
}

