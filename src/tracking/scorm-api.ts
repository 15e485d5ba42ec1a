/**
 * The names SCORM gives its run-time API, in one table that the lesson's API discovery, its
 * connection to the LMS and the preview LMS all read. No imports: the build-time code in scorm/
 * reads it too.
 */

/** The two SCORM versions a package can speak. */
export type Standard = '1.2' | '2004';

/** The eight calls of the run-time API, by what they do. */
export interface ApiMethods {
  readonly initialize: string;
  readonly terminate: string;
  readonly getValue: string;
  readonly setValue: string;
  readonly commit: string;
  readonly getLastError: string;
  readonly getErrorString: string;
  readonly getDiagnostic: string;
}

/** Where the LMS puts its API object (on an ancestor window of the lesson) and what its calls are named. */
export const SCORM_API: Readonly<Record<Standard, { readonly global: 'API' | 'API_1484_11'; readonly methods: ApiMethods }>> = {
  '1.2': {
    global: 'API',
    methods: {
      initialize: 'LMSInitialize',
      terminate: 'LMSFinish',
      getValue: 'LMSGetValue',
      setValue: 'LMSSetValue',
      commit: 'LMSCommit',
      getLastError: 'LMSGetLastError',
      getErrorString: 'LMSGetErrorString',
      getDiagnostic: 'LMSGetDiagnostic',
    },
  },
  '2004': {
    global: 'API_1484_11',
    methods: {
      initialize: 'Initialize',
      terminate: 'Terminate',
      getValue: 'GetValue',
      setValue: 'SetValue',
      commit: 'Commit',
      getLastError: 'GetLastError',
      getErrorString: 'GetErrorString',
      getDiagnostic: 'GetDiagnostic',
    },
  },
};

/** Every call name of a version's API, in the order the specification lists them. */
export function apiMethodNames(standard: Standard): readonly string[] {
  return Object.values(SCORM_API[standard].methods);
}

/**
 * `<meta name="scorm-standard" content="1.2|2004">`: the packager writes it into the launch page, and
 * the lesson reads it to know which API to look for.
 */
export const STANDARD_META_NAME = 'scorm-standard';
