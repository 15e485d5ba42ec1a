import ArrowDownwardIcon from './icons/ArrowDown';
import ArrowUpwardIcon from './icons/ArrowUp';
import { useRef, useState } from 'react';
import type { OrderingCheck } from '../../content/model';
import { rowsRight } from '../../lesson/how-much-right';
import type { CheckInputProps } from './input-props';
import './check-card.css';
import { Mark } from './Mark';

/**
 * Put items in order with buttons, not dragging, so the keyboard and screen readers can do it.
 * The value is the learner's current order; a polite live region says where an item went. Rows are
 * kept low (small gaps, the two buttons side by side; at least 44 px tall, so the buttons are easy to
 * hit); on the narrowest phones the buttons stand one above the other, so the item's words keep most of
 * the row. Once the check is finished the buttons go and each row says whether it is in the right
 * place. Native elements styled by check-card.css (see CheckCard).
 */
export function Ordering({ check, value, onChange, disabled, labelId, reveal, answered }: CheckInputProps<OrderingCheck>) {
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const textOf = (id: string) => check.items.find((i) => i.id === id)?.text ?? id;

  const move = (from: number, to: number) => {
    if (to < 0 || to >= value.length) return;
    const next = [...value];
    const [item] = next.splice(from, 1);
    if (item === undefined) return;
    next.splice(to, 0, item);
    onChange(next);
    setAnnouncement(`${textOf(item)}: moved to position ${to + 1} of ${next.length}.`);
    // Keep focus on the item that moved, on the button that still makes sense.
    const direction = to < from ? 'up' : 'down';
    const atEdge = to === 0 || to === next.length - 1;
    const key = `${item}:${atEdge ? (direction === 'up' ? 'down' : 'up') : direction}`;
    queueMicrotask(() => buttons.current.get(key)?.focus());
  };

  // Unanswered in a review, the rows are only the shown order: nothing of the learner's to mark.
  const marks = reveal && answered ? rowsRight(check, value) : null;
  return (
    <div>
      {marks && <p className="check-order-heading">Your answer:</p>}
      <ol aria-labelledby={labelId} className="check-order">
        {value.map((id, index) => {
          const inPlace = marks ? marks[index] === true : null;
          return (
            <li key={id} className="check-order-row">
              <span aria-hidden="true" className="check-order-number">
                {index + 1}.
              </span>
              <span className="check-order-text">
                {textOf(id)}
                {inPlace !== null && (
                  <span className="check-order-mark">
                    <Mark right={inPlace}>
                      {inPlace ? 'In the right place' : `Wrong place: belongs at ${(reveal?.indexOf(id) ?? 0) + 1}`}
                    </Mark>
                  </span>
                )}
              </span>
              {!disabled && (
                <span className="check-order-moves">
                  <button
                    type="button"
                    className="check-icon-button"
                    aria-label={`Move up: ${textOf(id)}`}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                    ref={(el) => {
                      buttons.current.set(`${id}:up`, el);
                    }}
                  >
                    <ArrowUpwardIcon />
                  </button>
                  <button
                    type="button"
                    className="check-icon-button"
                    aria-label={`Move down: ${textOf(id)}`}
                    disabled={index === value.length - 1}
                    onClick={() => move(index, index + 1)}
                    ref={(el) => {
                      buttons.current.set(`${id}:down`, el);
                    }}
                  >
                    <ArrowDownwardIcon />
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <div aria-live="polite" className="check-visually-hidden">
        {announcement}
      </div>
    </div>
  );
}
