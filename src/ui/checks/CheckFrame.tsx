import { CheckExcerpt } from './CheckExcerpt';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, useMemo } from 'react';
import type { Check } from '../../content/model';
import { correctResponse } from '../../lesson/grading';
import { checkProgress, shownOrder } from '../../lesson/selectors';
import { checkOutcome } from '../../lesson/scoring';
import { useLessonSelect } from '../LessonContext';
import { CheckAnswerControls } from './CheckAnswerControls';
import { instructionFor } from './describe';
import type { CheckInputProps } from './input-props';
import { Matching } from './Matching';
import { MultipleResponse } from './MultipleResponse';
import { Ordering } from './Ordering';
import { SingleChoice, TrueFalse } from './SingleChoice';
import { useCheckDraft } from './use-check-draft';

/** The input for a check's type (also the practice round's, so both ask the same way). */
export function CheckInput(props: CheckInputProps) {
  const { check } = props;
  switch (check.type) {
    case 'single-choice':
      return <SingleChoice {...props} check={check} />;
    case 'multiple-response':
      return <MultipleResponse {...props} check={check} />;
    case 'true-false':
      return <TrueFalse {...props} check={check} />;
    case 'ordering':
      return <Ordering {...props} check={check} />;
    case 'matching':
      return <Matching {...props} check={check} />;
  }
}

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
  const { draft, incompleteNote, titleRef, change, submit } = useCheckDraft(check, order, lastTry, outcome, (response) => answer(check.id, response));
  const promptId = useId();

  const locked = outcome.finished || readOnly;
  const reveal = locked ? correctResponse(check) : null;

  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby={`${promptId}-title ${promptId}`}
      sx={{ p: { xs: 2, sm: 3 }, my: 3, borderLeft: 6, borderLeftColor: 'primary.main' }}
      data-check-id={check.id}
    >
      <Typography
        id={`${promptId}-title`}
        ref={titleRef}
        tabIndex={-1}
        variant="h3"
        component="h3"
        sx={{ fontSize: '1rem', mb: 1, color: 'text.secondary', '&:focus': { outline: 'none' } }}
      >
        Check {number} of {total}
      </Typography>
      {check.document && <CheckExcerpt document={check.document} />}
      <Typography id={promptId} component="p" sx={{ fontWeight: 600, mb: 0.5 }}>
        {check.prompt}
      </Typography>
      <Typography component="p" variant="body2" sx={{ mb: 2, color: 'text.secondary' }}>
        {instructionFor(check)}
        {!locked && (check.maxTries === 1 ? ' One try only: think before you submit.' : ` Tries left: ${outcome.triesLeft} of ${check.maxTries}.`)}
      </Typography>
      <CheckInput
        check={check}
        order={order}
        value={draft}
        onChange={change}
        disabled={locked}
        labelId={promptId}
        reveal={reveal}
        answered={lastTry !== undefined}
      />
      <CheckAnswerControls check={check} outcome={outcome} lastTry={lastTry ?? null} locked={locked} readOnly={readOnly} incompleteNote={incompleteNote} onSubmit={submit} />
    </Paper>
  );
}
