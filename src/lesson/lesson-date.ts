/**
 * Dates as the lesson's language writes them. The lesson is written in British English: a bare "en"
 * is read as en-GB (13 April 1941: day, month, year), never as the US order a browser's "en" gives.
 */
export function lessonLocale(language: string): string {
  return language.toLowerCase() === 'en' ? 'en-GB' : language;
}

/** A day as on a printed results page, e.g. "3 December 2026". */
export function lessonDate(date: Date, language: string): string {
  return date.toLocaleDateString(lessonLocale(language), { day: 'numeric', month: 'long', year: 'numeric' });
}
