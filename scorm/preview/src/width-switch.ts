/**
 * The lesson frame's width: phone, tablet or the full column, as a teacher checks a lesson on a
 * learner's device. Native radio buttons (arrow keys move between them); the choice is kept in the
 * address (?width=phone, so a shared link opens the same way) and in localStorage.
 */
import type { StorageLike } from './record.ts';

export const WIDTHS = { phone: 375, tablet: 768, full: null } as const;
export type Width = keyof typeof WIDTHS;
export const WIDTH_KEY = 'scorm-preview:width';

/** The width asked for: the address first, then the last choice, else the full column. */
export function chosenWidth(search: string, stored: string | null): Width {
  const wanted = new URLSearchParams(search).get('width') ?? stored;
  return wanted === 'phone' || wanted === 'tablet' ? wanted : 'full';
}

export function wireWidthSwitch(storage: StorageLike): void {
  const layout = document.querySelector<HTMLElement>('.layout');
  const radios = [...document.querySelectorAll<HTMLInputElement>('input[name="width"]')];
  const apply = (width: Width): void => {
    layout?.setAttribute('data-width', width);
    for (const r of radios) r.checked = r.value === width;
  };
  apply(chosenWidth(location.search, storage.getItem(WIDTH_KEY)));
  for (const radio of radios) {
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      const width = chosenWidth(`?width=${radio.value}`, null);
      apply(width);
      try {
        storage.setItem(WIDTH_KEY, width);
      } catch {
        // Storage refused: the address still carries the choice.
      }
      const url = new URL(location.href);
      url.searchParams.set('width', width);
      history.replaceState(null, '', url);
    });
  }
}
