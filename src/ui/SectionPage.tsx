import { useEffect, useId, useRef } from 'react';
import type { LookCloserVisual, Section } from '../content/model';
import { canGo } from '../lesson/state';
import { CheckFrame } from './checks/CheckFrame';
import { sameFields, useLessonSelect, useLessonSummary } from './LessonContext';
import { RichBlocks } from './RichText';
import { stepTitle } from './steps';
import { VisualView } from './visuals/VisualView';
import { DocumentCard } from './documents/DocumentCard';
import { PositionBox } from './PositionBox';
import { TimeEstimateNote } from './TimeEstimateNote';
import { WelcomeBack } from './WelcomeBack';
import { scrollBelowHeader } from './a11y';
import 'virtual:theme-variables.css';
import './buttons.css';
import './section-nav.css';
import './step-page.css';

/** One section: its heading (focused on arrival), reading, visuals, embedded checks, and the way on. */
export function SectionPage({ section, index }: { section: Section; index: number }) {
  const lesson = useLessonSelect((view) => view.lesson);
  // Nothing of the lesson state: an answer re-renders its check and the way on (SectionNav), not the
  // page with its long reading.
  const resume = useLessonSelect((view) => view.resume);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A reopened attempt arrives at the check the learner was working on; taken once, when the page opens.
  const resumeAt = useRef(resume?.checkId ?? null);

  // Each new step puts focus on its heading, so keyboard and screen-reader users start at the top;
  // a resumed one on the heading of the check where the learner left off, scrolled into view with
  // the welcome above it.
  useEffect(() => {
    const check = resumeAt.current ? document.querySelector<HTMLElement>(`[data-check-id="${resumeAt.current}"]`) : null;
    const checkHeading = check?.querySelector<HTMLElement>('h3');
    if (check && checkHeading) {
      const welcome = check.previousElementSibling;
      scrollBelowHeader(welcome instanceof HTMLElement && welcome.hasAttribute('data-welcome-back') ? welcome : check);
      checkHeading.focus({ preventScroll: true });
    } else {
      headingRef.current?.focus();
    }
  }, [section.id]);

  return (
    // A reading column of about 70 characters a line (step-page.css): text wider than that is hard to
    // follow from one line to the next. Visuals, documents and checks keep the full width.
    <article aria-labelledby={`heading-${section.id}`} className="section-page">
      <p className="step-page-kicker">
        Section {index + 1} of {lesson.sections.length}
      </p>
      <h1 id={`heading-${section.id}`} ref={headingRef} tabIndex={-1} className="step-page-title">
        {section.title}
      </h1>
      <p className="step-page-summary">{section.summary}</p>
      <TimeEstimateNote section={section} lesson={lesson} />
      <div className="step-page-aim">
        <strong>In this section you will:</strong> {section.objective}
      </div>
      <RichBlocks
        blocks={section.body}
        slots={{
          renderVisual: (id) => {
            const visual = section.visuals[id];
            if (!visual) return null;
            return (
              <>
                <VisualView visual={visual} />
                {visual.kind === 'debate' && visual.respond && <PositionBox debateId={id} prompt={visual.respond} />}
              </>
            );
          },
          renderSource: (id) => {
            const source = lesson.sources?.find((s) => s.id === id);
            // Its look-closer tasks are drawn inside its card (after: header, a heading, or text).
            const tasks = Object.values(section.visuals).filter((v): v is LookCloserVisual => v.kind === 'look-closer' && v.source === id);
            return source ? <DocumentCard source={source} tasks={tasks} /> : null;
          },
          renderCheck: (id) => {
            const position = section.checks.findIndex((c) => c.id === id);
            const check = section.checks[position];
            if (!check) return null;
            return (
              <>
                {resume?.checkId === id && <WelcomeBack checkNumber={position + 1} checkTotal={section.checks.length} />}
                <CheckFrame check={check} number={position + 1} total={section.checks.length} />
              </>
            );
          },
        }}
      />
      <SectionNav index={index} />
    </article>
  );
}

/**
 * The way on: back, and on when the gate opens, with how many checks are left while it is shut. The
 * part of the page an answer changes, so the only part of it drawn again: native buttons styled by
 * static stylesheets (buttons.css, section-nav.css), so the gate opening inserts no CSS rule.
 */
function SectionNav({ index }: { index: number }) {
  const lesson = useLessonSelect((view) => view.lesson);
  const go = useLessonSelect((view) => view.go);
  // Follows an answer once its feedback is drawn (the count, and the gate opening).
  const { canNext, checks, left } = useLessonSummary((view) => {
    const sectionScore = view.score.sections[index];
    const checks = sectionScore?.checks ?? 0;
    const canNext = canGo(view.lesson, view.state, index + 1);
    // How many are left matters only while the gate is shut (it is said beside the locked button).
    return { canNext, checks, left: canNext ? 0 : checks - (sectionScore?.finished ?? 0) };
  }, sameFields);
  const gateNoteId = useId();
  return (
    <nav aria-label="Section navigation" data-print="hide" className="section-nav">
      <button type="button" className="lesson-button lesson-button-outlined" disabled={index === 0} onClick={() => go(index - 1)}>
        Previous{index > 0 ? `: ${stepTitle(lesson, index - 1)}` : ''}
      </button>
      <div className="section-nav-on">
        {/* Locked by the gate, the button stays focusable (aria-disabled, not disabled) and is
            described by the reason, so keyboard and screen-reader users learn why it does not go on. */}
        <button
          type="button"
          className={canNext ? 'lesson-button' : 'lesson-button lesson-button-outlined'}
          aria-disabled={!canNext}
          aria-describedby={canNext ? undefined : gateNoteId}
          // Asks the lesson, which opens the gate on its state as it is now: this bar is drawn a
          // frame after an answer's feedback, and the press that follows the last answer counts.
          onClick={() => go(index + 1)}
        >
          {index + 1 < lesson.sections.length ? `Next: ${stepTitle(lesson, index + 1)}` : 'See your results'}
          {!canNext && ' (locked)'}
        </button>
        {!canNext && (
          <p id={gateNoteId} className="section-nav-note">
            Answer this section’s checks to go on ({left} of {checks} still to do).
          </p>
        )}
      </div>
    </nav>
  );
}
