import { useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { LessonRest } from '../content/launch-split';
import type { Lesson } from '../content/model';
import { isFreshAttempt, resumeCheck } from '../lesson/selectors';
import { newSeed } from '../lesson/shuffle';
import { canGo } from '../lesson/state';
import type { Response } from '../lesson/types';
import type { Tracker } from '../tracking/tracker';
import { LessonContext, useLessonSelect, type SavingStatus } from '../ui/LessonContext';
import { LessonLoading } from '../ui/LessonLoading';
import { LessonShell } from '../ui/LessonShell';
import { afterPaint } from './after-paint';
import { LessonRouter } from './LessonRouter';
import { createLessonReading, type LessonReading } from './lesson-reading';
import { openLearnerSession, type LearnerSession } from './learner-session';
import { createViewSource, type SteadyView } from './lesson-view';

export interface LessonAppProps {
  /** The whole lesson, or its launch part (src/content/launch-split.ts) with `loadRest`. */
  readonly lesson: Lesson;
  /** Loads the rest of a launch part: asked once the first screen is up, or before a step that needs it. */
  readonly loadRest?: () => Promise<LessonRest>;
  readonly tracker: Tracker;
  /** Source of the shuffle seed for a new attempt. */
  readonly random?: () => number;
}

/** Where the learner is: the router follows the state's step, and re-renders only when it changes. */
function StepRouter({ lesson, go, children }: { lesson: Lesson; go: (step: number) => void; children: ReactNode }) {
  const step = useLessonSelect((view) => view.state.current);
  return (
    <LessonRouter lesson={lesson} step={step} go={go}>
      {children}
    </LessonRouter>
  );
}

/** Made once: the shell re-renders only in the parts that read what changed (src/ui/LessonContext.tsx). */
const shell = <LessonShell />;

interface RunningLessonProps {
  readonly lesson: Lesson;
  readonly reading: LessonReading;
  readonly session: LearnerSession;
  readonly notice: SavingStatus | null;
  readonly random: () => number;
}

function RunningLesson({ lesson, reading, session, notice, random }: RunningLessonProps) {
  const { store } = session;
  // The lesson the views show: the launch part, then the whole lesson once the rest is in. The session
  // (state, scoring, tracking) keeps the launch part, which has every check.
  const shown = useSyncExternalStore(reading.subscribe, reading.current);

  // Until the tracker says otherwise, saving works where the launch said. (A 'not-kept' notice is told
  // to a listener as soon as the session opens, before the launch resolves, so it is never missed.)
  const { store: kept } = session.launch;
  const saving = useMemo<SavingStatus | null>(
    () => notice ?? (kept === 'memory' ? null : { kind: 'saving', store: kept, detail: null }),
    [notice, kept],
  );
  const [finished, setFinished] = useState(false);

  const readOnly = session.launch.mode !== 'normal';
  // How this page opens, decided once from the state it opened with: a fresh attempt shows the start
  // screen; one with progress says welcome back and opens at the check the learner was working on.
  // Neither is saved (see isFreshAttempt): both follow from the saved state itself.
  const [atStart, setAtStart] = useState(() => !readOnly && isFreshAttempt(store.getState()));
  const [resumeAt, setResumeAt] = useState<{ checkId: string | null } | null>(() =>
    readOnly || isFreshAttempt(store.getState()) ? null : { checkId: resumeCheck(lesson, store.getState())?.id ?? null },
  );
  // One function for the page's life, so asking for it re-renders nothing.
  const wantWhole = useCallback(() => void reading.load().catch(() => undefined), [reading]);
  // The rest of the lesson is loaded once a section has been drawn (after the start screen, so it does
  // not compete with the first section's download): the learner never waits for it there, and has it
  // long before the section is done.
  useEffect(() => (atStart ? undefined : afterPaint(window)(() => void reading.load().catch(() => undefined))), [reading, atStart]);
  // This component does not read the lesson state: it re-renders only when saving, finishing, the
  // start screen or the welcome back change, and the views re-render for the state in the parts they read.
  const { source, go } = useMemo(() => {
    const steady: SteadyView = {
      lesson: shown,
      saving,
      finished,
      restoreProblem: session.restoreProblem,
      learnerName: session.launch.learnerName,
      readOnly,
      go: (step: number) => {
        // The lesson's gate decides, on the state as it is now (a view may be drawn a frame behind
        // an answer): a locked step is no move, and leaves the welcome as it was.
        if (!canGo(lesson, store.getState(), step)) return;
        // Moving on ends the welcome: the resume point was this first arrival's only.
        setResumeAt(null);
        // A later section's reading arrives soon after launch; until then, going there waits for it.
        if (reading.ready(step)) store.dispatch({ type: 'go', step });
        else reading.load().then(() => store.dispatch({ type: 'go', step }), () => undefined);
      },
      answer: (checkId: string, response: Response) => {
        // Review or browse: the LMS said this launch records nothing, so no answer reaches the state.
        if (!readOnly) store.dispatch({ type: 'answer', checkId, response });
      },
      finish: () => {
        session.finish();
        setFinished(true);
      },
      // The learner's written position on a debate; nothing is taken in a review.
      ...(readOnly ? {} : { writePosition: (debate: string, text: string) => store.dispatch({ type: 'writePosition', debate, text }) }),
      // Self-study on a shared computer: the next learner starts afresh. Not in an LMS (the LMS owns
      // attempts), not in a review, and not once this page has finished (the session is closed, so a
      // new attempt could not be kept; reopening the lesson offers it again).
      restart:
        session.launch.store !== 'lms' && !readOnly && !finished
          ? () => {
              // The next learner on a shared computer starts where the first one did: at the start screen.
              setResumeAt(null);
              setAtStart(true);
              store.dispatch({ type: 'restart', seed: newSeed(random) });
            }
          : null,
      begin: atStart ? () => setAtStart(false) : null,
      whole: reading.whole(),
      wantWhole,
      resume: resumeAt && { checkId: resumeAt.checkId, dismiss: () => setResumeAt(null) },
    };
    return { source: createViewSource({ lesson: shown, store, steady, passingScore: session.passingScore, secondsOnTask: session.timeOnTask, defer: afterPaint(window) }), go: steady.go };
  }, [lesson, shown, reading, wantWhole, saving, finished, session, readOnly, store, random, atStart, resumeAt]);
  return (
    <LessonContext.Provider value={source}>
      <StepRouter lesson={lesson} go={go}>
        {shell}
      </StepRouter>
    </LessonContext.Provider>
  );
}

/**
 * The whole lesson: session start, then the shell. Its look is static stylesheets (src/ui/base.css and
 * each view's own), so the launch needs no runtime styles; only later parts use MUI, each in a MuiScope.
 */
export function LessonApp({ lesson, loadRest, tracker, random }: LessonAppProps) {
  const [session, setSession] = useState<LearnerSession | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<SavingStatus | null>(null);
  useEffect(() => tracker.subscribe(setNotice), [tracker]);
  const reading = useMemo(() => createLessonReading(lesson, loadRest), [lesson, loadRest]);

  useEffect(() => {
    let live = true;
    let opened: LearnerSession | null = null;
    // The tracker starts its record keeper's session once, however often this runs; the lesson's own
    // session lives as long as this effect (StrictMode's trial run closes it before it opens).
    tracker
      .start()
      .then(async (launch) => {
        if (!live) return;
        const next = openLearnerSession(lesson, tracker, launch, random ? { random } : {});
        opened = next;
        // A resumed attempt opens on a later section: its reading is fetched first (a moment, locally).
        if (!reading.ready(next.store.getState().current)) await reading.load();
        if (live) setSession(next);
      })
      .catch((error: unknown) => live && setFailure(error instanceof Error ? error.message : String(error)));
    return () => {
      live = false;
      opened?.close();
    };
  }, [lesson, reading, tracker, random]);

  return session ? (
    <RunningLesson lesson={lesson} reading={reading} session={session} notice={notice} random={random ?? Math.random} />
  ) : (
    <LessonLoading failure={failure} />
  );
}
