import type { ReactNode } from 'react';
import { Glyph } from './checks/icons/Glyph';
import 'virtual:theme-variables.css';
import './notice.css';

export type Severity = 'success' | 'info' | 'warning' | 'error';

/** MUI's alert icons (outlined), drawn as plain SVG. */
const ICONS: Record<Severity, string> = {
  success:
    'M20,12A8,8 0 0,1 12,20A8,8 0 0,1 4,12A8,8 0 0,1 12,4C12.76,4 13.5,4.11 14.2, 4.31L15.77,2.74C14.61,2.26 13.34,2 12,2A10,10 0 0,0 2,12A10,10 0 0,0 12,22A10,10 0 0, 0 22,12M7.91,10.08L6.5,11.5L11,16L21,6L19.59,4.58L11,13.17L7.91,10.08Z',
  info: 'M11,9H13V7H11M12,20C7.59,20 4,16.41 4,12C4,7.59 7.59,4 12,4C16.41,4 20,7.59 20, 12C20,16.41 16.41,20 12,20M12,2A10,10 0 0,0 2,12A10,10 0 0,0 12,22A10,10 0 0,0 22,12A10, 10 0 0,0 12,2M11,17H13V11H11V17Z',
  warning: 'M12 5.99L19.53 19H4.47L12 5.99M12 2L1 21h22L12 2zm1 14h-2v2h2v-2zm0-6h-2v4h2v-4z',
  error:
    'M11 15h2v2h-2zm0-8h2v6h-2zm.99-5C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8z',
};

/** MUI's close icon. */
const CLOSE = 'M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z';

interface NoticeProps {
  readonly severity: Severity;
  readonly title?: ReactNode;
  /** "alert" (the default) speaks at once; "status" politely; "none" where a live region around it already speaks. */
  readonly role?: 'alert' | 'status' | 'none';
  /** The lesson's teaching (a check's feedback), at the body's size rather than the notice's smaller one. */
  readonly bodySize?: boolean;
  /** Where it sits: stacked above the step (the saving notes) or set apart (the welcome back). */
  readonly spacing?: 'stacked' | 'apart';
  /** A close button with this name, calling `onClose`. */
  readonly close?: { label: string; onClose: () => void };
  /** data-* attributes the page finds it by (data-welcome-back) or prints by (data-print). */
  readonly data?: Record<`data-${string}`, string>;
  readonly children: ReactNode;
}

/**
 * A notice with MUI's standard Alert look, as a plain element styled by notice.css: a check's feedback
 * or note, and the shell's notes about saving and the welcome back. One appears on an answer or a
 * failed save, and must insert no CSS rule then.
 */
export function Notice({ severity, title, role = 'alert', bodySize = false, spacing, close, data, children }: NoticeProps) {
  const classes = ['notice', `notice-${severity}`, bodySize && 'notice-body', spacing && `notice-${spacing}`].filter(Boolean).join(' ');
  return (
    <div role={role} className={classes} {...data}>
      <div className="notice-icon">
        <Glyph path={ICONS[severity]} />
      </div>
      <div className="notice-message">
        {title !== undefined && <div className="notice-title">{title}</div>}
        {children}
      </div>
      {close && (
        <div className="notice-action">
          <button type="button" className="notice-close" aria-label={close.label} onClick={close.onClose}>
            <Glyph path={CLOSE} />
          </button>
        </div>
      )}
    </div>
  );
}
