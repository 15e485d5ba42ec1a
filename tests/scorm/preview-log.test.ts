// @vitest-environment jsdom
/**
 * The preview's log of API calls as a teacher reads it: newest first, at most 300 rows, reads hidden on
 * request, emptied by "Clear log". A redraw adds only the rows of new calls (scorm/preview/src/panel.ts),
 * so these check that what is shown after many small redraws is what a whole redraw shows.
 */
import { describe, expect, it } from 'vitest';
import { renderLog } from '../../scorm/preview/src/panel.ts';
import type { LogEntry } from '../../scorm/preview/src/preview-lms.ts';

let clock = 0;
const call = (name: string, ...args: string[]): LogEntry => ({
  at: new Date(Date.UTC(2026, 0, 1, 9, 0, 0, clock++)).toISOString(),
  call: name,
  args,
  result: 'true',
  error: '0',
  errorText: '',
});
const shown = (body: HTMLElement) => [...body.querySelectorAll('tr')].map((tr) => `${tr.children[1]!.textContent} ${tr.children[2]!.textContent}`);
/** What a fresh table shows for the same log: the reference every redraw must match. */
const whole = (log: readonly LogEntry[], showReads: boolean) => {
  const body = document.createElement('tbody');
  renderLog(body, log, showReads);
  return shown(body);
};

describe('the API call log in the preview', () => {
  it('redrawn after each call, shows what a whole redraw shows: newest first, at most 300 rows', () => {
    const body = document.createElement('tbody');
    const log: LogEntry[] = [];
    renderLog(body, log, true);
    expect(shown(body)).toEqual([]);
    for (let i = 0; i < 320; i += 1) {
      log.push(call(i % 3 === 0 ? 'GetValue' : 'SetValue', `cmi.item_${i}`));
      if (i % 7 === 0) renderLog(body, log, true);
    }
    renderLog(body, log, true);
    expect(shown(body)).toHaveLength(300);
    expect(shown(body)[0]).toBe('SetValue "cmi.item_319"');
    expect(shown(body)).toEqual(whole(log, true));
  });

  it('after a burst of more calls than it shows, shows the newest 300, as a whole redraw does', () => {
    const body = document.createElement('tbody');
    const log: LogEntry[] = Array.from({ length: 40 }, (_, i) => call('SetValue', `cmi.before_${i}`));
    renderLog(body, log, true);
    for (let i = 0; i < 350; i += 1) log.push(call('GetValue', `cmi.burst_${i}`));
    renderLog(body, log, true);
    expect(shown(body)).toHaveLength(300);
    expect(shown(body)[0]).toBe('GetValue "cmi.burst_349"');
    expect(shown(body)).toEqual(whole(log, true));
  });

  it('follows the log when the LMS drops its oldest entries, when reads are hidden, and when it is cleared', () => {
    const body = document.createElement('tbody');
    let log: LogEntry[] = Array.from({ length: 10 }, (_, i) => call(i % 2 ? 'GetValue' : 'Commit', String(i)));
    renderLog(body, log, true);
    // The LMS keeps its last 500 entries: the oldest go as new ones come.
    log.push(call('SetValue', 'cmi.location', 'terms'));
    log.splice(0, 3);
    renderLog(body, log, true);
    expect(shown(body)).toEqual(whole(log, true));
    // "Show reads" unticked: the GetValue rows go.
    renderLog(body, log, false);
    expect(shown(body)).toEqual(whole(log, false));
    expect(shown(body).some((row) => row.startsWith('GetValue'))).toBe(false);
    log.push(call('GetValue', 'cmi.mode'), call('Terminate', ''));
    renderLog(body, log, false);
    expect(shown(body)).toEqual(whole(log, false));
    // "Clear log": a new, empty log.
    log = [];
    renderLog(body, log, false);
    expect(shown(body)).toEqual([]);
    log.push(call('Initialize', ''));
    renderLog(body, log, false);
    expect(shown(body)).toEqual(['Initialize ""']);
  });
});
