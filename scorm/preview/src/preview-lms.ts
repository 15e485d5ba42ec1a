/**
 * The preview LMS's runtime: scorm-again's Scorm12API or Scorm2004API, put on the host window as `API` or
 * `API_1484_11` exactly where an LMS puts it, with every call logged (arguments, answer, error code), the
 * data saved to localStorage on each accepted Commit and Terminate, and a switch that makes the LMS refuse
 * commits. Knows nothing of the DOM, so the tests drive it with the real scorm-again in Node.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { apiMethodNames, SCORM_API } from '../../../src/tracking/scorm-api.ts';
import { slug, type Standard } from '../../lib/standard.ts';
import type { CmiJson } from './cmi.ts';
import { newAttempt, planLaunch, type LaunchPlan, type ManifestInfo } from './launch.ts';
import { loadJson, loadRecord, saveJson, type LaunchMode, type StorageLike, type StoredRecord } from './record.ts';

export interface LogEntry {
  readonly at: string;
  /** An API method, or "LMS" for what the preview LMS itself did. */
  readonly call: string;
  readonly args: readonly string[];
  readonly result: string;
  /** The API's last error code after the call ("0": none); "" for LMS notes. */
  readonly error: string;
  readonly errorText: string;
}

type Api = Scorm12API | Scorm2004API;
type ApiMethod = (...args: string[]) => string;

/** The error an LMS answers a refused commit with: 2004 has "391 Commit Failed"; 1.2 only "101 General Exception". */
const REFUSAL_CODE: Record<Standard, number> = { '1.2': 101, '2004': 391 };
const LOG_LIMIT = 500;
/** How long after the last logged call the log is written to storage. */
const LOG_SAVE_DELAY_MS = 500;

export interface PreviewLmsOptions {
  readonly standard: Standard;
  readonly manifest: ManifestInfo;
  readonly storage: StorageLike;
  /** Where the API object goes: the page's window (the SCO finds it by climbing window.parent). */
  readonly host: object;
  readonly onChange?: () => void;
  readonly now?: () => Date;
  /** Keep scorm-again's own console messages out (tests); the log already has every error. */
  readonly quiet?: boolean;
  /** Hears every log entry as it is made (the shown log keeps only the last 500). */
  readonly onLog?: (entry: LogEntry) => void;
}

export class PreviewLms {
  readonly standard: Standard;
  readonly manifest: ManifestInfo;
  record: StoredRecord;
  log: LogEntry[];
  api: Api | null = null;
  plan: LaunchPlan | null = null;
  /** When on, Commit answers "false" with an error, and nothing is saved. */
  refuseCommits = false;
  /** Values the SCO set since the last save. */
  unsaved = false;
  private readonly storage: StorageLike;
  private readonly host: Record<string, unknown>;
  private readonly onChange: () => void;
  private readonly now: () => Date;
  private readonly quiet: boolean;
  private readonly onLog: (entry: LogEntry) => void;
  private logTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(options: PreviewLmsOptions) {
    this.standard = options.standard;
    this.manifest = options.manifest;
    this.storage = options.storage;
    this.host = options.host as Record<string, unknown>;
    this.onChange = options.onChange ?? (() => {});
    this.now = options.now ?? (() => new Date());
    this.quiet = options.quiet ?? false;
    this.onLog = options.onLog ?? (() => {});
    this.record = loadRecord(this.storage, this.key);
    this.log = loadJson<LogEntry[]>(this.storage, `${this.key}:log`, []);
  }

  /** One key per package and version: switching 1.2/2004 keeps both learners' records apart. */
  get key(): string {
    return `scorm-preview:${this.manifest.identifier}:${slug(this.standard)}`;
  }

  /** Open a session: decide entry and mode from the saved record, load the data, put the API on the host. */
  launch(mode: LaunchMode = this.record.mode): LaunchPlan {
    this.close();
    const plan = planLaunch(this.standard, this.record, this.manifest, mode, this.now());
    this.record = plan.record;
    this.saveRecord();
    const api = this.createApi();
    api.loadFromJSON(plan.load, '');
    this.wrap(api);
    this.api = api;
    this.plan = plan;
    this.unsaved = false;
    // Only one API on the page, as in an LMS that launched one package: the SCO must find the right one.
    delete this.host.API;
    delete this.host.API_1484_11;
    this.host[SCORM_API[this.standard].global] = api;
    for (const note of plan.notes) this.note(note);
    this.note(`Launched: ${SCORM_API[this.standard].global}, entry "${plan.entry}", mode "${plan.mode}".`);
    return plan;
  }

  /**
   * The SCO's window is gone (the LMS closed it). A SCO that did not Terminate loses what it did not
   * commit: the LMS keeps only what was saved, as real LMSs do.
   */
  close(): void {
    const api = this.api;
    if (!api) return;
    if (api.isInitialized() && !api.isTerminated()) {
      this.note(
        this.unsaved
          ? 'The lesson closed without Terminate: values set since the last commit are lost.'
          : 'The lesson closed without Terminate; everything had been committed.',
      );
    }
    if (this.host[SCORM_API[this.standard].global] === api) delete this.host[SCORM_API[this.standard].global];
    this.api = null;
    this.plan = null;
  }

  /** Clear the record and start attempt n+1 (the old one is summarized in the history). */
  newAttempt(): LaunchPlan {
    this.close();
    this.record = newAttempt(this.standard, this.record, this.now());
    this.note(`New attempt ${this.record.attempt}: the saved data is cleared.`);
    return this.launch('normal');
  }

  clearLog(): void {
    this.log = [];
    this.flushLog();
    this.onChange();
  }

  /** The data model as the LMS holds it now (received, whether saved or not). */
  cmi(): CmiJson | null {
    return this.api ? (this.api.renderCMIToJSONObject() as CmiJson) : this.record.cmi;
  }

  /** The total time including the running session, as the LMS would store it at Terminate. */
  currentTotalTime(): string {
    return this.api ? this.api.cmi.getCurrentTotalTime() : this.record.totalTime;
  }

  private createApi(): Api {
    const settings = {
      // The lesson commits for itself; an LMS-side autocommit would hide a lesson that forgets to.
      autocommit: false,
      lmsCommitUrl: false,
      logLevel: this.quiet ? 'NONE' : 'ERROR',
    } as const;
    // SCORM 1.2 as Moodle plays it by default: at LMSFinish the mastery score turns a raw score into
    // passed/failed, and a SCO that never set a status is stored as completed.
    return this.standard === '1.2'
      ? new Scorm12API({ ...settings, mastery_override: true, autoCompleteLessonStatus: true })
      : new Scorm2004API(settings);
  }

  private wrap(api: Api): void {
    const methods = api as unknown as Record<string, ApiMethod>;
    const names = apiMethodNames(this.standard);
    const original = Object.fromEntries(names.map((n) => [n, (methods[n] as ApiMethod).bind(api)])) as Record<string, ApiMethod>;
    const { terminate: finish, setValue, commit, getLastError, getErrorString, getDiagnostic } = SCORM_API[this.standard].methods;
    const lastError = (): string => original[getLastError]?.() ?? '';
    const errorText = (code: string): string => {
      if (!code || code === '0') return '';
      const text = original[getErrorString]?.(code) ?? '';
      const detail = original[getDiagnostic]?.(code) ?? '';
      return detail && detail !== text ? `${text}: ${detail}` : text;
    };

    for (const name of names) {
      methods[name] = (...args: string[]): string => {
        // A page left over from an earlier launch still gets answers, but the LMS has moved on: nothing it
        // sends is kept.
        const current = this.api === api;
        let result: string;
        if (name === commit && this.refuseCommits) {
          api.throwSCORMError(undefined, REFUSAL_CODE[this.standard], 'The preview LMS is set to refuse commits.');
          result = 'false';
        } else {
          result = String(original[name]?.(...args) ?? '');
        }
        const code = lastError();
        const call = current ? name : `${name} (closed session)`;
        this.push({ at: this.now().toISOString(), call, args: args.map(String), result, error: code, errorText: errorText(code) });
        if (current && name === setValue && result === 'true') this.unsaved = true;
        if (current && (name === commit || name === finish) && result === 'true') this.save(api, name === finish);
        this.onChange();
        return result;
      };
    }
  }

  /** Keep what the SCO sent, as an LMS does on an accepted Commit or Terminate (not in review). */
  private save(api: Api, terminated: boolean): void {
    if (this.plan?.mode === 'review') {
      this.note('Review mode: the LMS keeps nothing from this session.');
      return;
    }
    this.record = {
      ...this.record,
      cmi: api.renderCMIToJSONObject() as CmiJson,
      totalTime: terminated ? api.cmi.getCurrentTotalTime() : this.record.totalTime,
      savedAt: this.now().toISOString(),
    };
    this.unsaved = false;
    if (!this.saveRecord()) this.note('localStorage refused the data (blocked or full): it is kept in memory only.');
  }

  private saveRecord(): boolean {
    return saveJson(this.storage, this.key, this.record);
  }

  private note(text: string): void {
    this.push({ at: this.now().toISOString(), call: 'LMS', args: [text], result: '', error: '', errorText: '' });
  }

  private push(entry: LogEntry): void {
    this.onLog(entry);
    this.log.push(entry);
    if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
    this.saveLogSoon();
  }

  /**
   * The log is kept for the next page load, but written once a burst of calls is over, not on each
   * call: a launch makes dozens of GetValue calls in a row, and writing the whole log (up to 500
   * entries) to localStorage after each one took more of the page's CPU than the lesson's own start,
   * in the renderer the lesson's frame shares. `flushLog` (the page calls it on pagehide) writes it now.
   */
  private saveLogSoon(): void {
    if (this.logTimer !== null) return;
    this.logTimer = setTimeout(() => this.flushLog(), LOG_SAVE_DELAY_MS);
  }

  flushLog(): void {
    if (this.logTimer !== null) clearTimeout(this.logTimer);
    this.logTimer = null;
    saveJson(this.storage, `${this.key}:log`, this.log);
  }
}
