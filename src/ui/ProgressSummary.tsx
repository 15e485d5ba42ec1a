import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { currentStep } from '../lesson/selectors';
import { useLesson } from './LessonContext';

/**
 * Always visible (it sits in the sticky header): where the learner is, how many checks are done,
 * and the score so far.
 */
export function ProgressSummary() {
  const { lesson, state, score } = useLesson();
  const sectionsDone = score.sections.filter((s) => s.complete).length;
  const percentDone = Math.round(score.progress * 100);
  const step = currentStep(state);
  const where = step < lesson.sections.length ? `Section ${step + 1} of ${lesson.sections.length}` : 'Results';
  return (
    <Box sx={{ mt: 1 }}>
      {/* Narrow screens get the short form, so the sticky header stays small; only one is ever displayed. */}
      <Typography component="p" variant="body2" sx={{ mb: 0.5, display: { xs: 'none', sm: 'block' } }}>
        {where}
        {` · ${sectionsDone} of ${lesson.sections.length} sections done`}
        {` · ${score.finishedChecks} of ${score.totalChecks} checks answered`}
        {` · score so far ${score.correctChecks} correct (${score.percent}% of the lesson; pass mark ${score.passingScore}%)`}
      </Typography>
      <Typography component="p" variant="body2" sx={{ mb: 0.5, display: { xs: 'block', sm: 'none' } }}>
        {where} · {score.finishedChecks}/{score.totalChecks} checks · score {score.percent}%
      </Typography>
      <LinearProgress
        variant="determinate"
        value={percentDone}
        color="inherit"
        aria-label={`Lesson progress: ${percentDone}% done`}
        sx={{ height: 6, borderRadius: 3, bgcolor: 'rgba(255,255,255,0.35)' }}
      />
    </Box>
  );
}
