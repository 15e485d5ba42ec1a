/**
 * Answers a learner could give, for tests and the bench: the right one, the longest wrong one (the worst
 * case for the saved size), and a near miss (what a learner who almost knows gives: the browser journeys
 * use it, so its feedback is the "not quite" a real learner sees).
 */
import type { Check } from '../content/model';
import { correctResponse, isComplete, isCorrect } from '../lesson/grading';
import type { Response } from '../lesson/types';

/** The right answer, from the lesson layer (one definition for views, tracking and tests). */
export function rightAnswer(check: Check): Response {
  return correctResponse(check);
}

/** Every full, wrong answer worth trying for size, longest first. */
function wrongCandidates(check: Check): Response[] {
  switch (check.type) {
    case 'single-choice':
      return check.options.filter((o) => o.id !== check.correct).map((o) => [o.id]);
    case 'true-false':
      return [[String(!check.correct)]];
    case 'multiple-response': {
      const ids = check.options.map((o) => o.id);
      // Everything ticked, then everything but one: one of them is wrong whatever the key.
      return [ids, ...ids.map((skip) => ids.filter((id) => id !== skip))];
    }
    case 'ordering': {
      const ids = check.items.map((i) => i.id);
      return [[...ids].reverse(), [ids[1] ?? '', ids[0] ?? '', ...ids.slice(2)]];
    }
    case 'matching': {
      const rights = check.pairs.map((p) => p.right.id);
      const all = [...rights, ...check.distractors.map((d) => d.id)];
      return [
        // A distractor where there is one, else the next pair's match; then every item shifted by one.
        rights.map((_, i) => check.distractors[i]?.id ?? rights[(i + 1) % rights.length] ?? ''),
        check.pairs.map((_, i) => all[(i + 1) % all.length] ?? ''),
      ];
    }
  }
}

/**
 * A full but wrong answer, as long as a wrong answer can be (the worst case for the saved size):
 * every option ticked, ordering reversed, matching targets replaced by distractors or shifted.
 */
export function wrongAnswer(check: Check): Response {
  const wrong = wrongCandidates(check).filter((r) => isComplete(check, r) && !isCorrect(check, r));
  const longest = [...wrong].sort((a, b) => b.length - a.length)[0];
  if (!longest) throw new Error(`Check ${check.id} has no wrong answer.`);
  return longest;
}

/**
 * A wrong answer close to the right one: the other options (multiple response), the right order with the
 * first two swapped, every item given the next pair's match.
 */
export function nearMiss(check: Check): Response {
  switch (check.type) {
    case 'single-choice':
      return [check.options.find((o) => o.id !== check.correct)?.id ?? ''];
    case 'true-false':
      return [String(!check.correct)];
    case 'multiple-response':
      return check.options.filter((o) => !check.correct.includes(o.id)).map((o) => o.id);
    case 'ordering': {
      const ids = check.items.map((i) => i.id);
      return [ids[1] ?? '', ids[0] ?? '', ...ids.slice(2)];
    }
    case 'matching':
      return check.pairs.map((_, i) => check.pairs[(i + 1) % check.pairs.length]?.right.id ?? '');
  }
}
