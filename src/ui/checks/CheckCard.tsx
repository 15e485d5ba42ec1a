import { useId } from 'react';
import type { Check } from '../../content/model';
import { correctResponse } from '../../lesson/grading';
import type { CheckOutcome, Response } from '../../lesson/types';
import type { CheckDraft } from './use-check-draft';
import { CheckAnswerControls } from './CheckAnswerControls';
import { CheckExcerpt } from './CheckExcerpt';
import { CheckInput } from './CheckInput';
import 'virtual:theme-variables.css';
import './check-card.css';
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
 * unscored practice round (PracticeRound) differ only in where their tries are kept. Native elements
 * styled by check-card.css, not MUI's runtime-styled ones: an answer re-renders this card, and that must
 * cost little and insert no CSS rule (see the stylesheet).
 */
export function CheckCard({ check, title, headingLevel, order, asking, outcome, lastTry, locked, readOnly }: CheckCardProps) {
  const { draft, change, submit, incompleteNote, titleRef } = asking;
  const promptId = useId();
  const Heading = headingLevel;
  return (
    <section className="check-card" aria-labelledby={`${promptId}-title ${promptId}`} data-check-id={check.id}>
      <Heading id={`${promptId}-title`} ref={titleRef} tabIndex={-1} className="check-title">
        {title}
      </Heading>
      {check.document && <CheckExcerpt document={check.document} />}
      <p id={promptId} className="check-prompt">
        {check.prompt}
      </p>
      <p className="check-instruction">
        {instructionFor(check)}
        {!locked && (check.maxTries === 1 ? ' One try only: think before you submit.' : ` Tries left: ${outcome.triesLeft} of ${check.maxTries}.`)}
      </p>
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
    </section>
  );
}
