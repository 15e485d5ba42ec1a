import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { Check } from '../../content/model';
import { correctResponse } from '../../lesson/grading';
import type { CheckOutcome, Response } from '../../lesson/types';
import type { CheckDraft } from './use-check-draft';
import { CheckAnswerControls } from './CheckAnswerControls';
import { CheckExcerpt } from './CheckExcerpt';
import { CheckInput } from './CheckInput';
import { instructionFor } from './describe';

export interface CheckCardProps {
  readonly check: Check;
  /** "Check 3 of 5", "Practice 2 of 4". */
  readonly title: string;
  /** h3 inside a section's reading; h2 where the check is the page's own content (the practice round). */
  readonly headingLevel: 'h2' | 'h3';
  readonly order: readonly string[];
  /** The answer being composed, from useCheckDraft. */
  readonly asking: CheckDraft;
  readonly outcome: CheckOutcome;
  readonly lastTry: Response | undefined;
  /** Finished, or a review: the answer is shown and nothing can change. */
  readonly locked: boolean;
  readonly readOnly: boolean;
}

/**
 * How a check looks and is asked, wherever it is asked: the lesson's scored checks (CheckFrame) and the
 * unscored practice round (PracticeRound) differ only in where their tries are kept.
 */
export function CheckCard({ check, title, headingLevel, order, asking, outcome, lastTry, locked, readOnly }: CheckCardProps) {
  const { draft, change, submit, incompleteNote, titleRef } = asking;
  const promptId = useId();
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
        variant={headingLevel}
        component={headingLevel}
        sx={{ fontSize: '1rem', mb: 1, color: 'text.secondary', '&:focus': { outline: 'none' } }}
      >
        {title}
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
        reveal={locked ? correctResponse(check) : null}
        answered={lastTry !== undefined}
      />
      <CheckAnswerControls check={check} outcome={outcome} lastTry={lastTry ?? null} locked={locked} readOnly={readOnly} incompleteNote={incompleteNote} onSubmit={submit} />
    </Paper>
  );
}
