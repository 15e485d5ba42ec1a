/**
 * The page's entry point: find out which SCORM version this package speaks, make the tracker, and
 * show the lesson. Everything else is in src/app (wiring), src/ui (views) and src/tracking (the LMS).
 */
// First, before React is evaluated: with no LMS, starts downloading the in-page record keeper.
import './tracking/early-start';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The lesson's launch part: what the first section needs; the rest (the later sections' reading, the
// documents, the glossary) is its own chunk, loaded once the first screen is up (src/content/launch-split.ts).
import lesson, { loadRest } from 'virtual:lesson/launch';
// The page's colours and baseline, static stylesheets ahead of every view's own: the first screen needs
// no runtime styles.
import 'virtual:theme-variables.css';
import './ui/base.css';
import { LessonApp } from './app/LessonApp';
import { createTracker, readPackageStandard } from './tracking';

// The script runs, so the page was not opened as a file: take away index.html's message saying so.
document.getElementById('opened-as-file')?.remove();

const tracker = createTracker({ standard: readPackageStandard(document), lessonId: lesson.id });
// Start now, not after React's first render: inside an LMS this opens its session, and with no LMS
// and saved progress it loads the in-page record keeper (scorm-again), while the page renders. (A fresh
// attempt with no LMS needs neither: its launch is known at once.) The app's own start() gets this same
// session; it also reports any failure, so none is reported here.
tracker
  .start()
  // A reopened attempt may open on a later section, which waits for the rest of the lesson: fetch it
  // now, while React draws the page (the app's own request for it then finds it loaded).
  .then((launch) => (launch.savedState === null ? undefined : loadRest()))
  .catch(() => undefined);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <LessonApp lesson={lesson} loadRest={loadRest} tracker={tracker} />
    </StrictMode>,
  );
}
