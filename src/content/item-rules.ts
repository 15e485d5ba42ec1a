/**
 * Item-writing rules: checks that measure understanding rather than test-taking skill. Each rule
 * names the file and field an author fixes.
 *
 * - A hint never contains a correct option's text, nor names a correct option ("option b").
 * - A single-choice check's correct option is not much the longest (learners learn that cue).
 * - A true/false check gets one try: a second try at two options is a free mark.
 * - Every section has at least one check beyond recall.
 * - Every objective is assessed by at least one check, and every check names a real objective.
 */
import type { Problems } from './errors.ts';
import type { QuizSource } from './read.ts';
import type { CheckInput, LessonFile } from './schema.ts';
import { normalizeText } from './quote-text.ts';

/** The correct option is "much the longest" when it is longer than every other by this factor... */
export const LONGEST_RATIO = 1.3;
/** ...and by at least this many characters (a 6-character answer beside 4-character ones is no cue). */
export const LONGEST_MIN_GAP = 12;

function correctOptions(check: CheckInput): { id: string; text: string; index: number }[] {
  if (check.type === 'single-choice') {
    return check.options.flatMap((o, index) => (o.id === check.correct ? [{ ...o, index }] : []));
  }
  if (check.type === 'multiple-response') {
    return check.options.flatMap((o, index) => (check.correct.includes(o.id) ? [{ ...o, index }] : []));
  }
  return [];
}

const lower = (s: string) => normalizeText(s).toLowerCase().replace(/[.!?]$/, '');

export function itemRules(lessonFile: string, lesson: LessonFile | undefined, quizzes: readonly QuizSource[], problems: Problems): void {
  const defaultTries = lesson?.settings.maxTries ?? 2;
  const objectiveIds = lesson?.objectives.map((o) => o.id);

  for (const quiz of quizzes) {
    for (const { check, field } of quiz.checks) {
      const at = (sub: string) => `${field}.${sub}`;

      // Hints steer; they never give the answer.
      if (check.hint) {
        const hint = lower(check.hint);
        for (const option of correctOptions(check)) {
          if (hint.includes(lower(option.text))) {
            problems.add(quiz.file, at('hint'), `contains the text of a correct option (options[${option.index}]): a hint steers, it must not give the answer`);
          } else if (new RegExp(`\\b(option|answer|choice)\\s*\\(?${option.id}\\)?(?![a-z0-9_])`, 'i').test(check.hint)) {
            problems.add(quiz.file, at('hint'), `names a correct option ("${option.id}"): a hint steers, it must not give the answer`);
          }
        }
      }

      // No longest-answer cue.
      if (check.type === 'single-choice') {
        const right = check.options.findIndex((o) => o.id === check.correct);
        const rightLength = check.options[right]?.text.length ?? 0;
        const longestOther = Math.max(0, ...check.options.filter((o) => o.id !== check.correct).map((o) => o.text.length));
        if (right >= 0 && rightLength > longestOther * LONGEST_RATIO && rightLength - longestOther >= LONGEST_MIN_GAP) {
          problems.add(
            quiz.file,
            at(`options[${right}].text`),
            `the correct option is much the longest (${rightLength} characters; the longest other has ${longestOther}): learners guess the longest, so shorten it or lengthen the others`,
          );
        }
      }

      // No free marks.
      if (check.type === 'true-false') {
        const tries = check.maxTries ?? defaultTries;
        if (tries > 1) {
          problems.add(
            quiz.file,
            check.maxTries === undefined ? field : at('maxTries'),
            `a true/false check gets one try (set maxTries: 1): with ${tries} tries the second is a free mark${check.maxTries === undefined ? ` (the lesson's setting is ${defaultTries})` : ''}`,
          );
        }
      }

      if (objectiveIds && !objectiveIds.includes(check.objective)) {
        problems.add(quiz.file, at('objective'), `"${check.objective}" is not one of lesson.yaml's objectives (${objectiveIds.join(', ')})`);
      }
    }

    // Something beyond recall in every section.
    if (quiz.checks.length > 0 && quiz.checks.every(({ check }) => check.skill === 'recall')) {
      problems.add(quiz.file, 'checks', 'every check in this section tests recall: add at least one that asks for chronology, cause, significance, evidence, perspective or source work');
    }
  }

  // Every objective assessed.
  // Only when every check was readable: a broken check may be the one that assesses it.
  if (lesson && quizzes.every((q) => q.readable && q.checks.length === q.writtenIds.size)) {
    const assessed = new Set(quizzes.flatMap((q) => q.checks.map(({ check }) => check.objective)));
    lesson.objectives.forEach((o, i) => {
      if (!assessed.has(o.id)) problems.add(lessonFile, `objectives[${i}]`, `objective "${o.id}" is not assessed by any check: name it in a check's objective field`);
    });
  }
}
