import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import { howItWorks } from './how-it-works';
import { useLesson, type SavingStatus } from './LessonContext';

const minutes = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;

/** Where the learner's progress is kept, as the launch (and the tracker since) says. */
function whereKept(saving: SavingStatus | null): string {
  if (saving?.kind === 'saving' || saving?.kind === 'retrying') {
    return saving.store === 'lms'
      ? 'Your progress is saved to your learning platform as you go. You can stop at any point and carry on later from where you left off.'
      : 'There is no learning platform here, so your progress is kept in this browser only, on this device. Come back in the same browser to carry on; another device, another browser or a private window starts afresh.';
  }
  return 'Your progress cannot be saved this time, so keep this window open until you finish.';
}

/**
 * The first thing a new attempt shows: what the lesson is, what the learner will be able to do, how
 * long it takes, how the checks and the gate work, and where progress is kept; then one button.
 * Not shown on a resume or in a review (LessonApp decides).
 */
export function StartScreen({ begin }: { begin: () => void }) {
  const { lesson, score, saving } = useLesson();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Like every step, the screen puts focus on its heading when it opens.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const first = lesson.sections[0];
  return (
    <Box component="article" aria-labelledby="start-heading" sx={{ maxWidth: '70ch' }}>
      <Typography component="p" variant="body2" sx={{ color: 'text.secondary', textTransform: 'uppercase', letterSpacing: '0.06em' }}>
        Before you start
      </Typography>
      <Typography id="start-heading" ref={headingRef} tabIndex={-1} variant="h1" component="h1" sx={{ mb: 1, '&:focus, &:focus-visible': { outline: 'none' } }}>
        {lesson.title}
      </Typography>
      <Typography sx={{ mb: 3, fontSize: '1.15rem', color: 'text.secondary' }}>{lesson.description}</Typography>

      <Typography variant="h2" component="h2" sx={{ fontSize: '1.35rem', mt: 3, mb: 1 }}>
        What you will be able to do
      </Typography>
      <Box component="ul" sx={{ pl: 3, my: 1, '& li': { mb: 0.5 } }}>
        {lesson.objectives.map((objective) => (
          <li key={objective.id}>{objective.text}</li>
        ))}
      </Box>

      <Typography variant="h2" component="h2" sx={{ fontSize: '1.35rem', mt: 3, mb: 1 }}>
        How long it takes
      </Typography>
      <Typography sx={{ mb: 1 }}>
        About {minutes(lesson.estimatedMinutes)}, worked out from how much there is to read and do. You can take it in more than one sitting.
      </Typography>
      <Box component="ol" sx={{ pl: 3, my: 1, '& li': { mb: 0.5 } }}>
        {lesson.sections.map((section) => (
          <li key={section.id}>
            {section.title}
            {section.estimate ? ` (about ${minutes(section.estimate.minutes)})` : ''}
          </li>
        ))}
      </Box>

      <Typography variant="h2" component="h2" sx={{ fontSize: '1.35rem', mt: 3, mb: 1 }}>
        How the checks work
      </Typography>
      <Box component="ul" sx={{ pl: 3, my: 1, '& li': { mb: 0.5 } }}>
        {howItWorks(lesson, score.passingScore).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </Box>

      <Typography variant="h2" component="h2" sx={{ fontSize: '1.35rem', mt: 3, mb: 1 }}>
        Where your progress is kept
      </Typography>
      <Typography sx={{ mb: 3 }}>{whereKept(saving)}</Typography>

      <Button variant="contained" size="large" onClick={begin} aria-describedby={first ? 'start-first' : undefined}>
        Start the lesson
      </Button>
      {first && (
        <Typography id="start-first" variant="body2" sx={{ mt: 1, color: 'text.secondary' }}>
          You begin with section 1: {first.title}.
        </Typography>
      )}
    </Box>
  );
}
