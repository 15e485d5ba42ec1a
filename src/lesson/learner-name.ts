/**
 * The learner's name as people write it. SCORM asks LMSs for "Last, First" (cmi.learner_name,
 * cmi.core.student_name); on the results page, which a teacher may receive printed, it reads
 * "First Last". A name without a comma is kept as the LMS gave it.
 */
export function displayName(fromLms: string | null | undefined): string | null {
  if (typeof fromLms !== 'string') return null;
  const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
  const comma = fromLms.indexOf(',');
  const name =
    comma < 0 ? tidy(fromLms) : [tidy(fromLms.slice(comma + 1)), tidy(fromLms.slice(0, comma))].filter(Boolean).join(' ');
  return name === '' ? null : name;
}
