/**
 * The start screen's words about checks, tries, scoring and the gate, derived from the lesson model
 * (and the passing score in force, which an LMS may set), so they stay true when the settings change.
 * Written for learners of 14–18: short sentences, "you", no jargon.
 */
import type { Lesson } from '../content/model';
import { allChecks, triesAllowed } from '../lesson/lookup';

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five'];
const word = (n: number) => WORDS[n] ?? String(n);
const tries = (n: number) => `${word(n)} ${n === 1 ? 'try' : 'tries'}`;

/** The rules, one sentence (or two) each, in the order a learner meets them. */
export function howItWorks(lesson: Lesson, passingScore: number): string[] {
  const checks = allChecks(lesson);
  const total = checks.length;
  const sections = lesson.sections.length;
  if (total === 0) return ['There are no checks in this lesson: read it at your own pace.'];
  const allowed = [...new Set(checks.map((c) => triesAllowed(lesson, c)))].sort((a, b) => a - b);
  const most = allowed[allowed.length - 1] ?? 1;
  const lines: string[] = [];
  lines.push(
    `There ${total === 1 ? 'is 1 check' : `are ${total} checks`} (short questions) spread through the ${sections === 1 ? 'section' : `${sections} sections`}, each right after the part it asks about.`,
  );
  if (allowed.length === 1) {
    lines.push(
      most === 1
        ? 'You get one try at each check, so think before you submit. Then the right answer is shown and explained.'
        : `You get ${tries(most)} at each check. After a wrong try you get feedback and can try again; after your last try the right answer is shown and explained.`,
    );
  } else {
    lines.push(
      `You get ${allowed.length === 2 ? `${word(allowed[0] ?? 1)} or ${tries(most)}` : `between ${tries(allowed[0] ?? 1)} and ${tries(most)}`} at each check (each check says how many). After a wrong try you get feedback; after your last try the right answer is shown and explained.`,
    );
  }
  if (most > 1) {
    lines.push(
      lesson.settings.scoring === 'first-try'
        ? 'Only your first try counts towards your score; the other tries are for learning.'
        : 'A check counts as right if any of your tries is right.',
    );
  }
  const needed = Math.ceil((total * passingScore) / 100);
  lines.push(`To pass, get at least ${passingScore}% of the checks right (${needed} of ${total}).`);
  if (sections > 1) {
    lines.push(
      lesson.settings.gating
        ? 'The sections open in order: finish every check in a section (right, or out of tries) to unlock the next. You can always go back to a section you have opened.'
        : 'You can move between the sections in any order.',
    );
  }
  lines.push('At the end you see your results, with the sections worth another look.');
  return lines;
}
