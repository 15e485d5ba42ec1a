// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findApi } from '../../src/tracking/discover';

type FakeWindow = Record<string, unknown> & { parent?: FakeWindow; opener?: FakeWindow | null; top?: FakeWindow };

const api2004 = () =>
  Object.fromEntries(
    ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'].map(
      (f) => [f, () => ''],
    ),
  );
const api12 = () =>
  Object.fromEntries(
    ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'].map(
      (f) => [f, () => ''],
    ),
  );

/** A chain of windows, top first; each one's parent is the one before, the top's parent itself. */
function chain(...levels: FakeWindow[]): FakeWindow[] {
  levels.forEach((w, i) => {
    w.parent = i === 0 ? w : levels[i - 1];
  });
  return levels;
}

/** A window from another origin: every property read throws, as a browser does. */
function crossOrigin(parent?: FakeWindow): FakeWindow {
  return new Proxy({} as FakeWindow, {
    get(_, key) {
      if (key === 'parent' && parent) return parent;
      throw new DOMException('Blocked a frame with origin', 'SecurityError');
    },
  });
}

const asWindow = (w: FakeWindow) => w as unknown as Window;

describe('finding the LMS API', () => {
  it('finds API_1484_11 on an ancestor several frames up', () => {
    const api = api2004();
    const [, , , lesson] = chain({ API_1484_11: api }, {}, {}, {});
    expect(findApi(asWindow(lesson!), '2004')).toEqual({ standard: '2004', api });
  });

  it('does not look at the lesson window itself (a lesson must not find its own API)', () => {
    const [, lesson] = chain({}, { API_1484_11: api2004(), API: api12() });
    expect(findApi(asWindow(lesson!), 'auto')).toBeNull();
  });

  it('the package version decides: a 1.2 package takes API even when API_1484_11 is there too', () => {
    const a12 = api12();
    const [, lesson] = chain({ API_1484_11: api2004(), API: a12 }, {});
    expect(findApi(asWindow(lesson!), '1.2')).toEqual({ standard: '1.2', api: a12 });
  });

  it("'auto' prefers 2004 anywhere in the chain over 1.2 nearer by", () => {
    const a2004 = api2004();
    const [, , lesson] = chain({ API_1484_11: a2004 }, { API: api12() }, {});
    expect(findApi(asWindow(lesson!), 'auto')).toEqual({ standard: '2004', api: a2004 });
    const [, only12] = chain({ API: api12() }, {});
    expect(findApi(asWindow(only12!), 'auto')?.standard).toBe('1.2');
  });

  it('ignores an object that lacks the functions of the API', () => {
    const [, lesson] = chain({ API: { LMSInitialize: () => 'true' } }, {});
    expect(findApi(asWindow(lesson!), '1.2')).toBeNull();
  });

  it('walks past cross-origin frames without throwing', () => {
    const api = api2004();
    const [top] = chain({ API_1484_11: api });
    const foreign = crossOrigin(top);
    const lesson: FakeWindow = { parent: foreign };
    expect(findApi(asWindow(lesson), '2004')).toEqual({ standard: '2004', api });
    // A parent that cannot even be read.
    const sealed = new Proxy({} as FakeWindow, {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(findApi(asWindow(sealed), 'auto')).toBeNull();
  });

  it('then looks in the opener and its parents (a lesson opened in a new window)', () => {
    const api = api12();
    const [, lmsFrame] = chain({ API: api }, {});
    const [popup] = chain({ opener: lmsFrame });
    expect(findApi(asWindow(popup!), '1.2')).toEqual({ standard: '1.2', api });
    // A cross-origin opener is skipped.
    const [lonely] = chain({ opener: crossOrigin() });
    expect(findApi(asWindow(lonely!), 'auto')).toBeNull();
  });

  it('stops on a malformed endless chain', () => {
    let w: FakeWindow = {};
    const lesson = w;
    for (let i = 0; i < 2000; i += 1) {
      const next: FakeWindow = {};
      w.parent = next;
      w = next;
    }
    w.parent = w;
    w.API = api12();
    expect(findApi(asWindow(lesson), '1.2')).toBeNull();
  });
});

describe('a lesson in a frame of a pop-up', () => {
  it('finds the API on the opener of the top window (the frame itself has no opener)', () => {
    const lmsPage: FakeWindow = { API_1484_11: api2004() };
    chain(lmsPage);
    const [popupTop, lessonFrame] = chain({ opener: lmsPage }, { opener: null });
    for (const w of [popupTop!, lessonFrame!]) w.top = popupTop;
    expect(findApi(asWindow(lessonFrame!), '2004')?.standard).toBe('2004');
    // Without that last step nothing is found, and the lesson would silently run in self-study mode.
    popupTop!.opener = null;
    expect(findApi(asWindow(lessonFrame!), '2004')).toBeNull();
  });
});
