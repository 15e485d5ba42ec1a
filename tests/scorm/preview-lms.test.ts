// @vitest-environment node
/**
 * The preview LMS's runtime with the real scorm-again playing the LMS: what it puts on the window, what it
 * logs, what it keeps in storage, and how it relaunches (resume, new attempt, review, refused commits).
 */
import { describe, expect, it } from 'vitest';
import { read } from '../../scorm/preview/src/cmi.ts';
import type { ManifestInfo } from '../../scorm/preview/src/launch.ts';
import type { StorageLike } from '../../scorm/preview/src/record.ts';
import { PreviewLms } from '../../scorm/preview/src/preview-lms.ts';
import type { Standard } from '../../scorm/lib/standard.ts';

const manifest: ManifestInfo = {
  identifier: 'neutrality_pact_1_0_0',
  title: 'Lesson',
  masteryScore: '80',
  scaledPassingScore: '0.8',
  primaryObjectiveId: 'neutrality_pact',
};

class MemoryStorage implements StorageLike {
  readonly map = new Map<string, string>();
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}

type Sco = Record<string, (...args: string[]) => string>;

function setup(standard: Standard, storage = new MemoryStorage()) {
  const host: Record<string, unknown> = {};
  const lms = new PreviewLms({ standard, manifest, storage, host, quiet: true });
  return { lms, host, storage, sco: () => host[standard === '1.2' ? 'API' : 'API_1484_11'] as Sco };
}

describe('preview LMS, SCORM 2004', () => {
  it('puts API_1484_11 (and no API) on the window, with the manifest’s launch data', () => {
    const { lms, host, sco } = setup('2004');
    host.API = {};
    lms.launch();
    expect(host.API).toBeUndefined();
    const api = sco();
    expect(api.Initialize?.('')).toBe('true');
    expect(api.GetValue?.('cmi.entry')).toBe('ab-initio');
    expect(api.GetValue?.('cmi.mode')).toBe('normal');
    expect(api.GetValue?.('cmi.scaled_passing_score')).toBe('0.8');
    expect(api.GetValue?.('cmi.objectives.0.id')).toBe('neutrality_pact');
    expect(api.GetValue?.('cmi.learner_name')).toBe('Learner, Preview');
  });

  it('logs every call with its answer and error code', () => {
    const { lms, sco } = setup('2004');
    lms.launch();
    const api = sco();
    api.SetValue?.('cmi.location', 'x'); // before Initialize: 132
    api.Initialize?.('');
    api.SetValue?.('cmi.completion_status', 'done'); // bad vocabulary: 406
    const calls = lms.log.filter((e) => e.call !== 'LMS');
    expect(calls.map((e) => [e.call, e.result, e.error])).toEqual([
      ['SetValue', 'false', '132'],
      ['Initialize', 'true', '0'],
      ['SetValue', 'false', '406'],
    ]);
    expect(calls[2]?.args).toEqual(['cmi.completion_status', 'done']);
    expect(calls[2]?.errorText).not.toBe('');
  });

  it('saves on Commit, resumes after a suspend, and accumulates total time', () => {
    const storage = new MemoryStorage();
    const first = setup('2004', storage);
    first.lms.launch();
    const api = first.sco();
    api.Initialize?.('');
    api.SetValue?.('cmi.suspend_data', 'state-1');
    api.SetValue?.('cmi.location', 'terms');
    api.SetValue?.('cmi.exit', 'suspend');
    api.SetValue?.('cmi.session_time', 'PT2M');
    expect(first.lms.unsaved).toBe(true);
    expect(api.Commit?.('')).toBe('true');
    expect(first.lms.unsaved).toBe(false);
    expect(api.Terminate?.('')).toBe('true');

    // A reload of the page: a new LMS object reading the same storage.
    const again = setup('2004', storage);
    again.lms.launch();
    const api2 = again.sco();
    api2.Initialize?.('');
    expect(api2.GetValue?.('cmi.entry')).toBe('resume');
    expect(api2.GetValue?.('cmi.suspend_data')).toBe('state-1');
    expect(api2.GetValue?.('cmi.location')).toBe('terms');
    expect(api2.GetValue?.('cmi.total_time')).toBe('PT2M');
  });

  it('starts a new, empty attempt after a normal exit (SCORM 2004 attempt rules)', () => {
    const { lms, sco } = setup('2004');
    lms.launch();
    let api = sco();
    api.Initialize?.('');
    api.SetValue?.('cmi.suspend_data', 'done');
    api.SetValue?.('cmi.completion_status', 'completed');
    api.SetValue?.('cmi.exit', 'normal');
    api.Terminate?.('');
    lms.launch();
    api = sco();
    api.Initialize?.('');
    expect(api.GetValue?.('cmi.entry')).toBe('ab-initio');
    expect(api.GetValue?.('cmi.completion_status')).toBe('unknown');
    expect(lms.record.attempt).toBe(2);
    expect(lms.record.history[0]).toMatchObject({ attempt: 1, status: 'completed, unknown' });
  });

  it('refuses commits on request: "false", error 391, nothing saved', () => {
    const { lms, sco, storage } = setup('2004');
    lms.launch();
    const api = sco();
    api.Initialize?.('');
    api.SetValue?.('cmi.suspend_data', 'unsaved');
    lms.refuseCommits = true;
    expect(api.Commit?.('')).toBe('false');
    expect(api.GetLastError?.()).toBe('391');
    expect(storage.getItem(lms.key)).not.toContain('unsaved');
    expect(lms.unsaved).toBe(true);
    lms.refuseCommits = false;
    expect(api.Commit?.('')).toBe('true');
    expect(storage.getItem(lms.key)).toContain('unsaved');
  });

  it('relaunches in review mode with the saved data, and keeps nothing from it', () => {
    const { lms, sco, storage } = setup('2004');
    lms.launch();
    let api = sco();
    api.Initialize?.('');
    api.SetValue?.('cmi.suspend_data', 'kept');
    api.SetValue?.('cmi.exit', 'suspend');
    api.Terminate?.('');
    lms.launch('review');
    api = sco();
    api.Initialize?.('');
    expect(api.GetValue?.('cmi.mode')).toBe('review');
    expect(api.GetValue?.('cmi.credit')).toBe('no-credit');
    expect(api.GetValue?.('cmi.suspend_data')).toBe('kept');
    api.SetValue?.('cmi.suspend_data', 'changed in review');
    api.Commit?.('');
    expect(storage.getItem(lms.key)).not.toContain('changed in review');
  });

  it('loses what was not committed when the lesson closes without Terminate', () => {
    const { lms, sco } = setup('2004');
    lms.launch();
    const api = sco();
    api.Initialize?.('');
    api.SetValue?.('cmi.suspend_data', 'committed');
    api.SetValue?.('cmi.exit', 'suspend');
    api.Commit?.('');
    api.SetValue?.('cmi.suspend_data', 'not committed');
    lms.launch();
    const api2 = sco();
    api2.Initialize?.('');
    expect(api2.GetValue?.('cmi.suspend_data')).toBe('committed');
    expect(lms.log.some((e) => /without Terminate: values set since the last commit are lost/.test(e.args[0] ?? ''))).toBe(true);
    // The old page still gets answers, but nothing it sends is kept.
    api.SetValue?.('cmi.suspend_data', 'stale');
    api.Commit?.('');
    expect(read(lms.record.cmi, 'cmi.suspend_data')).toBe('committed');
  });

  it('clears everything for a new attempt', () => {
    const { lms, sco } = setup('2004');
    lms.launch();
    const api = sco();
    api.Initialize?.('');
    api.SetValue?.('cmi.suspend_data', 'x');
    api.SetValue?.('cmi.exit', 'suspend');
    api.Terminate?.('');
    lms.newAttempt();
    const api2 = sco();
    api2.Initialize?.('');
    expect(api2.GetValue?.('cmi.entry')).toBe('ab-initio');
    expect(lms.record.attempt).toBe(2);
  });
});

describe('preview LMS, SCORM 1.2', () => {
  it('puts API (and no API_1484_11) on the window with the mastery score', () => {
    const { lms, host, sco } = setup('1.2');
    host.API_1484_11 = {};
    lms.launch();
    expect(host.API_1484_11).toBeUndefined();
    const api = sco();
    expect(api.LMSInitialize?.('')).toBe('true');
    expect(api.LMSGetValue?.('cmi.student_data.mastery_score')).toBe('80');
    expect(api.LMSGetValue?.('cmi.core.entry')).toBe('ab-initio');
    expect(api.LMSGetValue?.('cmi.core.lesson_mode')).toBe('normal');
  });

  it('resumes a suspended attempt with its data, interactions and total time', () => {
    const storage = new MemoryStorage();
    const first = setup('1.2', storage);
    first.lms.launch();
    const api = first.sco();
    api.LMSInitialize?.('');
    api.LMSSetValue?.('cmi.core.lesson_status', 'incomplete');
    api.LMSSetValue?.('cmi.suspend_data', 'abc');
    api.LMSSetValue?.('cmi.interactions.0.id', 'q1');
    api.LMSSetValue?.('cmi.interactions.0.type', 'choice');
    api.LMSSetValue?.('cmi.interactions.0.result', 'wrong');
    api.LMSSetValue?.('cmi.core.session_time', '00:01:05.00');
    api.LMSSetValue?.('cmi.core.exit', 'suspend');
    expect(api.LMSFinish?.('')).toBe('true');

    const again = setup('1.2', storage);
    again.lms.launch();
    const api2 = again.sco();
    api2.LMSInitialize?.('');
    expect(api2.LMSGetValue?.('cmi.core.entry')).toBe('resume');
    expect(api2.LMSGetValue?.('cmi.suspend_data')).toBe('abc');
    expect(api2.LMSGetValue?.('cmi.core.lesson_status')).toBe('incomplete');
    expect(api2.LMSGetValue?.('cmi.core.total_time')).toMatch(/^0*0:01:05/);
    expect(again.lms.cmi()?.cmi).toMatchObject({ interactions: { '0': { id: 'q1', result: 'wrong' } } });
  });

  it('plays Moodle’s defaults: a score at LMSFinish decides passed/failed against the mastery score', () => {
    const { lms, sco } = setup('1.2');
    lms.launch();
    const api = sco();
    api.LMSInitialize?.('');
    api.LMSSetValue?.('cmi.core.lesson_status', 'incomplete');
    api.LMSSetValue?.('cmi.core.score.raw', '60');
    api.LMSFinish?.('');
    expect(read(lms.record.cmi, 'cmi.core.lesson_status')).toBe('failed');
  });

  it('refuses commits with error 101', () => {
    const { lms, sco } = setup('1.2');
    lms.launch();
    const api = sco();
    api.LMSInitialize?.('');
    lms.refuseCommits = true;
    expect(api.LMSCommit?.('')).toBe('false');
    expect(api.LMSGetLastError?.()).toBe('101');
  });
});
