import type { ReactNode } from 'react';
import './check-card.css';
import Cross from './icons/Cross';
import Tick from './icons/Tick';

/**
 * Right or wrong, once a check is finished: an icon and words, in full text colour (never the grey
 * of a disabled control, never colour alone). The icon's colour only repeats what the words say.
 */
export function Mark({ right, children }: { right: boolean; children: ReactNode }) {
  return (
    <span className="check-mark" data-mark={right ? 'right' : 'wrong'}>
      {right ? <Tick /> : <Cross />}
      <span>{children}</span>
    </span>
  );
}
