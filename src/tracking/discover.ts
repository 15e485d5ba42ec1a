/**
 * Finding the LMS's API object (SCORM 2004 RTE 3.3.6.1 and its 1.2 equivalent).
 *
 * The LMS puts `API_1484_11` (2004) or `API` (1.2) on one of the lesson's ancestor windows, or on the
 * window that opened it. We climb `parent` from the lesson's parent to the top, then from `opener`
 * and its parents. Every property access is guarded: a cross-origin frame throws on access.
 */
import { apiMethodNames, SCORM_API, type Standard } from './scorm-api';

/**
 * An LMS's API object for `standard`: it has every call the shared table names (scorm-api.ts).
 * Return values are strings in the spec; some LMSs return booleans.
 */
export interface FoundApi {
  readonly standard: Standard;
  readonly api: object;
}

/** The spec's bound on climbing: real frame chains are a few deep; this only stops a malformed loop. */
const MAX_HOPS = 500;

/** `read()` or null when it throws (a cross-origin window) . */
function guarded<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/** The API of `standard` on `win` itself, if it has one with every function the spec names. */
function apiOn(win: Window, standard: Standard): object | null {
  const name = SCORM_API[standard].global;
  const calls = apiMethodNames(standard);
  const candidate = guarded(() => (win as unknown as Record<string, unknown>)[name]);
  if (candidate === null || typeof candidate !== 'object') return null;
  const complete = guarded(() =>
    calls.every((call) => typeof (candidate as Record<string, unknown>)[call] === 'function'),
  );
  return complete ? candidate : null;
}

/** Looks at `start`, then its parents up to the top. */
function climb(start: Window | null, standard: Standard): object | null {
  let current: Window | null = start;
  for (let hops = 0; current !== null && hops <= MAX_HOPS; hops += 1) {
    const found = apiOn(current, standard);
    if (found) return found;
    const here: Window = current;
    const parent: Window | null = guarded(() => here.parent);
    if (parent === null || parent === here) return null;
    current = parent;
  }
  return null;
}

function search(win: Window, standard: Standard): object | null {
  // Not `win` itself: a lesson that has put an API on its own window (the no-LMS case) must not
  // find itself. At the top, `win.parent === win`, and only the opener chain is left.
  const parent = guarded(() => win.parent);
  const fromParents = parent !== null && parent !== win ? climb(parent, standard) : null;
  if (fromParents) return fromParents;
  const opener = guarded(() => win.opener as Window | null);
  const fromOpener = opener ? climb(opener, standard) : null;
  if (fromOpener) return fromOpener;
  // A lesson in a frame of a pop-up: the pop-up (the top window) has the opener, not the frame.
  const top = guarded(() => win.top);
  const topOpener = top && top !== win ? guarded(() => top.opener as Window | null) : null;
  return topOpener ? climb(topOpener, standard) : null;
}

/**
 * The LMS API for `standard`, or null when there is none (self-paced study, a plain web link).
 * 'auto' (dev builds, no package meta) prefers 2004 over the whole chain, then 1.2.
 */
export function findApi(win: Window, standard: Standard | 'auto'): FoundApi | null {
  const order: readonly Standard[] = standard === 'auto' ? ['2004', '1.2'] : [standard];
  for (const s of order) {
    const api = search(win, s);
    if (api) return { standard: s, api };
  }
  return null;
}
