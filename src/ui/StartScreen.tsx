import { useEffect, useRef } from 'react';
import { howItWorks } from './how-it-works';
import { useLesson, type SavingStatus } from './LessonContext';
import 'virtual:theme-variables.css';
import './buttons.css';
import './step-page.css';

const minutes = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;

/** Where the learner's progress is kept, as the launch (and the tracker since) says. */
function whereKept(saving: SavingStatus | null): string {
  if (saving?.kind === 'saving' || saving?.kind === 'retrying') {
    return saving.store === 'lms'
      ? 'Your progress is saved to your learning platform as you go. You can stop at any point and carry on later from where you left off.'
      : 'There is no learning platform here, so your progress is kept in this browser only, on this device. Come back in the same browser to carry on; another device, another browser or a private window starts afresh.';
  }
  return 'Your progress cannot be saved this time, so keep this window open until you finish.';
}

/**
 * The first thing a new attempt shows: what the lesson is, what the learner will be able to do, how
 * long it takes, how the checks and the gate work, and where progress is kept; then one button.
 * Not shown on a resume or in a review (LessonApp decides).
 */
export function StartScreen({ begin }: { begin: () => void }) {
  const { lesson, score, saving } = useLesson();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Like every step, the screen puts focus on its heading when it opens.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const first = lesson.sections[0];
  return (
    <article aria-labelledby="start-heading" className="start-screen">
      <p className="step-page-kicker">Before you start</p>
      <h1 id="start-heading" ref={headingRef} tabIndex={-1} className="step-page-title">
        {lesson.title}
      </h1>
      <p className="step-page-summary">{lesson.description}</p>

      <h2 className="start-screen-heading">What you will be able to do</h2>
      <ul className="start-screen-list">
        {lesson.objectives.map((objective) => (
          <li key={objective.id}>{objective.text}</li>
        ))}
      </ul>

      <h2 className="start-screen-heading">How long it takes</h2>
      <p className="start-screen-text">
        About {minutes(lesson.estimatedMinutes)}, worked out from how much there is to read and do. You can take it in more than one sitting.
      </p>
      <ol className="start-screen-list">
        {lesson.sections.map((section) => (
          <li key={section.id}>
            {section.title}
            {section.estimate ? ` (about ${minutes(section.estimate.minutes)})` : ''}
          </li>
        ))}
      </ol>

      <h2 className="start-screen-heading">How the checks work</h2>
      <ul className="start-screen-list">
        {howItWorks(lesson, score.passingScore).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>

      <h2 className="start-screen-heading">Where your progress is kept</h2>
      <p className="start-screen-last">{whereKept(saving)}</p>

      <button type="button" className="lesson-button lesson-button-large" onClick={begin} aria-describedby={first ? 'start-first' : undefined}>
        Start the lesson
      </button>
      {first && (
        <p id="start-first" className="start-screen-first">
          You begin with section 1: {first.title}.
        </p>
      )}
    </article>
  );
}
