import { CheckExcerpt } from './CheckExcerpt';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Check } from '../../content/model';
import { correctResponse, isComplete } from '../../lesson/grading';
import { checkProgress, shownOrder } from '../../lesson/selectors';
import { checkOutcome } from '../../lesson/scoring';
import type { Response } from '../../lesson/types';
import { useLessonSelect } from '../LessonContext';
import { CheckFeedback } from './CheckFeedback';
import { instructionFor } from './describe';
import type { CheckInputProps } from './input-props';
import { Matching } from './Matching';
import { MultipleResponse } from './MultipleResponse';
import { Ordering } from './Ordering';
import { SingleChoice, TrueFalse } from './SingleChoice';

function emptyDraft(check: Check, order: readonly string[]): Response {
  if (check.type === 'ordering') return order;
  if (check.type === 'matching') return check.pairs.map(() => '');
  return [];
}

function CheckInput(props: CheckInputProps) {
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
  // What the learner is composing; until they change something, the last submitted try (so a resumed
  // lesson shows its saved answers) or the empty starting answer. Derived, not copied into state.
  const [edited, setEdited] = useState<Response | null>(null);
  const draft = edited ?? lastTry ?? emptyDraft(check, order);
  const [incompleteNote, setIncompleteNote] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const submitted = useRef(false);
  const promptId = useId();

  // Feedback is announced by its live region. While tries remain, focus stays on "Check answer";
  // once the check is finished that button goes away, so focus moves to the check's heading (not to
  // the live region itself, which would have the feedback read twice).
  useEffect(() => {
    if (submitted.current) {
      submitted.current = false;
      if (outcome.finished) titleRef.current?.focus();
    }
  }, [outcome.triesUsed, outcome.finished]);

  const locked = outcome.finished || readOnly;
  const reveal = locked ? correctResponse(check) : null;

  const submit = () => {
    if (!isComplete(check, draft)) {
      setIncompleteNote(true);
      return;
    }
    setIncompleteNote(false);
    submitted.current = true;
    answer(check.id, draft);
  };

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
        onChange={(next) => {
          setEdited(next);
          setIncompleteNote(false);
        }}
        disabled={locked}
        labelId={promptId}
        reveal={reveal}
        answered={lastTry !== undefined}
      />
      {!locked && (
        <Box sx={{ mt: 2 }}>
          <Button variant="contained" onClick={submit}>
            Check answer
          </Button>
        </Box>
      )}
      {incompleteNote && (
        <Alert severity="info" sx={{ mt: 2 }}>
          {check.type === 'matching' ? 'Choose a match for every item first.' : 'Choose an answer first.'}
        </Alert>
      )}
      <Box role="status" aria-live="polite" sx={{ mt: 2 }}>
        <CheckFeedback check={check} outcome={outcome} lastTry={lastTry ?? null} readOnly={readOnly} />
      </Box>
    </Paper>
  );
}
