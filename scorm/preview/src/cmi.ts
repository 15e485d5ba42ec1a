/**
 * The data model as scorm-again renders it (renderCMIToJSONObject: { cmi: { … } }, lists as objects keyed
 * "0", "1", …), with small helpers to read it without knowing its shape in advance.
 */
export type CmiJson = { [key: string]: CmiValue };
export type CmiValue = string | number | boolean | null | CmiJson | CmiValue[];

export function isObject(value: unknown): value is CmiJson {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Read a dotted path ("cmi.core.lesson_status"); "" when absent. */
export function read(json: CmiJson | null | undefined, path: string): string {
  let at: CmiValue | undefined = json ?? undefined;
  for (const key of path.split('.')) {
    if (Array.isArray(at)) at = at[Number(key)];
    else if (isObject(at)) at = at[key];
    else return '';
  }
  return at === undefined || at === null || isObject(at) || Array.isArray(at) ? '' : String(at);
}

/** The entries of a SCORM list ("cmi.interactions"), in index order, whether rendered as array or object. */
export function list(json: CmiJson | null | undefined, path: string): CmiJson[] {
  let at: CmiValue | undefined = json ?? undefined;
  for (const key of path.split('.')) at = isObject(at) ? at[key] : undefined;
  const values = Array.isArray(at) ? at : isObject(at) ? Object.keys(at).sort((a, b) => Number(a) - Number(b)).map((k) => (at as CmiJson)[k]) : [];
  return values.filter(isObject);
}

export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
