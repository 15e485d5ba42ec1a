// @vitest-environment node
/** The lesson in Chromium (tests/browser/suite.ts): SCORM 2004 in the preview LMS: pass, fail and a new attempt, leave and resume, review, refused commits. */
import { chromiumSuite } from './suite.ts';

chromiumSuite('2004');
