/**
 * The router's one job: show the step the lesson state says the learner is on.
 *
 * The lesson state is the one source of truth for where the learner is. It is saved with the rest of
 * the attempt and restored from the LMS's bookmark and suspend_data; inside an LMS frame the lesson
 * does not own the page's address (docs/scorm-notes.md, "The package"), so a URL cannot be the place.
 * This router is controlled: its location is derived from the state in the same render, so there is
 * nothing to reconcile and no effect that navigates after the fact. A navigation asked of it (a link,
 * useNavigate) becomes a `go` action, which the lesson's own rules accept or refuse (a locked section
 * stays locked).
 */
import { useMemo, type ReactNode } from 'react';
import { createPath, Router, type Navigator, type To } from 'react-router';
import type { Lesson } from '../content/model';
import { stepFromPath, stepPath } from '../ui/steps';

export interface LessonRouterProps {
  readonly lesson: Lesson;
  /** The step on screen, from the lesson state. */
  readonly step: number;
  /** Ask the lesson to go to a step. */
  readonly go: (step: number) => void;
  readonly children: ReactNode;
}

export function LessonRouter({ lesson, step, go, children }: LessonRouterProps) {
  const navigator = useMemo<Navigator>(() => {
    const follow = (to: To): void => {
      const path = typeof to === 'string' ? to : (to.pathname ?? '');
      const target = stepFromPath(lesson, path);
      if (target !== null) go(target);
    };
    return {
      createHref: (to) => (typeof to === 'string' ? to : createPath(to)),
      // No history of its own: the lesson's steps are the history that matters.
      go: () => undefined,
      push: follow,
      replace: follow,
    };
  }, [lesson, go]);
  return (
    <Router location={stepPath(lesson, step)} navigator={navigator}>
      {children}
    </Router>
  );
}
