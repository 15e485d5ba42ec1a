import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import { currentStep, isReached } from '../lesson/selectors';
import { canGo } from '../lesson/state';
import { sameCounts, sameFields, useLessonSelect } from './LessonContext';
import { stepCount, stepTitle } from './steps';

/**
 * The lesson's steps as a list of buttons: reached steps can be revisited in any order, the next one
 * opens when the gate allows, later ones are shown as locked (with words, not only greyed out).
 */
export function StepNav() {
  const lesson = useLessonSelect((view) => view.lesson);
  const go = useLessonSelect((view) => view.go);
  // What the list shows of the state: where the learner is, how far they got, and the counts.
  const reach = useLessonSelect(
    (view) => ({
      current: currentStep(view.state),
      furthest: view.state.furthest,
      // Which steps the gate opens, one letter a step ('o' open): a string, so equal when unchanged.
      open: Array.from({ length: stepCount(view.lesson) }, (_, s) => (canGo(view.lesson, view.state, s) ? 'o' : '-')).join(''),
    }),
    sameFields,
  );
  const score = useLessonSelect((view) => view.score, sameCounts);
  const steps = Array.from({ length: stepCount(lesson) }, (_, i) => i);
  return (
    <Box component="nav" aria-label="Lesson steps" data-print="hide">
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {steps.map((step) => {
          const section = score.sections[step];
          const isCurrent = step === reach.current;
          const open = reach.open[step] === 'o';
          const status = isCurrent
            ? 'current'
            : section?.complete
              ? 'done'
              : isReached(reach, step)
                ? 'started'
                : open
                  ? 'next'
                  : 'locked';
          const label = status === 'current' ? 'you are here' : status === 'next' ? 'open' : status;
          return (
            <Box component="li" key={step} sx={{ mb: 0.5 }}>
              <ButtonBase
                onClick={() => go(step)}
                disabled={!open || isCurrent}
                aria-current={isCurrent ? 'step' : undefined}
                sx={{
                  width: '100%',
                  justifyContent: 'flex-start',
                  textAlign: 'left',
                  p: 1.25,
                  borderRadius: 1,
                  border: 1,
                  borderColor: isCurrent ? 'primary.main' : 'divider',
                  bgcolor: isCurrent ? 'action.selected' : 'transparent',
                  color: 'text.primary',
                  '&.Mui-disabled': { color: status === 'locked' ? 'text.secondary' : 'text.primary' },
                  '&.Mui-focusVisible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 2 },
                }}
              >
                <Box component="span" sx={{ fontWeight: 700, mr: 1 }}>
                  {step + 1}.
                </Box>
                <Box component="span" sx={{ flex: 1 }}>
                  {stepTitle(lesson, step)}
                  <Box component="span" sx={{ display: 'block', fontSize: '0.85rem', color: 'text.secondary' }}>
                    {label}
                    {section && section.checks > 0 && ` · ${section.finished}/${section.checks} checks`}
                  </Box>
                </Box>
              </ButtonBase>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
