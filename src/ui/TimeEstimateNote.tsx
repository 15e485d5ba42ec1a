import type { Lesson, Section } from '../content/model';
import './step-page.css';

const minutes = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;

/** The build's honest estimate for this section and the whole lesson, from its words and tasks. */
export function TimeEstimateNote({ section, lesson }: { section: Section; lesson: Lesson }) {
  const estimate = section.estimate;
  if (!estimate) return null;
  return (
    <p className="step-page-time">
      Time: about {minutes(estimate.minutes)} for this section ({estimate.words.toLocaleString('en')} words to read,{' '}
      {estimate.tasks} {estimate.tasks === 1 ? 'task' : 'tasks'}); about {minutes(lesson.estimatedMinutes)} for the whole lesson.
    </p>
  );
}
