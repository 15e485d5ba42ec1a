import { useMemo } from 'react';
import type { Check } from '../../content/model';
import { checkProgress, shownOrder } from '../../lesson/selectors';
import { checkOutcome } from '../../lesson/scoring';
import { useLessonSelect } from '../LessonContext';
import { CheckCard } from './CheckCard';
import { useCheckDraft } from './use-check-draft';

/**
 * One embedded knowledge check: the question, its input, a "Check answer" button, and feedback
 * that a screen reader hears. Tries and results live in the lesson state; only the answer being
 * composed lives here.
 */
export function CheckFrame({ check, number, total }: { check: Check; number: number; total: number }) {
  const lesson = useLessonSelect((view) => view.lesson);
  const answer = useLessonSelect((view) => view.answer);
  const readOnly = useLessonSelect((view) => view.readOnly);
  // This check's own progress (the same object until it is answered again) and the learner's shuffle
  // seed: an answer to another check does not re-render this one.
  const progress = useLessonSelect((view) => checkProgress(view.state, check.id));
  const seed = useLessonSelect((view) => view.state.seed);
  const outcome = useMemo(() => checkOutcome(lesson, check, progress), [lesson, check, progress]);
  const order = useMemo(() => shownOrder({ seed }, check), [seed, check]);
  const lastTry = progress?.tries.at(-1);
  const asking = useCheckDraft(check, order, lastTry, outcome, (response) => answer(check.id, response));
  return (
    <CheckCard
      check={check}
      title={`Check ${number} of ${total}`}
      headingLevel="h3"
      order={order}
      asking={asking}
      outcome={outcome}
      lastTry={lastTry}
      locked={outcome.finished || readOnly}
      readOnly={readOnly}
    />
  );
}
