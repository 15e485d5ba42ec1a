/**
 * One shape for both APIs, and no call that can throw: an LMS's API is foreign code, and the
 * lesson must go on whatever it does. Each call answers true/false; a refusal is described from
 * GetLastError / GetErrorString / GetDiagnostic, in the LMS's own words. The calls' names come
 * from the shared table (scorm-api.ts).
 */
import type { FoundApi } from './discover';
import { SCORM_API, type Standard } from './scorm-api';

export interface Connection {
  readonly standard: Standard;
  initialize(): boolean;
  terminate(): boolean;
  /** The value, or '' when the LMS refuses (the error is still readable with lastError). */
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  /** "code: text (diagnostic)" for the last refused call, or null when the LMS reports no error. */
  lastError(): string | null;
}

/** `"true"` in the spec; some LMSs answer the boolean. */
const isTrue = (answer: unknown): boolean => answer === true || answer === 'true';

export function connect(found: FoundApi): Connection {
  const names = SCORM_API[found.standard].methods;
  const api = found.api as Record<string, (...args: string[]) => unknown>;
  const call = (name: string, ...args: string[]): unknown => api[name]!(...args);
  /** Set when the API itself threw: there is no error code to read then. */
  let thrown: string | null = null;

  const attempt = (name: string, ...args: string[]): unknown => {
    thrown = null;
    try {
      return call(name, ...args);
    } catch (error) {
      // Read `message` directly: an error from the LMS's frame is not `instanceof Error` here.
      const message = typeof error === 'object' && error !== null && 'message' in error ? error.message : error;
      thrown = `the LMS API threw: ${String(message)}`;
      return undefined;
    }
  };
  const text = (name: string, ...args: string[]): string => {
    try {
      const value = call(name, ...args);
      return value === undefined || value === null ? '' : String(value);
    } catch {
      return '';
    }
  };

  return {
    standard: found.standard,
    initialize: () => isTrue(attempt(names.initialize, '')),
    terminate: () => isTrue(attempt(names.terminate, '')),
    get: (element) => {
      const value = attempt(names.getValue, element);
      return value === undefined || value === null ? '' : String(value);
    },
    set: (element, value) => isTrue(attempt(names.setValue, element, value)),
    commit: () => isTrue(attempt(names.commit, '')),
    lastError: () => {
      if (thrown) return thrown;
      const code = text(names.getLastError);
      if (code === '' || code === '0') return null;
      const words = text(names.getErrorString, code);
      const diagnostic = text(names.getDiagnostic, code);
      const extra = diagnostic && diagnostic !== words ? ` (${diagnostic})` : '';
      return `${code}: ${words || 'error'}${extra}`;
    },
  };
}
