import { lazy, Suspense, useEffect } from 'react';
import { Route, Routes, useParams } from 'react-router';
import { currentStep } from '../lesson/selectors';
import { DocumentsButton } from './documents/Documents';
import { GlossaryProvider, useGlossary } from './Glossary';
import { sameFields, useLessonSelect } from './LessonContext';
import { ProgressSummary } from './ProgressSummary';
import { PracticeRoundKeeper } from './PracticeRoundKeeper';
import { RereadProvider } from './Reread';
import { SaveNoticeBar } from './SaveNoticeBar';
import { SectionPage } from './SectionPage';
import { StartScreen } from './StartScreen';
import { StepNav } from './StepNav';
import { useMediaQuery } from './use-media-query';
import { WelcomeBack } from './WelcomeBack';
import 'virtual:theme-variables.css';
import './buttons.css';
import './lesson-shell.css';

/**
 * The results page (with the review, the practice round and the printing) is loaded when the learner
 * reaches the last section, not at launch: no learner waits for it before the first section.
 */
const loadResultsPage = () => import('./ResultsPage');
const ResultsPage = lazy(() => loadResultsPage().then((m) => ({ default: m.ResultsPage })));

/** The section the route names. The route is always the lesson state's step (src/app/LessonRouter.tsx). */
function SectionRoute() {
  const lesson = useLessonSelect((view) => view.lesson);
  const { sectionId } = useParams();
  const index = lesson.sections.findIndex((s) => s.id === sectionId);
  const section = lesson.sections[index];
  const last = index === lesson.sections.length - 1;
  useEffect(() => {
    if (last) void loadResultsPage();
  }, [last]);
  if (!section) return null;
  return <SectionPage key={section.id} section={section} index={index} />;
}

/**
 * Wide screens show the step list beside the text; narrow ones fold it into a disclosure above the
 * text, so the reading starts on the first screen.
 */
function StepNavPlacement() {
  const lesson = useLessonSelect((view) => view.lesson);
  const step = useLessonSelect((view) => currentStep(view.state));
  // The md breakpoint, as lesson-shell.css lays out the columns.
  const wide = useMediaQuery('(min-width: 900px)');
  if (wide) return <StepNav />;
  return (
    <details className="lesson-steps-fold">
      <summary>
        Lesson steps: {step < lesson.sections.length ? `section ${step + 1} of ${lesson.sections.length}` : 'results'}
      </summary>
      <div className="lesson-steps-fold-list">
        <StepNav />
      </div>
    </details>
  );
}

function GlossaryButton() {
  const { open } = useGlossary();
  return (
    <button type="button" className="lesson-button lesson-button-outlined lesson-button-inherit" onClick={() => open()} aria-haspopup="dialog">
      Glossary
    </button>
  );
}

/** The frame around every step: header, step list, progress, notices, and the step itself. */
export function LessonShell() {
  const { lesson, begin, resume, whole, wantWhole } = useLessonSelect(
    (view) => ({ lesson: view.lesson, begin: view.begin, resume: view.resume, whole: view.whole, wantWhole: view.wantWhole }),
    sameFields,
  );
  return (
    <GlossaryProvider terms={lesson.glossary} whole={whole} wantWhole={wantWhole}>
      <a href="#lesson-main" data-print="hide" className="lesson-skip">
        Skip to the lesson
      </a>
      <header className="lesson-header">
        <div className="lesson-header-inner">
          <div className="lesson-header-row">
            <p className="lesson-header-title">{lesson.title}</p>
            <div data-print="hide" className="lesson-header-actions">
              <DocumentsButton lesson={lesson} whole={whole} wantWhole={wantWhole} />
              <GlossaryButton />
            </div>
          </div>
          <div data-print="hide">
            <ProgressSummary />
          </div>
        </div>
      </header>
      <div className="lesson-columns">
        <div data-print="hide" className="lesson-steps">
          <StepNavPlacement />
        </div>
        <main id="lesson-main" tabIndex={-1} className="lesson-main">
          <SaveNoticeBar />
          {/* A welcome back not tied to a check (the step's start, or the results) sits at the top. */}
          {resume && resume.checkId === null && <WelcomeBack />}
          {begin ? (
            <StartScreen begin={begin} />
          ) : (
            <RereadProvider>
              <PracticeRoundKeeper>
                <Routes>
                  <Route path="/section/:sectionId" element={<SectionRoute />} />
                  <Route
                    path="/results"
                    element={
                      <Suspense fallback={null}>
                        <ResultsPage />
                      </Suspense>
                    }
                  />
                </Routes>
              </PracticeRoundKeeper>
            </RereadProvider>
          )}
        </main>
      </div>
    </GlossaryProvider>
  );
}
