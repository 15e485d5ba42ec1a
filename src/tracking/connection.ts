/**
 * One shape for both APIs, and no call that can throw: an LMS's API is foreign code, and the
 * lesson must go on whatever it does. Each call answers true/false; a refusal is described from
 * GetLastError / GetErrorString / GetDiagnostic, in the LMS's own words.
 */
import type { Api12, Api2004, FoundApi } from './discover';
import type { Standard } from './formats';

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

interface Calls {
  initialize(): unknown;
  terminate(): unknown;
  get(element: string): unknown;
  set(element: string, value: string): unknown;
  commit(): unknown;
  error(): unknown;
  errorString(code: string): unknown;
  diagnostic(code: string): unknown;
}

function calls2004(api: Api2004): Calls {
  return {
    initialize: () => api.Initialize(''),
    terminate: () => api.Terminate(''),
    get: (e) => api.GetValue(e),
    set: (e, v) => api.SetValue(e, v),
    commit: () => api.Commit(''),
    error: () => api.GetLastError(),
    errorString: (c) => api.GetErrorString(c),
    diagnostic: (c) => api.GetDiagnostic(c),
  };
}

function calls12(api: Api12): Calls {
  return {
    initialize: () => api.LMSInitialize(''),
    terminate: () => api.LMSFinish(''),
    get: (e) => api.LMSGetValue(e),
    set: (e, v) => api.LMSSetValue(e, v),
    commit: () => api.LMSCommit(''),
    error: () => api.LMSGetLastError(),
    errorString: (c) => api.LMSGetErrorString(c),
    diagnostic: (c) => api.LMSGetDiagnostic(c),
  };
}

export function connect(found: FoundApi): Connection {
  const calls = found.standard === '2004' ? calls2004(found.api) : calls12(found.api);
  /** Set when the API itself threw: there is no error code to read then. */
  let thrown: string | null = null;

  const attempt = (call: () => unknown): unknown => {
    thrown = null;
    try {
      return call();
    } catch (error) {
      // Read `message` directly: an error from the LMS's frame is not `instanceof Error` here.
      const message = typeof error === 'object' && error !== null && 'message' in error ? error.message : error;
      thrown = `the LMS API threw: ${String(message)}`;
      return undefined;
    }
  };
  const text = (read: () => unknown): string => {
    try {
      const value = read();
      return value === undefined || value === null ? '' : String(value);
    } catch {
      return '';
    }
  };

  return {
    standard: found.standard,
    initialize: () => isTrue(attempt(calls.initialize)),
    terminate: () => isTrue(attempt(calls.terminate)),
    get: (element) => {
      const value = attempt(() => calls.get(element));
      return value === undefined || value === null ? '' : String(value);
    },
    set: (element, value) => isTrue(attempt(() => calls.set(element, value))),
    commit: () => isTrue(attempt(calls.commit)),
    lastError: () => {
      if (thrown) return thrown;
      const code = text(calls.error);
      if (code === '' || code === '0') return null;
      const words = text(() => calls.errorString(code));
      const diagnostic = text(() => calls.diagnostic(code));
      const extra = diagnostic && diagnostic !== words ? ` (${diagnostic})` : '';
      return `${code}: ${words || 'error'}${extra}`;
    },
  };
}
