import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import type { Check } from '../../content/model';
import type { CheckOutcome, Response } from '../../lesson/types';
import { correctResponse } from '../../lesson/grading';
import { howMuchRight } from '../../lesson/how-much-right';
import { describeResponse, howMuchRightInWords } from './describe';

/** Feedback is the lesson's teaching, not small print: the body's size, not the Alert's smaller default. */
const BODY_SIZE = { typography: 'body1' } as const;

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
      <Alert severity="info" role="none" sx={BODY_SIZE}>
        <AlertTitle>Not answered</AlertTitle>
        <AnswerLines label="Correct answer" lines={describeResponse(check, correctResponse(check))} />
        <p>{check.explanation}</p>
      </Alert>
    );
  }
  const perOption = optionFeedback(check, lastTry);
  if (outcome.status === 'retry') {
    // How much was right, never which: the learner still has to find the mistake.
    const counted = lastTry ? howMuchRight(check, lastTry) : null;
    return (
      <Alert severity="warning" role="none" sx={BODY_SIZE}>
        <AlertTitle>
          Not quite. You have {outcome.triesLeft} {outcome.triesLeft === 1 ? 'try' : 'tries'} left.
        </AlertTitle>
        {counted && <p>{howMuchRightInWords(counted)}</p>}
        {perOption.map((f) => (
          <p key={f}>{f}</p>
        ))}
        {check.hint && <p>Hint: {check.hint}</p>}
      </Alert>
    );
  }
  if (outcome.status === 'correct') {
    return (
      <Alert severity="success" role="none" sx={BODY_SIZE}>
        <AlertTitle>Correct{outcome.triesUsed > 1 ? ` on try ${outcome.triesUsed}` : ''}.</AlertTitle>
        <p>{check.explanation}</p>
      </Alert>
    );
  }
  return (
    <Alert severity="error" role="none" sx={BODY_SIZE}>
      <AlertTitle>Not this time: no tries left.</AlertTitle>
      {perOption.map((f) => (
        <p key={f}>{f}</p>
      ))}
      <AnswerLines label="Correct answer" lines={describeResponse(check, correctResponse(check))} />
      <p>{check.explanation}</p>
    </Alert>
  );
}

export function AnswerLines({ label, lines }: { label: string; lines: string[] }) {
  if (lines.length === 1) {
    return (
      <p>
        <strong>{label}:</strong> {lines[0]}
      </p>
    );
  }
  return (
    <Box>
      <strong>{label}:</strong>
      <Box component="ul" sx={{ mt: 0.5, mb: 1, pl: 3 }}>
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </Box>
    </Box>
  );
}
