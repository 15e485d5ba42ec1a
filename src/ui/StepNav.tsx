import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import { memo } from 'react';
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
          return (
            <StepItem
              key={step}
              step={step}
              title={stepTitle(lesson, step)}
              status={status}
              open={open}
              counts={section && section.checks > 0 ? `${section.finished}/${section.checks} checks` : null}
              go={go}
            />
          );
        })}
      </Box>
    </Box>
  );
}

/**
 * One step of the list. Drawn again only when what it shows changes: an answer redraws its own
 * section's line (the count), not the whole list.
 */
const StepItem = memo(function StepItem({
  step,
  title,
  status,
  open,
  counts,
  go,
}: {
  step: number;
  title: string;
  status: 'current' | 'done' | 'started' | 'next' | 'locked';
  /** The gate lets the learner go there. */
  open: boolean;
  /** "2/5 checks", or null for a step without checks. */
  counts: string | null;
  go: (step: number) => void;
}) {
  const isCurrent = status === 'current';
  const label = status === 'current' ? 'you are here' : status === 'next' ? 'open' : status;
  return (
    <Box component="li" sx={{ mb: 0.5 }}>
      <ButtonBase
        onClick={() => go(step)}
        disabled={!open || isCurrent}
        aria-current={isCurrent ? 'step' : undefined}
        data-status={status}
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
          // The status picks the colour through an attribute, not through the style itself: the same
          // class for a locked step and an open one, so the gate opening on an answer inserts no CSS rule.
          '&.Mui-disabled': { color: 'text.primary' },
          '&.Mui-disabled[data-status="locked"]': { color: 'text.secondary' },
          '&.Mui-focusVisible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 2 },
        }}
      >
        <Box component="span" sx={{ fontWeight: 700, mr: 1 }}>
          {step + 1}.
        </Box>
        <Box component="span" sx={{ flex: 1 }}>
          {title}
          <Box component="span" sx={{ display: 'block', fontSize: '0.85rem', color: 'text.secondary' }}>
            {label}
            {counts && ` · ${counts}`}
          </Box>
        </Box>
      </ButtonBase>
    </Box>
  );
});
