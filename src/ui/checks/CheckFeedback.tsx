import type { Check } from '../../content/model';
import type { CheckOutcome, Response } from '../../lesson/types';
import { correctResponse } from '../../lesson/grading';
import { howMuchRight } from '../../lesson/how-much-right';
import { describeResponse, howMuchRightInWords } from './describe';
import { RereadLink } from '../Reread';
import { Notice } from '../Notice';

/** The feedback a chosen option carries, for single-choice and multiple-response checks. */
function optionFeedback(check: Check, response: Response | null): string[] {
  if (!response || (check.type !== 'single-choice' && check.type !== 'multiple-response')) return [];
  return check.options.filter((o) => response.includes(o.id) && o.feedback).map((o) => `${o.text}: ${o.feedback}`);
}

/** What the learner is told after each try, in words first and colour second. */
export function CheckFeedback({
  check,
  outcome,
  lastTry,
  readOnly,
}: {
  check: Check;
  outcome: CheckOutcome;
  lastTry: Response | null;
  readOnly: boolean;
}) {
  if (outcome.status === 'unanswered') {
    if (!readOnly) return null;
    return (
      <Notice severity="info" role="none" bodySize title="Not answered">
        <CorrectAnswer check={check} />
        <p>{check.explanation}</p>
      </Notice>
    );
  }
  const perOption = optionFeedback(check, lastTry);
  if (outcome.status === 'retry') {
    // How much was right, never which: the learner still has to find the mistake.
    const counted = lastTry ? howMuchRight(check, lastTry) : null;
    return (
      <Notice
        severity="warning"
        role="none"
        bodySize
        title={`Not quite. You have ${outcome.triesLeft} ${outcome.triesLeft === 1 ? 'try' : 'tries'} left.`}
      >
        {counted && <p>{howMuchRightInWords(counted)}</p>}
        {perOption.map((f) => (
          <p key={f}>{f}</p>
        ))}
        {check.hint && <p>Hint: {check.hint}</p>}
      </Notice>
    );
  }
  if (outcome.status === 'correct') {
    return (
      <Notice severity="success" role="none" bodySize title={`Correct${outcome.triesUsed > 1 ? ` on try ${outcome.triesUsed}` : ''}.`}>
        <p>{check.explanation}</p>
      </Notice>
    );
  }
  return (
    <Notice severity="error" role="none" bodySize title="Not this time: no tries left.">
      {perOption.map((f) => (
        <p key={f}>{f}</p>
      ))}
      <CorrectAnswer check={check} />
      <p>{check.explanation}</p>
      {/* After the last try: back to the passage this check tests. */}
      <p>
        <RereadLink sectionId={check.section} passage={check.passage} />
      </p>
    </Notice>
  );
}

/**
 * A response in words (describe.ts): one line, or a list. An ordering check's lines carry their own
 * numbers ("1. …"), so its list shows no bullets beside them.
 */
export function AnswerLines({ label, check, response }: { label: string; check: Check; response: Response }) {
  const lines = describeResponse(check, response);
  if (lines.length === 1) {
    return (
      <p>
        <strong>{label}:</strong> {lines[0]}
      </p>
    );
  }
  return (
    <div>
      <strong>{label}:</strong>
      <ul className={check.type === 'ordering' ? 'check-answer-list check-answer-list-numbered' : 'check-answer-list'}>
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </div>
  );
}

/** The correct answer in words: after the last try, in review, and in the results. */
export function CorrectAnswer({ check }: { check: Check }) {
  return <AnswerLines label="Correct answer" check={check} response={correctResponse(check)} />;
}
