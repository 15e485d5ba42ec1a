import 'virtual:theme-variables.css';
import './lesson-loading.css';

/**
 * What the page shows until the learner's session is open: "Loading the lesson…" as a polite status,
 * or, if it could not start, why, as an alert. Native elements and a static stylesheet: this is the very
 * first thing drawn, before anything else of the lesson has loaded.
 */
export function LessonLoading({ failure }: { failure: string | null }) {
  return (
    <main className="lesson-loading">
      {failure ? (
        <p role="alert" className="lesson-loading-text">
          The lesson could not start: {failure}
        </p>
      ) : (
        <>
          <span className="lesson-loading-spinner" aria-hidden="true" />
          <p role="status" className="lesson-loading-text">
            Loading the lesson…
          </p>
        </>
      )}
    </main>
  );
}
