import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TimelineVisual } from '../../content/model';
import { Figure } from './Figure';
import { MapFrame } from './MapParts';
import { useMapDrawing, type MapState } from './use-map-drawing';

/**
 * Dated events the learner steps through: Previous and Next, or any event in the list (all native
 * buttons; the arrow keys, Home and End also move along the list). The current event is shown in full
 * under the map, with its place ringed on the map when the timeline has one. The list stays an ordered
 * list, so the order is in the markup, and every event stays reachable without the map.
 */
export function Timeline({ visual }: { visual: TimelineVisual }) {
  return visual.map ? <MappedTimeline visual={visual} map={visual.map} /> : <SteppedTimeline visual={visual} />;
}

function MappedTimeline({ visual, map }: { visual: TimelineVisual; map: string }) {
  return <SteppedTimeline visual={visual} map={useMapDrawing(map)} />;
}

function SteppedTimeline({ visual, map }: { visual: TimelineVisual; map?: MapState }) {
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const statusId = useId();
  const events = visual.events;
  const event = events[current]!;
  const last = events.length - 1;
  const spot = map && 'drawing' in map && event.place ? map.drawing.spots.find((s) => s.id === event.place) : undefined;

  const go = (i: number, moveFocus: boolean) => {
    const next = Math.max(0, Math.min(last, i));
    setCurrent(next);
    if (moveFocus) buttons.current[next]?.focus();
  };
  const onListKey = (e: KeyboardEvent) => {
    // From the event that has focus, which may not be the current one after a Tab.
    const from = buttons.current.indexOf(e.target as HTMLButtonElement);
    const at = from >= 0 ? from : current;
    const keys: Record<string, number> = { ArrowDown: at + 1, ArrowRight: at + 1, ArrowUp: at - 1, ArrowLeft: at - 1, Home: 0, End: last };
    const to = keys[e.key];
    if (to === undefined) return;
    e.preventDefault();
    go(to, true);
  };

  const where = spot ? `Marked on the map: ${spot.name}.` : map ? 'Not on this map.' : '';
  return (
    <Figure title={visual.title} kind="Timeline">
      {map && visual.map && <MapFrame state={map} map={visual.map} focus={spot ? [spot.id] : []} label={`Map for the timeline. ${where} ${event.date}: ${event.label}.`} />}
      {/* The current event, next to the map; announced politely when the learner moves. */}
      <Box
        id={statusId}
        aria-live="polite"
        sx={{ mt: map ? 2 : 0, p: 2, borderRadius: 1, border: 2, borderColor: 'secondary.main', bgcolor: 'action.hover' }}
      >
        <Box sx={{ color: 'text.secondary', fontSize: '0.9rem' }}>{`Event ${current + 1} of ${events.length}`}</Box>
        <Box sx={{ fontWeight: 700, color: 'primary.main' }}>{event.date}</Box>
        <Box sx={{ fontWeight: 700, fontSize: '1.1rem' }}>{event.label}</Box>
        {event.detail && <Box sx={{ mt: 0.5 }}>{event.detail}</Box>}
        {where && <Box sx={{ color: 'text.secondary', mt: 0.5 }}>{where}</Box>}
      </Box>
      <Box sx={{ display: 'flex', gap: 1, my: 1.5, flexWrap: 'wrap' }}>
        <Button variant="outlined" sx={{ textTransform: 'none' }} onClick={() => go(current - 1, false)} disabled={current === 0}>
          Previous event
        </Button>
        <Button variant="outlined" sx={{ textTransform: 'none' }} onClick={() => go(current + 1, false)} disabled={current === last}>
          Next event
        </Button>
      </Box>
      <Box component="ol" aria-label="All events" onKeyDown={onListKey} sx={{ listStyle: 'none', m: 0, p: 0, borderLeft: 3, borderColor: 'primary.main', ml: 1 }}>
        {events.map((e, i) => {
          const on = i === current;
          return (
            <Box component="li" key={i} sx={{ position: 'relative', pl: 2.5, pb: 0.5 }}>
              <Box
                aria-hidden="true"
                sx={{
                  position: 'absolute',
                  left: on ? -11 : -9,
                  top: on ? 12 : 14,
                  width: on ? 18 : 14,
                  height: on ? 18 : 14,
                  borderRadius: '50%',
                  bgcolor: on ? 'secondary.main' : 'primary.main',
                  border: 2,
                  borderColor: 'background.paper',
                }}
              />
              <Box
                component="button"
                type="button"
                ref={(el: HTMLButtonElement | null) => {
                  buttons.current[i] = el;
                }}
                aria-current={on ? 'step' : undefined}
                aria-controls={statusId}
                onClick={() => go(i, false)}
                sx={{
                  display: 'block',
                  width: '100%',
                  textAlign: 'left',
                  font: 'inherit',
                  color: 'text.primary',
                  bgcolor: on ? 'action.selected' : 'transparent',
                  border: 2,
                  borderColor: on ? 'secondary.main' : 'transparent',
                  borderRadius: 1,
                  px: 1.25,
                  py: 0.5,
                  cursor: 'pointer',
                  '&:hover': { bgcolor: 'action.hover' },
                  '&:focus-visible': { outline: 3, outlineColor: 'primary.main', outlineOffset: 2 },
                }}
              >
                <Box component="span" sx={{ fontWeight: 700, color: 'primary.main', mr: 1 }}>
                  {e.date}
                </Box>
                <Box component="span" sx={{ fontWeight: on ? 700 : 400 }}>
                  {e.label}
                </Box>
              </Box>
            </Box>
          );
        })}
      </Box>
    </Figure>
  );
}
