import { memo } from 'react';
import { currentStep } from '../lesson/selectors';
import { sameCounts, useLessonSelect, useLessonSummary } from './LessonContext';
import { StartAgain } from './StartAgain';
import 'virtual:theme-variables.css';
import './progress-summary.css';

/**
 * Always visible (it sits in the sticky header): where the learner is, how many checks are answered
 * and how many are right ("12 of 25 checks answered · 10 correct"), and a small bar per section. Once
 * every check is answered the line says so; the score itself is the results page's to give.
 *
 * Native elements styled by a static stylesheet (progress-summary.css), not MUI components: an answer
 * that finishes a check redraws this line and one bar, and MUI's runtime styles (emotion computing and
 * inserting each component's rules) would cost a school laptop more than the redraw itself.
 */
export function ProgressSummary() {
  const lesson = useLessonSelect((view) => view.lesson);
  const step = useLessonSelect((view) => currentStep(view.state));
  // Re-rendered when a count it shows changes, not on every try, and after the answer's feedback is drawn.
  const score = useLessonSummary((view) => view.score, sameCounts);
  const where = step < lesson.sections.length ? `Section ${step + 1} of ${lesson.sections.length}` : 'Results';
  const answered =
    score.finishedChecks === score.totalChecks
      ? `all ${score.totalChecks} checks answered`
      : `${score.finishedChecks} of ${score.totalChecks} checks answered`;
  const short =
    score.finishedChecks === score.totalChecks ? 'all answered' : `${score.finishedChecks}/${score.totalChecks} answered`;
  const shortWhere = step < lesson.sections.length ? `Section ${step + 1}/${lesson.sections.length}` : 'Results';
  return (
    <div className="progress-summary">
      <div className="progress-summary-line">
        {/* Narrow screens get the short form (progress-summary.css); only one is ever displayed. */}
        <p className="progress-summary-text progress-summary-wide">
          {where} · {answered} · {score.correctChecks} correct
        </p>
        <p className="progress-summary-text progress-summary-short">
          {shortWhere} · {short} · {score.correctChecks} correct
        </p>
        <HeaderStartAgain />
      </div>
      <ol aria-label="Checks answered by section" className="progress-summary-bars">
        {lesson.sections.map((section, i) => {
          const s = score.sections[i];
          return <SectionBar key={section.id} title={section.title} checks={s?.checks ?? 0} finished={s?.finished ?? 0} visited={s?.visited ?? false} current={i === step} />;
        })}
      </ol>
    </div>
  );
}

/** Shared classroom computers are wide screens; on a phone (a learner's own) the header stays one line. */
const HeaderStartAgain = memo(function HeaderStartAgain() {
  return (
    <div className="progress-summary-start-again">
      <StartAgain variant="text" color="inherit" />
    </div>
  );
});

/**
 * One section's bar: drawn again only when its own counts change (an answer redraws one bar, not five).
 * A progressbar drawn as MUI's determinate LinearProgress draws it, in the header's colour (a track,
 * the colour at 30% over it, the bar growing from the left). Its fill is an SVG (drawn in forced colours
 * too, where a background would not be) of the track's width, scaled to the share answered by a CSS
 * transform: React sets it through the CSSOM, which the strict Content-Security-Policy allows (it refuses
 * style attributes in markup). A transform, not a width, so that the bar's growth is the compositor's
 * work: a growing width was drawn again by the main thread in every frame for 0.4 s after each answer.
 * (Not the SVG's own transform attribute: on the outermost svg element that is SVG 2, newer in Safari.)
 */
const SectionBar = memo(function SectionBar({ title, checks, finished, visited, current }: { title: string; checks: number; finished: number; visited: boolean; current: boolean }) {
  // A section without checks is done once visited.
  const value = checks > 0 ? Math.round((finished / checks) * 100) : visited ? 100 : 0;
  return (
    <li>
      <span
        role="progressbar"
        aria-valuenow={value}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-label={`${title}: ${checks > 0 ? `${finished} of ${checks} checks answered` : visited ? 'read' : 'not read yet'}`}
        className="progress-bar"
        data-current={current ? '' : undefined}
      >
        <svg viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false" style={{ transform: `scaleX(${value / 100})` }}>
          <rect width="100" height="1" />
        </svg>
      </span>
    </li>
  );
});
