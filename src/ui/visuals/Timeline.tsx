import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TimelineVisual } from '../../content/model';
import '../buttons.css';
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
  const onEventKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    // From the event that has focus, which may not be the current one after a Tab.
    const from = buttons.current.indexOf(e.currentTarget);
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
      <div id={statusId} aria-live="polite" className={map ? 'timeline-status timeline-status-under-map' : 'timeline-status'}>
        <div className="timeline-count">{`Event ${current + 1} of ${events.length}`}</div>
        <div className="timeline-date">{event.date}</div>
        <div className="timeline-label">{event.label}</div>
        {event.detail && <div className="timeline-detail">{event.detail}</div>}
        {where && <div className="timeline-where">{where}</div>}
      </div>
      <div className="timeline-steps">
        <button type="button" className="lesson-button lesson-button-outlined" onClick={() => go(current - 1, false)} disabled={current === 0}>
          Previous event
        </button>
        <button type="button" className="lesson-button lesson-button-outlined" onClick={() => go(current + 1, false)} disabled={current === last}>
          Next event
        </button>
      </div>
      <ol aria-label="All events" className="timeline-events">
        {events.map((e, i) => {
          const on = i === current;
          return (
            // The current event's dot is drawn larger by its item's class (visuals.css).
            <li key={i} className={on ? 'timeline-event-current' : undefined}>
              <span aria-hidden="true" className="timeline-dot" />
              <button
                type="button"
                ref={(el) => {
                  buttons.current[i] = el;
                }}
                aria-current={on ? 'step' : undefined}
                aria-controls={statusId}
                onClick={() => go(i, false)}
                onKeyDown={onEventKey}
                className="timeline-event"
              >
                <span className="timeline-event-date">{e.date}</span>
                <span className="timeline-event-label">{e.label}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </Figure>
  );
}
