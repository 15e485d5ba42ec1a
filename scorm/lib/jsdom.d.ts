/**
 * The little of jsdom the packager uses (parsing the manifest as XML and the launch page as HTML, in Node).
 * jsdom is installed for the tests, without @types/jsdom; this keeps the packager strictly typed.
 */
declare module 'jsdom' {
  export class JSDOM {
    constructor(markup?: string, options?: { contentType?: string });
    readonly window: Window & typeof globalThis;
  }
}
