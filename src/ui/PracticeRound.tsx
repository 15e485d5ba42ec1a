import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useRef } from 'react';
import type { Check } from '../content/model';
import { lastPracticeTry, practiceChecks, practiceOrder, practiceOutcome, practiceTally, type PracticeRound as Round, type PracticeTally } from '../lesson/practice';
import type { Response } from '../lesson/types';
import { CheckCard } from './checks/CheckCard';
import { useCheckDraft } from './checks/use-check-draft';
import { useLesson } from './LessonContext';

/** "This time: 4 of 6 right; first time: 0 of 6": what the round shows and the results page keeps. */
export function improvementInWords(tally: PracticeTally): string {
  return `This time: ${tally.right} of ${tally.total} right; first time: ${tally.rightFirstTime} of ${tally.total}.`;
}

/** One missed check asked again: the lesson's own input and feedback, with tries kept in the round. */
function PracticeCheck({ check, number, total, round, onAnswer }: { check: Check; number: number; total: number; round: Round; onAnswer: (checkId: string, response: Response) => void }) {
  const { lesson } = useLesson();
  const outcome = practiceOutcome(lesson, round, check);
  const order = useMemo(() => practiceOrder(round, check), [round, check]);
  const lastTry = lastPracticeTry(round, check.id);
  const asking = useCheckDraft(check, order, lastTry, outcome, (response) => onAnswer(check.id, response));
  return (
    <CheckCard
      check={check}
      title={`Practice ${number} of ${total}`}
      headingLevel="h2"
      order={order}
      asking={asking}
      outcome={outcome}
      lastTry={lastTry}
      locked={outcome.finished}
      readOnly={false}
    />
  );
}

/**
 * The practice round: the missed checks again, unscored. The round is the results view's own value
 * (src/lesson/practice.ts), never the lesson state: nothing here is saved, scored or sent to an LMS.
 */
export function PracticeRound({ round, onAnswer, onClose }: { round: Round; onAnswer: (checkId: string, response: Response) => void; onClose: () => void }) {
  const { lesson, state, score } = useLesson();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const checks = practiceChecks(lesson, round);
  const tally = practiceTally(lesson, state, round);
  const done = tally.finished === tally.total;
  return (
    <Box component="article" aria-labelledby="practice-heading">
      <Typography id="practice-heading" ref={headingRef} tabIndex={-1} variant="h1" component="h1" sx={{ mb: 1, '&:focus, &:focus-visible': { outline: 'none' } }}>
        Practice round
      </Typography>
      <Alert severity="info" role="none" sx={{ mb: 2 }}>
        The {tally.total === 1 ? 'question' : `${tally.total} questions`} you missed, asked again. Not scored: nothing here is recorded, and your
        score stays {score.percent}%. The options are in a new order.
      </Alert>
      {checks.map((check, i) => (
        <PracticeCheck key={check.id} check={check} number={i + 1} total={checks.length} round={round} onAnswer={onAnswer} />
      ))}
      <Box sx={{ my: 3, p: 2, bgcolor: 'action.hover', borderRadius: 1 }}>
        <Typography component="p" sx={{ fontWeight: 700 }}>
          {done ? improvementInWords(tally) : `${tally.finished} of ${tally.total} answered so far. ${improvementInWords(tally)}`}
        </Typography>
      </Box>
      <Button variant={done ? 'contained' : 'outlined'} onClick={onClose}>
        Back to your results
      </Button>
    </Box>
  );
}
