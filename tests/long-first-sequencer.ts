/**
 * The order Vitest starts test files in: the long ones first (the real-browser journeys, the packaged
 * build's checks, the whole real lesson in jsdom), then Vitest's own order. Started last, a 50-second
 * browser file would run alone at the end while the other worker sits idle; started first, the short
 * files fill the other worker beside it. From a clean clone Vitest has no timings of its own to go by.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// The jsdom journeys first: they keep a core busy while the first browser file builds the packages
// (scorm/lib/shared-build.ts) and the others wait for that build. Then the browser files, longest first
// (measured alone on 2 cores: the accessibility walk and the two versions' journeys take about a minute
// each, the results and reading tests half that), then the rest of tests/browser and the packaged build's checks.
const LONG = [
  /\/tests\/app\/journeys\.test\.tsx$/,
  /\/tests\/browser\/no-lms-a11y-csp\.test\.ts$/,
  /\/tests\/browser\/scorm2004-journeys\.test\.ts$/,
  /\/tests\/browser\/scorm12-journeys\.test\.ts$/,
  /\/tests\/browser\/results-practice\.test\.ts$/,
  /\/tests\/browser\/reading-rhythm\.test\.ts$/,
  /\/tests\/browser\//,
  /\/tests\/scorm\/e2e\.test\.ts$/,
];

export class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const i = LONG.findIndex((pattern) => pattern.test(file.moduleId));
      return i === -1 ? LONG.length : i;
    };
    return sorted.map((file, i) => ({ file, i })).sort((a, b) => rank(a.file) - rank(b.file) || a.i - b.i).map(({ file }) => file);
  }
}
