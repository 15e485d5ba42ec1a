import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import type { Check } from '../content/model';
import { outcomeOf, triesAt } from '../lesson/selectors';
import { AnswerLines } from './checks/CheckFeedback';
import { correctResponse } from '../lesson/grading';
import { displayName } from '../lesson/learner-name';
import { lessonDate } from '../lesson/lesson-date';
import { describeResponse } from './checks/describe';
import { useLesson, type SavingStatus } from './LessonContext';
import { PositionsReview } from './PositionsReview';
import { StartAgain } from './StartAgain';

function minutes(seconds: number): string {
  const m = Math.round(seconds / 60);
  return m < 1 ? 'under a minute' : `${m} minute${m === 1 ? '' : 's'}`;
}

/**
 * What happened to the results when the learner finished, in honest words: "sent" only when an LMS
 * took them; in self-study, where they are kept.
 */
function finishedNote(saving: SavingStatus | null): string {
  switch (saving && saving.kind !== 'not-kept' ? saving.store : null) {
    case 'lms':
      return 'Your results have been sent. You can close this window.';
    case 'browser':
      return 'You have finished. This lesson is not running in an LMS, so nothing was sent: your results are kept in this browser on this computer only. Print or save them if your teacher needs a copy.';
    default:
      return 'You have finished. This lesson is not running in an LMS and this browser cannot keep your results: they are kept only until you close this page. Print or save them now if your teacher needs a copy.';
  }
}

/** Every question with the learner's answers, the right answer and why: what a teacher keeps. */
function QuestionReview({ check, number }: { check: Check; number: number }) {
  const { lesson, state } = useLesson();
  const tries = triesAt(state, check.id);
  const outcome = outcomeOf(lesson, state, check);
  const verdict =
    outcome.status === 'unanswered'
      ? 'Not answered'
      : outcome.scoredCorrect
        ? 'Correct'
        : outcome.status === 'correct'
          ? 'Right on a later try (not counted: first try scoring)'
          : outcome.finished
            ? 'Incorrect'
            : 'Not finished';
  return (
    <Box component="li" sx={{ mb: 3, breakInside: 'avoid' }}>
      <Typography component="p" sx={{ fontWeight: 700 }}>
        {number}. {check.prompt}
      </Typography>
      <Typography component="p" sx={{ fontWeight: 700, color: outcome.scoredCorrect ? 'success.main' : 'error.main' }}>
        {verdict}
      </Typography>
      {tries.map((response, i) => (
        <AnswerLines
          key={i}
          label={`Your answer${tries.length > 1 ? `, try ${i + 1}` : ''} (${outcome.results[i] ? 'right' : 'wrong'})`}
          lines={describeResponse(check, response)}
        />
      ))}
      <AnswerLines label="Correct answer" lines={describeResponse(check, correctResponse(check))} />
      <Typography component="p" sx={{ color: 'text.secondary' }}>
        Why: {check.explanation}
      </Typography>
    </Box>
  );
}

/** The closing step: overall score and pass or fail, per-section scores, every question; printable. */
export function ResultsPage() {
  const { lesson, score, finished, finish, learnerName, readOnly, secondsOnTask, saving } = useLesson();
  // Whose results, and when: what a teacher needs on a printed copy handed in. The LMS gives
  // "Last, First"; people read "First Last". The date as the lesson's language writes it (en-GB).
  const [today] = useState(() => lessonDate(new Date(), lesson.language));
  const name = displayName(learnerName);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const outcomeText = !score.complete
    ? `Not finished yet: ${score.totalChecks - score.finishedChecks} of ${score.totalChecks} checks still to answer.`
    : score.passed
      ? `Passed. You scored ${score.percent}% (pass mark ${score.passingScore}%).`
      : `Not passed. You scored ${score.percent}% (pass mark ${score.passingScore}%).`;

  return (
    <Box component="article" aria-labelledby="results-heading">
      <Typography id="results-heading" ref={headingRef} tabIndex={-1} variant="h1" component="h1" sx={{ mb: 1, '&:focus, &:focus-visible': { outline: 'none' } }}>
        Your results
      </Typography>
      <Typography component="p" sx={{ color: 'text.secondary', mb: 2 }}>
        {name ? `${name} · ` : ''}
        {lesson.title} · version {lesson.version} · {today} · time on task {minutes(secondsOnTask)}
      </Typography>
      <Alert severity={!score.complete ? 'info' : score.passed ? 'success' : 'warning'} role="none" sx={{ mb: 3, fontSize: '1.1rem' }}>
        <strong>{outcomeText}</strong> {score.correctChecks} of {score.totalChecks} checks correct
        {lesson.settings.scoring === 'first-try' ? ' on the first try.' : ' within the allowed tries.'}
      </Alert>

      <Typography variant="h2" component="h2" sx={{ mb: 1 }}>
        By section
      </Typography>
      <Box sx={{ overflowX: 'auto', mb: 4 }}>
        <Box component="table" sx={{ borderCollapse: 'collapse', width: '100%', '& th, & td': { border: 1, borderColor: 'divider', p: 1, textAlign: 'left' } }}>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Correct</th>
              <th scope="col">Score</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {lesson.sections.map((section, i) => {
              const s = score.sections[i];
              return (
                <tr key={section.id}>
                  <th scope="row">{section.title}</th>
                  <td>
                    {s?.correct ?? 0} of {s?.checks ?? 0}
                  </td>
                  <td>{s?.percent ?? 0}%</td>
                  <td>{s?.complete ? 'Done' : s?.visited ? 'Started' : 'Not visited'}</td>
                </tr>
              );
            })}
          </tbody>
        </Box>
      </Box>

      <Box data-print="hide" sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 4 }}>
        <Button variant="outlined" onClick={() => window.print()}>
          Print or save these results
        </Button>
        {!readOnly && !finished && (
          <Button variant="contained" onClick={finish} disabled={!score.complete}>
            Finish the lesson
          </Button>
        )}
        <StartAgain />
      </Box>
      {finished && (
        <Alert severity="success" role="status" sx={{ mb: 4 }}>
          {finishedNote(saving)}
        </Alert>
      )}

      <PositionsReview />

      <Typography variant="h2" component="h2" sx={{ mb: 2 }}>
        Every question
      </Typography>
      {lesson.sections.map((section) => (
        <Box component="section" key={section.id} aria-labelledby={`review-${section.id}`} sx={{ mb: 3 }}>
          <Typography id={`review-${section.id}`} variant="h3" component="h3" sx={{ mb: 1 }}>
            {section.title}
          </Typography>
          <Box component="ol" sx={{ pl: 0, listStyle: 'none' }}>
            {section.checks.map((check, i) => (
              <QuestionReview key={check.id} check={check} number={i + 1} />
            ))}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
