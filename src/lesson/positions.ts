/**
 * The learner's written positions after the lesson's debates: which debates ask for one, and how a
 * position is written into saved state.
 *
 * Saved state must stay small (the worst case of the whole lesson is held to 2,000 characters) and
 * plain ASCII with nothing an LMS might escape. So a position is written as its text with every
 * character outside a safe set escaped as `~` and four hex digits, after typographic punctuation
 * (curly quotes, dashes, the ellipsis) has become its plain form. Plain English costs one character
 * per character; an accented letter costs five. The limit a learner sees counts the saved form, so
 * it is exact: POSITION_LIMIT characters of plain English, fewer if many letters need escaping.
 */
import type { DebateVisual, Lesson } from '../content/model';

/** The most a position may take in saved state. Two of them leave room for every check's answers. */
export const POSITION_LIMIT = 450;

/** Characters written as they are. Everything else is escaped. */
const SAFE = /[A-Za-z0-9 .,;:!?()/'-]/;

const PLAIN: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
  '\u00A0': ' ',
  '\t': ' ',
};

/** Typographic punctuation as plain text; line breaks kept (they are escaped when written). */
export function plainPunctuation(text: string): string {
  return text.replace(/[\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u00A0\t]/g, (c) => PLAIN[c] ?? c).replace(/\r\n?/g, '\n');
}

export function escapePosition(text: string): string {
  let out = '';
  for (const c of plainPunctuation(text)) {
    if (SAFE.test(c)) out += c;
    else for (let i = 0; i < c.length; i += 1) out += `~${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
  }
  return out;
}

/** The text back, or null when the saved form is not one escapePosition writes. */
export function unescapePosition(saved: string): string | null {
  let out = '';
  for (let at = 0; at < saved.length; ) {
    const c = saved[at]!;
    if (c === '~') {
      const hex = saved.slice(at + 1, at + 5);
      if (!/^[0-9a-f]{4}$/.test(hex)) return null;
      out += String.fromCharCode(parseInt(hex, 16));
      at += 5;
    } else if (SAFE.test(c)) {
      out += c;
      at += 1;
    } else {
      return null;
    }
  }
  return out;
}

/** How many characters of the limit a text uses in saved form. */
export function positionSize(text: string): number {
  return escapePosition(text).length;
}

/**
 * The longest start of `text` that fits the limit, cut at a whole character: what is kept when a
 * learner pastes more than fits. Surrounding white space is dropped.
 */
export function fitPosition(text: string, limit = POSITION_LIMIT): string {
  const trimmed = plainPunctuation(text).trim();
  if (positionSize(trimmed) <= limit) return trimmed;
  let used = 0;
  let kept = '';
  for (const c of trimmed) {
    used += positionSize(c);
    if (used > limit) break;
    kept += c;
  }
  return kept.trimEnd();
}

/** The debates that ask the learner for a position, by visual id, in lesson order. */
export function positionDebates(lesson: Lesson): { id: string; sectionId: string; debate: DebateVisual }[] {
  return lesson.sections.flatMap((section) =>
    Object.entries(section.visuals).flatMap(([id, visual]) =>
      visual.kind === 'debate' && visual.respond !== undefined ? [{ id, sectionId: section.id, debate: visual }] : [],
    ),
  );
}
