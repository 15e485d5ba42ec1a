import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { Theme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
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
import { WelcomeBack } from './WelcomeBack';

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
  const wide = useMediaQuery((theme: Theme) => theme.breakpoints.up('md'), { noSsr: true });
  if (wide) return <StepNav />;
  return (
    <Box component="details" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1, '& > summary': { cursor: 'pointer', fontWeight: 700, p: 0.5 } }}>
      <summary>
        Lesson steps: {step < lesson.sections.length ? `section ${step + 1} of ${lesson.sections.length}` : 'results'}
      </summary>
      <Box sx={{ mt: 1 }}>
        <StepNav />
      </Box>
    </Box>
  );
}

function GlossaryButton() {
  const { open } = useGlossary();
  return (
    <Button
      variant="outlined"
      color="inherit"
      onClick={() => open()}
      aria-haspopup="dialog"
    >
      Glossary
    </Button>
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
      <Box
        component="a"
        href="#lesson-main"
        data-print="hide"
        sx={{ position: 'absolute', left: -9999, '&:focus': { left: 8, top: 8, zIndex: 2000, p: 1, bgcolor: 'background.paper', color: 'text.primary' } }}
      >
        Skip to the lesson
      </Box>
      <Box
        component="header"
        sx={{
          bgcolor: 'header.background',
          color: 'header.text',
          px: { xs: 1.5, md: 4 },
          py: 1,
          // Progress stays in view while the learner scrolls; short viewports (zoomed in) let it scroll away.
          position: 'sticky',
          top: 0,
          zIndex: 10,
          '@media (max-height: 500px)': { position: 'static' },
          '@media print': { position: 'static', bgcolor: 'transparent', color: 'text.primary' },
        }}
      >
        <Box sx={{ maxWidth: 1200, mx: 'auto' }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
            <Typography component="p" sx={{ fontWeight: 700, flex: 1, minWidth: 0, fontSize: { xs: '0.95rem', sm: '1rem' } }}>
              {lesson.title}
            </Typography>
            <Box data-print="hide" sx={{ display: 'flex', gap: 1 }}>
              <DocumentsButton lesson={lesson} whole={whole} wantWhole={wantWhole} />
              <GlossaryButton />
            </Box>
          </Box>
          <Box data-print="hide">
            <ProgressSummary />
          </Box>
        </Box>
      </Box>
      <Box
        sx={{
          maxWidth: 1200,
          mx: 'auto',
          px: { xs: 1.5, sm: 2, md: 4 },
          py: 3,
          display: 'grid',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: '260px minmax(0, 1fr)' },
          gap: { xs: 2, md: 4 },
          '@media print': { display: 'block' },
        }}
      >
        <Box
          data-print="hide"
          sx={{ alignSelf: 'start', position: { md: 'sticky' }, top: { md: 120 }, maxHeight: { md: 'calc(100vh - 140px)' }, overflowY: { md: 'auto' } }}
        >
          <StepNavPlacement />
        </Box>
        <Box component="main" id="lesson-main" tabIndex={-1} sx={{ minWidth: 0, '&:focus': { outline: 'none' } }}>
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
        </Box>
      </Box>
    </GlossaryProvider>
  );
}
