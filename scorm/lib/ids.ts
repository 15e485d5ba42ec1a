/**
 * Manifest identifiers are xs:ID, i.e. XML NCNames: a letter or "_" first, then letters, digits, ".", "-", "_".
 * No colons, no spaces, no leading digit. We keep to ASCII, because some LMSs store them in narrow columns
 * and the schemas are read by old parsers.
 */
const NCNAME_ASCII = /^[A-Za-z_][A-Za-z0-9._-]*$/;

export function isXsId(value: string): boolean {
  return NCNAME_ASCII.test(value);
}

/**
 * Turn any lesson id into a valid identifier: every character outside [A-Za-z0-9_] becomes "_" (dots and
 * dashes are valid NCName characters, but "_" alone is the one every LMS database and URL handles), and a
 * leading digit or an empty result gets a letter in front.
 */
export function toXsId(value: string): string {
  const cleaned = value.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `id_${cleaned}`;
}
