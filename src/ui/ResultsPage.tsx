import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Check } from '../content/model';
import { outcomeOf, triesAt } from '../lesson/selectors';
import { AnswerLines, CorrectAnswer } from './checks/CheckFeedback';
import { displayName } from '../lesson/learner-name';
import { lessonDate } from '../lesson/lesson-date';
import { practise, practiceTally, startPractice } from '../lesson/practice';
import { missedChecks, weakestSections, type MissedCheck, type WeakSection } from '../lesson/remediation';
import { newSeed } from '../lesson/shuffle';
import { improvementInWords, PracticeRound } from './PracticeRound';
import { useKeptPracticeRound } from './PracticeRoundKeeper';
import { RereadLink } from './Reread';
import { useLesson, type SavingStatus } from './LessonContext';
import { MuiScope } from './MuiScope';
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
          check={check}
          response={response}
        />
      ))}
      <CorrectAnswer check={check} />
      <Typography component="p" sx={{ color: 'text.secondary' }}>
        Why: {check.explanation}
      </Typography>
    </Box>
  );
}

/** A section's share right as a bar, above its figure (so it adds no width on a phone); the words beside it carry the same figure (the bar is only a picture). */
function ScoreBar({ percent, passed }: { percent: number; passed: boolean }) {
  return (
    <Box
      aria-hidden="true"
      sx={{ display: 'block', width: '100%', maxWidth: 160, minWidth: 32, height: 12, mb: 0.5, border: 1, borderColor: 'text.secondary', borderRadius: 1, overflow: 'hidden' }}
    >
      {/* Printed as drawn: without this a browser drops background colours on paper. */}
      <Box sx={{ width: `${percent}%`, height: '100%', bgcolor: passed ? 'success.main' : 'warning.main', printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' }} />
    </Box>
  );
}

/** After a fail: the sections to go back to first and, in each, the passages the missed checks test. */
function NextStep({ weak }: { weak: readonly WeakSection[] }) {
  if (weak.length === 0) return null;
  return (
    <Box component="section" aria-labelledby="next-step-heading" sx={{ mb: 3, breakInside: 'avoid' }}>
      <Typography id="next-step-heading" variant="h2" component="h2" sx={{ mb: 1 }}>
        Your next step
      </Typography>
      <Typography component="p" sx={{ mb: 1 }}>
        Go back to the {weak.length === 1 ? 'section' : 'sections'} you found hardest and reread the parts your missed questions test; then practise those questions.
      </Typography>
      <Box component="ol" sx={{ pl: 3, mt: 0, '& li': { mb: 0.5 } }}>
        {weak.map((w) => (
          <li key={w.section.id}>
            <strong>{w.section.title}</strong>: {w.score.correct} of {w.score.checks} right.{' '}
            {w.passages.length === 0 ? (
              <RereadLink sectionId={w.section.id} passage={null} />
            ) : (
              w.passages.map((passage, i) => (
                <span key={passage.anchor}>
                  {i > 0 && ' · '}
                  <RereadLink sectionId={w.section.id} passage={passage} />
                </span>
              ))
            )}
          </li>
        ))}
      </Box>
    </Box>
  );
}

/** The questions the learner missed, each with the passage it tests: short, so the summary prints on two pages. */
function MissedQuestions({ missed }: { missed: readonly MissedCheck[] }) {
  if (missed.length === 0) return null;
  return (
    <Box component="section" aria-labelledby="missed-heading" sx={{ mb: 3 }}>
      <Typography id="missed-heading" variant="h2" component="h2" sx={{ mb: 1 }}>
        The {missed.length === 1 ? 'question' : `${missed.length} questions`} you missed
      </Typography>
      <Box component="ol" sx={{ pl: 3, mt: 0, '& li': { mb: 0.75, breakInside: 'avoid' } }}>
        {missed.map(({ check, section, passage }) => (
          <li key={check.id}>
            {check.prompt} <Box component="span" sx={{ color: 'text.secondary' }}>({section.title})</Box>{' '}
            <RereadLink sectionId={section.id} passage={passage} />
          </li>
        ))}
      </Box>
    </Box>
  );
}

/** Every question with the learner's answers: folded away, shown or printed on demand. */
function FullReview({ open, onToggle, onPrint }: { open: boolean; onToggle: () => void; onPrint: () => void }) {
  const { lesson } = useLesson();
  const regionId = useId();
  return (
    <Box component="section" aria-labelledby="review-heading" data-print={open ? undefined : 'hide'}>
      <Typography id="review-heading" variant="h2" component="h2" sx={{ mb: 1 }}>
        Full review
      </Typography>
      <Box data-print="hide" sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }}>
        <Button variant="outlined" aria-expanded={open} aria-controls={regionId} onClick={onToggle}>
          {open ? 'Hide the full review' : 'Show the full review: every question, your answers and why'}
        </Button>
        <Button variant="outlined" onClick={onPrint}>
          Print the full review
        </Button>
      </Box>
      <Box id={regionId} hidden={!open}>
        {open && (
          <>
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
          </>
        )}
      </Box>
    </Box>
  );
}

/**
 * The closing step: a one-page summary (score, pass or fail, a bar per section, the missed questions,
 * after a fail the next step), then the full review folded away. The practice round replaces the
 * summary while it runs; it is this view's own state and never reaches the lesson state. Loaded when the
 * learner nears the end, and drawn with MUI in the lesson's theme (MuiScope), which the launch does without.
 */
export function ResultsPage() {
  return (
    <MuiScope>
      <Results />
    </MuiScope>
  );
}

function Results() {
  const { lesson, state, score, finished, finish, learnerName, readOnly, secondsOnTask, saving } = useLesson();
  // Whose results, and when: what a teacher needs on a printed copy handed in. The LMS gives
  // "Last, First"; people read "First Last". The date as the lesson's language writes it (en-GB).
  const [today] = useState(() => lessonDate(new Date(), lesson.language));
  const name = displayName(learnerName);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const practiseRef = useRef<HTMLButtonElement>(null);
  // Kept above the steps: a Reread from inside the round leaves this page, and the round waits for the learner.
  const [round, setRound] = useKeptPracticeRound();
  const [practising, setPractising] = useState(false);
  const [reviewOpen, setReviewOpen] = useState(false);
  const back = useRef(false);
  useEffect(() => {
    if (practising) return;
    // Back from the practice round: to the button that started it; otherwise the page's heading.
    if (back.current && practiseRef.current) practiseRef.current.focus();
    else headingRef.current?.focus();
    back.current = false;
  }, [practising]);

  const missed = useMemo(() => missedChecks(lesson, state), [lesson, state]);
  const weak = useMemo(() => (score.complete && !score.passed ? weakestSections(lesson, state, score) : []), [lesson, state, score]);

  if (practising && round) {
    return (
      <PracticeRound
        round={round}
        onAnswer={(checkId, response) => setRound((r) => (r ? practise(lesson, r, checkId, response) : r))}
        onClose={() => {
          back.current = true;
          setPractising(false);
        }}
      />
    );
  }

  const outcomeText = !score.complete
    ? `Not finished yet: ${score.totalChecks - score.finishedChecks} of ${score.totalChecks} checks still to answer.`
    : score.passed
      ? `Passed. You scored ${score.percent}% (pass mark ${score.passingScore}%).`
      : `Not passed. You scored ${score.percent}% (pass mark ${score.passingScore}%).`;
  const tally = round ? practiceTally(lesson, state, round) : null;

  return (
    <Box
      component="article"
      aria-labelledby="results-heading"
      sx={{
        // On paper the summary keeps to two A4 pages even with every question missed: smaller type, tighter spacing.
        '@media print': {
          '& p, & li, & td, & th, & .MuiAlert-message': { fontSize: '10pt', lineHeight: 1.35 },
          '& h1': { fontSize: '18pt', mb: 0.5 },
          '& h2': { fontSize: '13pt', mt: 1.5, mb: 0.5 },
          '& h3': { fontSize: '11pt' },
          '& li': { mb: 0.25 },
          '& td, & th': { py: 0.25 },
          '& .MuiAlert-root': { py: 0, mb: 1 },
        },
      }}
    >
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
      {/* On the narrowest phones the table may scroll sideways: the keyboard can reach and scroll it too. */}
      <Box role="region" aria-label="Scores by section" tabIndex={0} sx={{ overflowX: 'auto', mb: 3 }}>
        <Box component="table" sx={{ borderCollapse: 'collapse', width: '100%', fontSize: { xs: '0.875rem', sm: 'inherit' }, '& th, & td': { border: 1, borderColor: 'divider', p: { xs: 0.5, sm: 1 }, textAlign: 'left' } }}>
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
                  <Box component="td" sx={{ width: { xs: '25%', sm: '35%' } }}>
                    <ScoreBar percent={s?.percent ?? 0} passed={(s?.percent ?? 0) >= score.passingScore} />
                    {s?.percent ?? 0}%
                  </Box>
                  <td>{s?.complete ? 'Done' : s?.visited ? 'Started' : 'Not visited'}</td>
                </tr>
              );
            })}
          </tbody>
        </Box>
      </Box>

      <NextStep weak={weak} />
      <MissedQuestions missed={missed} />

      {missed.length > 0 && (
        <Box data-print="hide" sx={{ mb: 3 }}>
          <Button
            ref={practiseRef}
            variant="contained"
            onClick={() => {
              // A new round each time, shuffled afresh; a round already started carries on.
              setRound((r) => (r && practiceTally(lesson, state, r).finished < r.checkIds.length ? r : startPractice(lesson, state, newSeed(Math.random))));
              setPractising(true);
            }}
          >
            {tally && tally.finished < tally.total ? 'Carry on practising' : 'Practise the ones you missed'}
          </Button>
          <Typography component="p" variant="body2" sx={{ mt: 1, color: 'text.secondary' }}>
            Not scored: your score and what your teacher sees stay as they are.
          </Typography>
        </Box>
      )}
      {tally && tally.finished > 0 && (
        <Typography component="p" sx={{ mb: 3, fontWeight: 700 }}>
          Practice round: {improvementInWords(tally)}
        </Typography>
      )}

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

      <FullReview
        open={reviewOpen}
        onToggle={() => setReviewOpen((open) => !open)}
        onPrint={() => {
          // Unfolded on the page first (rendered now, not at the next render), then printed.
          flushSync(() => setReviewOpen(true));
          window.print();
        }}
      />
    </Box>
  );
}
