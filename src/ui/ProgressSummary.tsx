import Box from '@mui/material/Box';
import type { Theme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { currentStep } from '../lesson/selectors';
import { sameCounts, useLessonSelect } from './LessonContext';
import { StartAgain } from './StartAgain';

/**
 * Always visible (it sits in the sticky header): where the learner is, how many checks are answered
 * and how many are right ("12 of 25 checks answered · 10 correct"), and a small bar per section. Once
 * every check is answered the line says so; the score itself is the results page's to give.
 */
export function ProgressSummary() {
  const lesson = useLessonSelect((view) => view.lesson);
  const step = useLessonSelect((view) => currentStep(view.state));
  // Re-rendered when a count it shows changes, not on every try.
  const score = useLessonSelect((view) => view.score, sameCounts);
  const where = step < lesson.sections.length ? `Section ${step + 1} of ${lesson.sections.length}` : 'Results';
  const answered =
    score.finishedChecks === score.totalChecks
      ? `all ${score.totalChecks} checks answered`
      : `${score.finishedChecks} of ${score.totalChecks} checks answered`;
  const short =
    score.finishedChecks === score.totalChecks ? 'all answered' : `${score.finishedChecks}/${score.totalChecks} answered`;
  const shortWhere = step < lesson.sections.length ? `Section ${step + 1}/${lesson.sections.length}` : 'Results';
  return (
    <Box sx={{ mt: 1 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1, mb: 0.5 }}>
        {/* Narrow screens get the short form, so the sticky header stays small; only one is ever displayed. */}
        <Typography component="p" variant="body2" sx={{ display: { xs: 'none', sm: 'block' } }}>
          {where} · {answered} · {score.correctChecks} correct
        </Typography>
        <Typography component="p" variant="body2" sx={{ display: { xs: 'block', sm: 'none' } }}>
          {shortWhere} · {short} · {score.correctChecks} correct
        </Typography>
        <HeaderStartAgain />
      </Box>
      <Box component="ol" aria-label="Checks answered by section" sx={{ display: 'flex', gap: 0.5, listStyle: 'none', p: 0, m: 0 }}>
        {lesson.sections.map((section, i) => {
          const s = score.sections[i];
          return <SectionBar key={section.id} title={section.title} checks={s?.checks ?? 0} finished={s?.finished ?? 0} visited={s?.visited ?? false} current={i === step} />;
        })}
      </Box>
    </Box>
  );
}

/** Shared classroom computers are wide screens; on a phone (a learner's own) the header stays one line. */
const HeaderStartAgain = memo(function HeaderStartAgain() {
  return (
    <Box sx={{ ml: 'auto', display: { xs: 'none', sm: 'block' } }}>
      <StartAgain variant="text" color="inherit" />
    </Box>
  );
});

/**
 * One section's bar: drawn again only when its own counts change (an answer redraws one bar, not five).
 * A progressbar as MUI's determinate LinearProgress draws it in the header's colour (a track, the
 * colour at 30% over it, the bar sliding in from the left), without that component's variants in the
 * launch download and on every answer's path.
 */
const SectionBar = memo(function SectionBar({ title, checks, finished, visited, current }: { title: string; checks: number; finished: number; visited: boolean; current: boolean }) {
  // A section without checks is done once visited.
  const value = checks > 0 ? Math.round((finished / checks) * 100) : visited ? 100 : 0;
  return (
    <Box component="li" sx={{ flex: 1, minWidth: 0 }}>
      <Box
        component="span"
        role="progressbar"
        aria-valuenow={value}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-label={`${title}: ${checks > 0 ? `${finished} of ${checks} checks answered` : visited ? 'read' : 'not read yet'}`}
        sx={BAR_TRACK}
        style={{ height: current ? 8 : 6 }}
      >
        <Box component="span" sx={BAR_FILL} style={{ transform: `translateX(${value - 100}%)` }} />
      </Box>
    </Box>
  );
});

const BAR_TRACK = {
  position: 'relative',
  overflow: 'hidden',
  display: 'block',
  zIndex: 0,
  borderRadius: 3,
  bgcolor: 'rgba(255,255,255,0.35)',
  '@media print': { colorAdjust: 'exact' },
  '&::before': { content: '""', position: 'absolute', inset: 0, backgroundColor: 'currentColor', opacity: 0.3 },
} as const;

const BAR_FILL = {
  position: 'absolute',
  left: 0,
  top: 0,
  bottom: 0,
  width: '100%',
  backgroundColor: 'currentColor',
  transformOrigin: 'left',
  transition: (theme: Theme) => theme.transitions.create('transform', { duration: '.4s', easing: 'linear' }),
} as const;
