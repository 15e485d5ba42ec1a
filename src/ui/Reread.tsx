/**
 * "Reread: <passage>": a link from a missed check (its feedback after the last try, the results page,
 * the practice round) to the passage it tests. It goes to that section when it is not on screen,
 * scrolls the passage's heading into view and puts the keyboard focus on it, so a screen-reader user
 * lands where a sighted learner looks.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Passage } from '../content/model';
import { currentStep } from '../lesson/selectors';
import { scrollBelowHeader } from './a11y';
import { useLessonSelect } from './LessonContext';
import 'virtual:theme-variables.css';
import './text-links.css';

/** Where a reread goes: a section (its step) and, when the content names one, the passage in it. */
export interface RereadTarget {
  readonly step: number;
  readonly passage: Passage | null;
}

type Reread = (target: RereadTarget) => void;

/**
 * Scroll the passage's heading into view below the sticky header (the header's height varies with the
 * screen's width) and focus it (headings take focus only from script).
 */
function focusPassage(element: HTMLElement): void {
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  // Instant, not smooth: the focus move is what matters, and some learners ask for no motion.
  scrollBelowHeader(element);
  element.focus({ preventScroll: true });
}

const RereadContext = createContext<Reread | null>(null);

/**
 * Wraps the steps. A reread to another section asks the lesson to go there and focuses the passage
 * once that section is on screen: this component's effect runs after the new page's own (which puts
 * focus on the section heading), so the passage wins.
 */
export function RereadProvider({ children }: { children: ReactNode }) {
  // Only the step and the go action: an answer elsewhere does not re-render the links below.
  const step = useLessonSelect((view) => currentStep(view.state));
  const go = useLessonSelect((view) => view.go);
  const pending = useRef<{ readonly step: number; readonly anchor: string } | null>(null);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    const target = pending.current;
    if (!target || target.step !== step) return;
    pending.current = null;
    const element = document.getElementById(target.anchor);
    if (element) focusPassage(element);
  }, [step, asked]);
  const reread = useCallback<Reread>(
    ({ step: target, passage }) => {
      // No passage named: the section's own page, whose heading takes the focus as it opens.
      pending.current = passage ? { step: target, anchor: passage.anchor } : null;
      if (target === step) setAsked((n) => n + 1);
      else go(target);
    },
    [step, go],
  );
  return <RereadContext.Provider value={reread}>{children}</RereadContext.Provider>;
}

/** The reread action; without the provider (a view rendered alone) it can only reach this page's passages. */
function useReread(): Reread {
  const provided = useContext(RereadContext);
  return useMemo<Reread>(
    () =>
      provided ??
      (({ passage }) => {
        const element = passage ? document.getElementById(passage.anchor) : null;
        if (element) focusPassage(element);
      }),
    [provided],
  );
}

/** "Reread: <passage heading>" (or the section's title when the content names no passage), in the colour of the text around it. */
export function RereadLink({ sectionId, passage }: { sectionId: string; passage: Passage | null | undefined }) {
  const lesson = useLessonSelect((view) => view.lesson);
  const reread = useReread();
  const step = lesson.sections.findIndex((s) => s.id === sectionId);
  const section = lesson.sections[step];
  if (!section) return null;
  const target = passage ?? null;
  return (
    <a
      href={`#${target?.anchor ?? `heading-${section.id}`}`}
      className="text-link text-link-inherit"
      onClick={(event) => {
        // The lesson owns no address inside an LMS frame: the link moves the lesson, not the URL.
        event.preventDefault();
        reread({ step, passage: target });
      }}
    >
      Reread: {target?.heading ?? section.title}
    </a>
  );
}
