import { useId } from 'react';
import type { MatchingCheck } from '../../content/model';
import { rowsRight } from '../../lesson/how-much-right';
import { FullTextSelect, type SelectChoice } from './FullTextSelect';
import type { CheckInputProps } from './input-props';
import './check-parts.css';
import { Mark } from './Mark';

/**
 * Each left item gets a native select of the right-hand items: no dragging, works with every
 * keyboard and screen reader, and at 320 px wide, showing the whole chosen text (FullTextSelect).
 * Once the check is finished, each row says whether the learner's match is right, and the right one.
 */
export function Matching({ check, order, value, onChange, disabled, labelId, reveal }: CheckInputProps<MatchingCheck>) {
  const baseId = useId();
  const rights = [...check.pairs.map((p) => p.right), ...check.distractors];
  const choices = order.map((id) => rights.find((r) => r.id === id)).filter((c): c is SelectChoice => c !== undefined);
  const marks = reveal ? rowsRight(check, value) : null;
  const set = (index: number, rightId: string) => {
    const next = check.pairs.map((_, i) => value[i] ?? '');
    next[index] = rightId;
    onChange(next);
  };
  return (
    <div role="group" aria-labelledby={labelId}>
      {check.pairs.map((pair, index) => {
        const selectId = `${baseId}-${index}`;
        const answered = (value[index] ?? '') !== '';
        return (
          <div key={pair.left.id} className="check-match">
            <label htmlFor={selectId} className="check-match-label">
              {pair.left.text}
            </label>
            <FullTextSelect
              id={selectId}
              value={value[index] ?? ''}
              choices={choices}
              placeholder={disabled && !answered ? 'No answer' : 'Choose a match…'}
              disabled={disabled}
              onChange={(id) => set(index, id)}
            >
              {marks && (
                <div className="check-match-marks">
                  {answered ? (
                    <Mark right={marks[index] === true}>{marks[index] ? 'Your answer: right' : 'Your answer: wrong'}</Mark>
                  ) : (
                    <Mark right={false}>Not answered</Mark>
                  )}
                  {!marks[index] && (
                    <span className="check-match-right">Right match: {pair.right.text}</span>
                  )}
                </div>
              )}
            </FullTextSelect>
          </div>
        );
      })}
    </div>
  );
}
