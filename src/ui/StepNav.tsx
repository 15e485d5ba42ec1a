import { memo } from 'react';
import { currentStep, isReached } from '../lesson/selectors';
import { canGo } from '../lesson/state';
import { sameCounts, sameFields, useLessonSelect, useLessonSummary } from './LessonContext';
import { stepCount, stepTitle } from './steps';
import 'virtual:theme-variables.css';
import './step-nav.css';

/**
 * The lesson's steps as a list of buttons: reached steps can be revisited in any order, the next one
 * opens when the gate allows, later ones are shown as locked (with words, not only greyed out).
 *
 * Native buttons styled by a static stylesheet (step-nav.css), not MUI components: an answer that
 * finishes a check redraws its step's count, and MUI's runtime styles (emotion computing each
 * component's rules) would cost a school laptop more than the redraw itself.
 */
export function StepNav() {
  const lesson = useLessonSelect((view) => view.lesson);
  const go = useLessonSelect((view) => view.go);
  // Where the learner is and how far they got: at once, as the page changes step.
  const reach = useLessonSelect((view) => ({ current: currentStep(view.state), furthest: view.state.furthest }), sameFields);
  // Which steps the gate opens, one letter a step ('o' open: a string, so equal when unchanged), and
  // the counts: they follow an answer once its feedback is drawn, so the click does not work them out.
  const openSteps = useLessonSummary((view) =>
    Array.from({ length: stepCount(view.lesson) }, (_, s) => (canGo(view.lesson, view.state, s) ? 'o' : '-')).join(''),
  );
  const score = useLessonSummary((view) => view.score, sameCounts);
  const steps = Array.from({ length: stepCount(lesson) }, (_, i) => i);
  return (
    <nav aria-label="Lesson steps" data-print="hide">
      <ol className="step-nav-list">
        {steps.map((step) => {
          const section = score.sections[step];
          const isCurrent = step === reach.current;
          const open = openSteps[step] === 'o';
          const status = isCurrent
            ? 'current'
            : section?.complete
              ? 'done'
              : isReached(reach, step)
                ? 'started'
                : open
                  ? 'next'
                  : 'locked';
          return (
            <StepItem
              key={step}
              step={step}
              title={stepTitle(lesson, step)}
              status={status}
              open={open}
              counts={section && section.checks > 0 ? `${section.finished}/${section.checks} checks` : null}
              go={go}
            />
          );
        })}
      </ol>
    </nav>
  );
}

/**
 * One step of the list. Drawn again only when what it shows changes: an answer redraws its own
 * section's line (the count), not the whole list.
 */
const StepItem = memo(function StepItem({
  step,
  title,
  status,
  open,
  counts,
  go,
}: {
  step: number;
  title: string;
  status: 'current' | 'done' | 'started' | 'next' | 'locked';
  /** The gate lets the learner go there. */
  open: boolean;
  /** "2/5 checks", or null for a step without checks. */
  counts: string | null;
  go: (step: number) => void;
}) {
  const isCurrent = status === 'current';
  const label = status === 'current' ? 'you are here' : status === 'next' ? 'open' : status;
  return (
    <li>
      <button
        type="button"
        className="step-nav-button"
        onClick={() => go(step)}
        disabled={!open || isCurrent}
        aria-current={isCurrent ? 'step' : undefined}
        data-status={status}
      >
        <span className="step-nav-number">{step + 1}.</span>
        <span className="step-nav-title">
          {title}
          <span className="step-nav-status">
            {label}
            {counts && ` · ${counts}`}
          </span>
        </span>
      </button>
    </li>
  );
});
