import CssBaseline from '@mui/material/CssBaseline';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { ThemeProvider } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { MemoryRouter } from 'react-router';
import type { Lesson } from '../content/model';
import { lessonScore } from '../lesson/scoring';
import type { Response } from '../lesson/types';
import type { Tracker } from '../tracking/tracker';
import { GlobalLook } from '../ui/GlobalLook';
import { LessonContext, type LessonView, type SavingStatus } from '../ui/LessonContext';
import { LessonShell } from '../ui/LessonShell';
import { stepPath } from '../ui/steps';
import { lessonTheme } from '../ui/theme';
import { startSession, type Session } from './session';

export interface LessonAppProps {
  readonly lesson: Lesson;
  readonly tracker: Tracker;
  /** Source of the shuffle seed for a new attempt. */
  readonly random?: () => number;
}

function RunningLesson({ lesson, tracker, session }: { lesson: Lesson; tracker: Tracker; session: Session }) {
  const { store } = session;
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  const [saving, setSaving] = useState<SavingStatus>({ store: session.launch.store, saving: 'ok', detail: null });
  const [finished, setFinished] = useState(false);
  useEffect(() => tracker.subscribe(setSaving), [tracker]);

  const readOnly = session.launch.mode !== 'normal';
  const score = useMemo(() => lessonScore(lesson, state, session.passingScore), [lesson, state, session.passingScore]);
  const view: LessonView = useMemo(
    () => ({
      lesson,
      state,
      score,
      saving,
      finished,
      restoreProblem: session.restoreProblem,
      learnerName: session.launch.learnerName,
      readOnly,
      go: (step: number) => {
        store.dispatch({ type: 'go', step });
      },
      answer: (checkId: string, response: Response) => {
        // Review or browse: the LMS said this launch records nothing, so no answer reaches the state.
        if (!readOnly) store.dispatch({ type: 'answer', checkId, response });
      },
      finish: () => {
        tracker.finish();
        setFinished(true);
      },
    }),
    [lesson, state, score, saving, finished, session.restoreProblem, session.launch.learnerName, readOnly, store, tracker],
  );
  const [initialPath] = useState(() => stepPath(lesson, store.getState().current));
  return (
    <LessonContext.Provider value={view}>
      <MemoryRouter initialEntries={[initialPath]}>
        <LessonShell />
      </MemoryRouter>
    </LessonContext.Provider>
  );
}

/** The whole lesson: theme, session start, then the shell. */
export function LessonApp({ lesson, tracker, random }: LessonAppProps) {
  const dark = useMediaQuery('(prefers-color-scheme: dark)');
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const theme = useMemo(() => lessonTheme(dark ? 'dark' : 'light', reducedMotion), [dark, reducedMotion]);
  const [session, setSession] = useState<Session | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    startSession(lesson, tracker, random).then(
      (s) => live && setSession(s),
      (error: unknown) => live && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [lesson, tracker, random]);

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <GlobalLook />
      {session ? (
        <RunningLesson lesson={lesson} tracker={tracker} session={session} />
      ) : (
        <Box component="main" sx={{ p: 4, display: 'flex', gap: 2, alignItems: 'center' }}>
          {failure ? (
            <Typography role="alert">The lesson could not start: {failure}</Typography>
          ) : (
            <>
              <CircularProgress size={24} aria-label="Loading the lesson" />
              <Typography>Loading the lesson…</Typography>
            </>
          )}
        </Box>
      )}
    </ThemeProvider>
  );
}
