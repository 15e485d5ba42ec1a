/**
 * The record of what was written to the LMS.
 *
 * - A value equal to the last one the LMS accepted is not sent again: the lesson reports its whole
 *   progress after every change, and most of it has not changed.
 * - Every value sent since the last successful Commit is kept, in first-sent order (an interaction's
 *   `id` before its `type` before the rest, as 2004 requires), so that a retried Commit can send them
 *   again first: an LMS that refused a Commit may have dropped them.
 * - A refused SetValue is described to `onRefusal`, and never throws.
 */
import type { Connection } from './connection';

export interface Writer {
  get(element: string): string;
  /** Sends the value unless the LMS already holds it from us. False when the LMS refused it. */
  set(element: string, value: string): boolean;
  /** What the LMS is known to hold: our accepted writes and what we read from it. */
  known(element: string): string | undefined;
}

export interface Ledger extends Writer {
  /** Sends again everything sent since the last successful commit. */
  resend(): void;
  /** A commit succeeded: nothing is pending any more. */
  committed(): void;
  /** Whether anything has been sent since the last successful commit. */
  hasPending(): boolean;
}

export function createLedger(connection: Connection, onRefusal: (detail: string) => void): Ledger {
  const known = new Map<string, string>();
  const pending = new Map<string, string>();

  const send = (element: string, value: string): boolean => {
    const ok = connection.set(element, value);
    if (ok) {
      known.set(element, value);
    } else {
      known.delete(element);
      onRefusal(`${element} = "${value.slice(0, 60)}" refused: ${connection.lastError() ?? 'no error code'}`);
    }
    return ok;
  };

  return {
    get: (element) => {
      const value = connection.get(element);
      // Only a value read without error tells us what the LMS holds.
      if (connection.lastError() === null) known.set(element, value);
      return value;
    },
    set: (element, value) => {
      if (known.get(element) === value) return true;
      pending.set(element, value);
      return send(element, value);
    },
    known: (element) => known.get(element),
    resend: () => {
      for (const [element, value] of pending) send(element, value);
    },
    committed: () => pending.clear(),
    hasPending: () => pending.size > 0,
  };
}
