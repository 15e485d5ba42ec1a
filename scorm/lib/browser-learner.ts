/**
 * A learner in Chromium: answers each kind of check right or wrong, with the keyboard alone (Tab,
 * Shift+Tab, Space, Enter, arrow keys through page.keyboard: no pointer at all) or by pointer through
 * role-and-name locators. Everything is found as a screen reader finds it: by role, label and name.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import type { Check, Lesson } from '../../src/content/model.ts';
import type { Response } from '../../src/lesson/types.ts';
import { nearMiss, rightAnswer } from '../../src/testing/answers.ts';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The response a learner gives: the right one, or a near miss (src/testing's answers, as the jsdom tests use). */
export function responseFor(check: Check, right: boolean): Response {
  return right ? rightAnswer(check) : nearMiss(check);
}

/** What the learner reads for each part of a response: option labels, item texts, chosen match texts. */
function texts(check: Check, response: Response): string[] {
  switch (check.type) {
    case 'single-choice':
    case 'multiple-response':
      return response.map((id) => check.options.find((o) => o.id === id)?.text ?? id);
    case 'true-false':
      return [response[0] === 'true' ? 'True' : 'False'];
    case 'ordering':
      return response.map((id) => check.items.find((i) => i.id === id)?.text ?? id);
    case 'matching': {
      const rights = [...check.pairs.map((p) => p.right), ...check.distractors];
      return response.map((id) => rights.find((r) => r.id === id)?.text ?? id);
    }
  }
}

export function region(frame: Frame, check: Check): Locator {
  return frame.locator(`[data-check-id="${check.id}"]`);
}

/** The feedback text of a check (its role=status box). */
export async function feedbackText(frame: Frame, check: Check): Promise<string> {
  return (await region(frame, check).getByRole('status').textContent()) ?? '';
}

/** Resolves once the check shows feedback for `tries` submitted tries. */
export async function waitForTries(frame: Frame, check: Check, tries: number): Promise<void> {
  await frame.waitForFunction(
    ([id, n, max]) => {
      const box = document.querySelector(`[data-check-id="${id}"] [role="status"]`);
      const text = box?.textContent ?? '';
      if (text === '') return false;
      if (/^Correct/.test(text) || /^Not this time/.test(text)) return true;
      // "Not quite. You have N tries left."
      const left = /You have (\d+) tr/.exec(text);
      return left !== null && Number(left[1]) === max - n;
    },
    [check.id, tries, check.maxTries] as const,
    { timeout: 15_000 },
  );
}

// ---------------------------------------------------------------------------------------------
// Keyboard only
// ---------------------------------------------------------------------------------------------

interface Focus {
  /** Where the focus is relative to the check's region ('none' when the lesson frame does not hold it). */
  readonly where: 'inside' | 'before' | 'after' | 'none';
  readonly kind: 'radio' | 'checkbox' | 'select' | 'up' | 'down' | 'submit' | 'heading' | 'button' | 'other';
  /** The accessible label: option text, select label, the button's name, the heading's text. */
  readonly label: string;
  readonly checked: boolean;
  /** A select's chosen option text, and all its option texts. */
  readonly selected: string;
  readonly options: readonly string[];
}

/** Runs in the lesson's frame: what holds the keyboard focus, relative to a check's region. */
function readFocus(checkId: string | null): Focus {
  const el = document.activeElement as HTMLElement | null;
  const none: Focus = { where: 'none', kind: 'other', label: '', checked: false, selected: '', options: [] };
  if (!el || el === document.body || !document.hasFocus()) return none;
  const region = checkId ? document.querySelector(`[data-check-id="${checkId}"]`) : null;
  let where: Focus['where'] = 'before';
  if (region) {
    if (region.contains(el)) where = 'inside';
    else where = region.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
  }
  const input = el as HTMLInputElement;
  const aria = el.getAttribute('aria-label') ?? '';
  let kind: Focus['kind'] = 'other';
  let label = (el.textContent ?? '').trim();
  let selected = '';
  let options: string[] = [];
  if (el.tagName === 'INPUT' && (input.type === 'radio' || input.type === 'checkbox')) {
    kind = input.type === 'radio' ? 'radio' : 'checkbox';
    label = (el.closest('label')?.textContent ?? '').trim();
  } else if (el.tagName === 'SELECT') {
    const select = el as HTMLSelectElement;
    kind = 'select';
    label = (select.labels?.[0]?.textContent ?? '').trim();
    selected = select.selectedOptions[0]?.textContent ?? '';
    options = [...select.options].map((o) => o.textContent ?? '');
  } else if (aria.startsWith('Move up: ')) {
    kind = 'up';
    label = aria.slice('Move up: '.length);
  } else if (aria.startsWith('Move down: ')) {
    kind = 'down';
    label = aria.slice('Move down: '.length);
  } else if (el.tagName === 'BUTTON' && label === 'Check answer') {
    kind = 'submit';
  } else if (el.tagName === 'BUTTON') {
    kind = 'button';
  } else if (el.tagName === 'H1') {
    kind = 'heading';
  }
  return { where, kind, label, checked: input.checked === true, selected, options };
}

/** Runs in the lesson's frame: the item texts of an ordering check, in the order shown. */
function shownItems(checkId: string): string[] {
  return [...document.querySelectorAll(`[data-check-id="${checkId}"] li`)].map((li) => {
    const up = li.querySelector('button[aria-label^="Move up: "]');
    return (up?.getAttribute('aria-label') ?? '').slice('Move up: '.length);
  });
}

export class Keyboard {
  /** Key presses so far: the journey's proof that it used the keyboard, and how much. */
  presses = 0;

  constructor(
    private readonly page: Page,
    private readonly frame: () => Frame,
  ) {}

  async press(key: string): Promise<void> {
    this.presses += 1;
    await this.page.keyboard.press(key);
  }

  focus(checkId: string | null = null): Promise<Focus> {
    return this.frame().evaluate(readFocus, checkId);
  }

  /** Tab (or Shift+Tab) until `wanted` holds; throws after `max` presses. */
  async tabUntil(wanted: (focus: Focus) => boolean, options: { checkId?: string | null; back?: boolean; max?: number; what?: string } = {}): Promise<Focus> {
    const max = options.max ?? 250;
    for (let i = 0; i <= max; i++) {
      const focus = await this.focus(options.checkId ?? null);
      if (wanted(focus)) return focus;
      await this.press(options.back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`Tabbed ${max} times and never reached ${options.what ?? 'the wanted element'}.`);
  }

  /** Put the focus on the first control of the check's region, coming from above it. */
  private async enter(check: Check): Promise<Focus> {
    const now = await this.focus(check.id);
    if (now.where === 'inside' || now.where === 'after') {
      await this.tabUntil((f) => f.where === 'before', { checkId: check.id, back: true, what: `the element above check ${check.id}` });
    }
    return this.tabUntil((f) => f.where === 'inside', { checkId: check.id, what: `check ${check.id}` });
  }

  /** Compose the response in the check's controls and press Enter on "Check answer". */
  async answer(check: Check, response: Response): Promise<void> {
    const wanted = texts(check, response);
    let focus = await this.enter(check);
    for (let guard = 0; guard < 200; guard++) {
      if (focus.where !== 'inside') throw new Error(`Keyboard focus left check ${check.id} before "Check answer".`);
      switch (focus.kind) {
        case 'radio': {
          const target = wanted[0] ?? '';
          const isTarget = (label: string): boolean => label === target || label.startsWith(`${target} (`);
          for (let n = 0; n < 12 && !isTarget(focus.label); n++) {
            await this.press('ArrowDown');
            focus = await this.focus(check.id);
          }
          if (!isTarget(focus.label)) throw new Error(`No radio "${target}" in check ${check.id}.`);
          if (!focus.checked) await this.press('Space');
          await this.press('Tab');
          break;
        }
        case 'checkbox': {
          const label = focus.label;
          const want = wanted.some((t) => label === t || label.startsWith(`${t} (`));
          if (focus.checked !== want) await this.press('Space');
          await this.press('Tab');
          break;
        }
        case 'select': {
          const pair = check.type === 'matching' ? check.pairs.findIndex((p) => p.left.text === focus.label) : -1;
          const target = wanted[pair] ?? '';
          const to = focus.options.indexOf(target);
          if (to < 0) throw new Error(`No match "${target}" for "${focus.label}" in check ${check.id}.`);
          const from = focus.options.indexOf(focus.selected);
          for (let n = 0; n < Math.abs(to - from); n++) await this.press(to > from ? 'ArrowDown' : 'ArrowUp');
          const after = await this.focus(check.id);
          if (after.selected !== target) throw new Error(`The select "${focus.label}" shows "${after.selected}", not "${target}".`);
          await this.press('Tab');
          break;
        }
        case 'up':
        case 'down':
          await this.order(check, wanted);
          await this.tabUntil((f) => f.kind === 'submit', { checkId: check.id, what: `"Check answer" of ${check.id}` });
          break;
        case 'submit': {
          await this.press('Enter');
          return;
        }
        default:
          await this.press('Tab');
      }
      focus = await this.focus(check.id);
    }
    throw new Error(`Could not answer check ${check.id} with the keyboard.`);
  }

  /** Selection sort with "Move up" buttons: item by item from the top, always tabbing forwards. */
  private async order(check: Check, wanted: readonly string[]): Promise<void> {
    for (let target = 0; target < wanted.length; target++) {
      const text = wanted[target] ?? '';
      let at = (await this.frame().evaluate(shownItems, check.id)).indexOf(text);
      if (at <= target) continue;
      await this.tabUntil((f) => f.kind === 'up' && f.label === text, { checkId: check.id, what: `"Move up: ${text}"` });
      while (at > target) {
        await this.press('Enter');
        const expected = at - 1;
        // The moved item keeps the focus (on "Move down" once it reaches the top).
        await this.frame().waitForFunction(
          ([id, item, position]) => {
            const items = [...document.querySelectorAll(`[data-check-id="${id}"] li`)].map((li) =>
              (li.querySelector('button[aria-label^="Move up: "]')?.getAttribute('aria-label') ?? '').slice(9),
            );
            const label = document.activeElement?.getAttribute('aria-label') ?? '';
            return items.indexOf(item) === position && label.endsWith(`: ${item}`);
          },
          [check.id, text, expected] as const,
          { timeout: 5000 },
        );
        at = expected;
      }
    }
    const final = await this.frame().evaluate(shownItems, check.id);
    if (final.join('\n') !== wanted.join('\n')) throw new Error(`Check ${check.id} shows the order ${final.join(' / ')}.`);
  }

  /** Tab to the section's way on ("Next: …" or "See your results") and press Enter. */
  async next(): Promise<void> {
    await this.tabUntil((f) => f.kind === 'button' && /^(Next:|See your results)/.test(f.label), { what: 'the Next button' });
    // As a learner does: press it once it shows as open (the way on follows the last answer a frame
    // after its feedback is drawn).
    await this.frame().waitForFunction(() => document.activeElement?.getAttribute('aria-disabled') !== 'true');
    await this.press('Enter');
  }
}

// ---------------------------------------------------------------------------------------------
// Pointer (role-and-name locators)
// ---------------------------------------------------------------------------------------------

/** How `answerByPointer` presses "Check answer". */
export interface PointerOptions {
  /**
   * Press "Check answer" as a learner's mouse does: Playwright's checks first (visible, stable, not
   * covered: a trial click), then a plain press and release at the button's centre. Playwright's own
   * click adds a listener to the page that tests what was hit on every pointer event, inside the very
   * click the bench times (about 4 ms of the page's time a click at 4× CPU, in a CPU profile); the bench
   * presses this way.
   */
  readonly plainPress?: boolean;
}

/** Compose the response by clicking, then click "Check answer". */
export async function answerByPointer(frame: Frame, check: Check, response: Response, options: PointerOptions = {}): Promise<void> {
  // A pointer aims at where things are: wait until the section's maps have arrived and the page has
  // stopped moving (their places are kept, but their keys and lists come with them).
  await frame.waitForFunction(() => !document.querySelector('[data-map-loading]'));
  const box = region(frame, check);
  const wanted = texts(check, response);
  switch (check.type) {
    case 'single-choice':
    case 'true-false':
      await box.getByRole('radio', { name: new RegExp(`^${escapeRegExp(wanted[0] ?? '')}`) }).check();
      break;
    case 'multiple-response': {
      // The boxes' states are read at once and only the boxes that must change are clicked. (setChecked on
      // every option asked the page about each box in turn: about a third of a core-second an answer.)
      const shown = await box.getByRole('checkbox').evaluateAll((inputs) =>
        inputs.map((input) => ({ text: input.closest('label')?.textContent ?? '', checked: (input as HTMLInputElement).checked })),
      );
      for (const option of check.options) {
        const want = response.includes(option.id);
        if (shown.find((s) => s.text.startsWith(option.text))?.checked === want) continue;
        await box.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(option.text)}`) }).setChecked(want);
      }
      break;
    }
    case 'ordering':
      for (let target = 0; target < wanted.length; target++) {
        const text = wanted[target] ?? '';
        let at = (await frame.evaluate(shownItems, check.id)).indexOf(text);
        if (at <= target) continue;
        // Each press moves the item one place (React redraws within the click); the list is read back
        // once the item should have arrived, not after every press.
        const up = box.getByRole('button', { name: `Move up: ${text}`, exact: true });
        for (; at > target; at--) await up.click();
        await frame.waitForFunction(([id, item, position]) => {
          const items = [...document.querySelectorAll(`[data-check-id="${id}"] li`)].map((li) =>
            (li.querySelector('button[aria-label^="Move up: "]')?.getAttribute('aria-label') ?? '').slice(9),
          );
          return items.indexOf(item) === position;
        }, [check.id, text, target] as const);
      }
      break;
    case 'matching':
      for (const [i, pair] of check.pairs.entries()) {
        await box.getByLabel(pair.left.text, { exact: true }).selectOption({ label: wanted[i] ?? '' });
      }
      break;
  }
  const button = box.getByRole('button', { name: 'Check answer' });
  if (!options.plainPress) {
    await button.click();
    return;
  }
  await button.click({ trial: true });
  const at = await button.boundingBox();
  if (!at) throw new Error(`"Check answer" of ${check.id} has no box to press.`);
  await frame.page().mouse.click(at.x + at.width / 2, at.y + at.height / 2);
}

/**
 * Work through a section by pointer: each check right, or wrong on every try, as `right` says; waits
 * for each try's feedback. Returns the tries submitted.
 */
export async function answerSection(frame: Frame, lesson: Lesson, sectionIndex: number, right: (check: Check) => boolean): Promise<number> {
  const section = lesson.sections[sectionIndex];
  if (!section) throw new Error(`No section ${sectionIndex}.`);
  let tries = 0;
  for (const check of section.checks) {
    const good = right(check);
    const count = good ? 1 : check.maxTries;
    for (let t = 0; t < count; t++) {
      await answerByPointer(frame, check, responseFor(check, good));
      tries += 1;
      await waitForTries(frame, check, t + 1);
    }
  }
  return tries;
}

/** A learner's work on every look-closer task on screen: the first reading chosen, the historian's reading opened. */
export async function lookCloserByPointer(frame: Frame): Promise<void> {
  for (const task of await frame.locator('[data-task="look-closer"]').all()) {
    await task.getByRole('radio').first().check();
    await task.getByRole('button', { name: 'Compare with a historian’s reading' }).click();
    await task.getByText('A historian’s reading:').waitFor();
  }
}

/** Click the section's way on and wait for the next step's heading. */
export async function nextByPointer(frame: Frame, nextTitle: string): Promise<void> {
  await frame.getByRole('navigation', { name: 'Section navigation' }).getByRole('button', { name: /^(Next:|See your results)/ }).click();
  await frame.getByRole('heading', { level: 1, name: nextTitle, exact: true }).waitFor();
}

/** Runs in the lesson's frame: every check's options as shown, in order (the learner's shuffle). */
export function shownOrders(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const box of document.querySelectorAll('[data-check-id]')) {
    const id = box.getAttribute('data-check-id') ?? '';
    const labels = [...box.querySelectorAll('input[type="radio"], input[type="checkbox"]')].map((i) => (i.closest('label')?.textContent ?? '').trim());
    const items = [...box.querySelectorAll('li button[aria-label^="Move up: "]')].map((b) => (b.getAttribute('aria-label') ?? '').slice(9));
    const first = box.querySelector('select');
    const matches = first ? [...first.options].map((o) => o.textContent ?? '') : [];
    out[id] = [...labels, ...items, ...matches];
  }
  return out;
}

/** Runs in the lesson's frame: every check's composed answer as shown (checked options, order, matches). */
export function shownAnswers(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const box of document.querySelectorAll('[data-check-id]')) {
    const id = box.getAttribute('data-check-id') ?? '';
    const chosen = [...box.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')]
      .filter((i) => i.checked)
      .map((i) => (i.closest('label')?.textContent ?? '').trim());
    const items = [...box.querySelectorAll('li button[aria-label^="Move up: "]')].map((b) => (b.getAttribute('aria-label') ?? '').slice(9));
    const matches = [...box.querySelectorAll('select')].map((s) => s.selectedOptions[0]?.textContent ?? '');
    out[id] = [...chosen, ...items, ...matches];
  }
  return out;
}
