// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../src/app/page-lifecycle';

/** Just enough of a window for the page hooks: events on the window and its document, and a location. */
function fakeWindow() {
  const doc = new EventTarget() as EventTarget & { visibilityState: string };
  doc.visibilityState = 'visible';
  const win = new EventTarget() as EventTarget & { document: typeof doc; location: { reload: () => void } };
  win.document = doc;
  win.location = { reload: vi.fn() };
  return win;
}

function pageEvent(type: string, persisted: boolean): Event {
  return Object.assign(new Event(type), { persisted });
}

describe('page events', () => {
  it('hears the page hidden, shown again and left, never unload', () => {
    const win = fakeWindow();
    const hidden = vi.fn();
    const shown = vi.fn();
    const leaving = vi.fn();
    watchPage(win as unknown as Window, { hidden, shown, leaving });
    win.dispatchEvent(new Event('unload'));
    win.dispatchEvent(new Event('beforeunload'));
    expect(leaving).not.toHaveBeenCalled();
    win.document.visibilityState = 'hidden';
    win.document.dispatchEvent(new Event('visibilitychange'));
    expect(hidden).toHaveBeenCalledTimes(1);
    expect(shown).not.toHaveBeenCalled();
    win.document.visibilityState = 'visible';
    win.document.dispatchEvent(new Event('visibilitychange'));
    expect(shown).toHaveBeenCalledTimes(1);
    win.dispatchEvent(pageEvent('pagehide', true));
    expect(leaving).toHaveBeenCalledTimes(1);
  });

  it('reloads a page restored from the back-forward cache, whose session had ended', () => {
    const win = fakeWindow();
    watchPage(win as unknown as Window, { hidden: () => undefined, shown: () => undefined, leaving: () => undefined });
    win.dispatchEvent(pageEvent('pageshow', false));
    expect(win.location.reload).not.toHaveBeenCalled();
    win.dispatchEvent(pageEvent('pageshow', true));
    expect(win.location.reload).toHaveBeenCalledTimes(1);
  });
});
