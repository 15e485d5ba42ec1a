// @vitest-environment node
/** The lesson in Chromium (tests/browser/suite.ts): No LMS (plain web server), axe in light and dark mode, and the strict Content-Security-Policy. */
import { chromiumSuite } from './suite.ts';

chromiumSuite('no LMS, accessibility and CSP');
