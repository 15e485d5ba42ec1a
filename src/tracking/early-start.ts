/**
 * Imported first by src/main.tsx, so that this runs before React and the rest of the launch script are
 * evaluated. With no LMS around the page and progress saved in this browser, the in-page record keeper
 * (scorm-again) is needed before the first screen can say what the learner resumes, so its download
 * starts here, about 0.1 s sooner on a slow laptop than the tracker's own start would ask for it
 * (docs/performance.md). The tracker then finds it loaded or on its way: one module, one download.
 * A fresh attempt needs it only once there is something to keep, after the start screen is drawn
 * (src/tracking/standalone.ts, freshLaunch). Inside an LMS this does nothing, and scorm-again is never
 * downloaded.
 */
import lesson from 'virtual:lesson/launch';
import { findApi } from './discover';
import { readPackageStandard } from './index';
import { freshLaunch, loadRecordKeeper } from './standalone';

const noLms = typeof window !== 'undefined' && findApi(window, readPackageStandard(document)) === null;
if (noLms && freshLaunch(lesson.id, () => window.localStorage) === null) {
  // A failure is the tracker's to report, when it asks for the record keeper itself.
  loadRecordKeeper().catch(() => undefined);
}
