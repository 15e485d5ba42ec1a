/**
 * Text helpers for the rules that compare author text with documents: whitespace-insensitive
 * matching, the words of a text, and the quotations an author put in double quotation marks.
 */

/** Collapses white space and unifies typographic quotes, so a line break never hides a match. */
export function normalizeText(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a text, for counting reading time and the length of a quotation. */
export function wordsOf(s: string): string[] {
  return s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

/** The marker the source pack uses for words left out of a quotation. */
const OMISSION = /\s*\[(?:…|\.\.\.)\]\s*/;

/**
 * Whether `quote` appears word for word in one of `texts`. A quotation may leave words out with […]:
 * each part must then appear, in order, in the same text.
 */
export function appearsVerbatim(quote: string, texts: readonly string[]): boolean {
  const parts = normalizeText(quote)
    .split(OMISSION)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return true;
  return texts.some((raw) => {
    const text = normalizeText(raw);
    let from = 0;
    for (const part of parts) {
      const at = text.indexOf(part, from);
      if (at < 0) return false;
      from = at + part.length;
    }
    return true;
  });
}

/** Shorter quotations are single phrases ("lost its sense") that need no document to back them. */
export const MIN_CHECKED_QUOTE_WORDS = 4;

/**
 * The passages of `text` inside double quotation marks ("…" or “…”) with at least
 * MIN_CHECKED_QUOTE_WORDS words. A trailing comma or full stop inside the marks is dropped, since
 * English punctuation puts it there whether or not the document has it.
 */
export function quotationsIn(text: string): string[] {
  const found: string[] = [];
  for (const match of normalizeText(text).matchAll(/"([^"]+)"/g)) {
    const quote = (match[1] ?? '').replace(/[.,;:]$/, '').trim();
    if (wordsOf(quote).length >= MIN_CHECKED_QUOTE_WORDS) found.push(quote);
  }
  return found;
}
