/**
 * How a learner answers each kind of check, with the keyboard-and-mouse actions Testing Library's
 * user-event performs, finding everything by role and name as a screen reader would.
 */
import { act, isInaccessible, screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import type { UserEvent } from '@testing-library/user-event';
import type { Check } from '../../src/content/model';

/**
 * The check's region, found by its question text, as `getByRole('region', { name })` finds it, for a
 * fraction of the cost: a role query names every region on the page, and in jsdom each name costs a
 * computed style per element inside it (most of the view tests' time went there). So the region is
 * found first by the text it holds (the innermost section holding the question), then asserted once: a
 * region, named by the question, that a screen reader reaches.
 */
export function checkRegion(check: Check): HTMLElement {
  const name = new RegExp(escapeRegExp(check.prompt));
  const holders = Array.from(document.querySelectorAll<HTMLElement>('section, [role="region"]')).filter((el) =>
    el.textContent?.includes(check.prompt),
  );
  const innermost = holders.filter((el) => !holders.some((other) => other !== el && el.contains(other)));
  const region = innermost.length === 1 ? (innermost[0] as HTMLElement) : null;
  // Unless one named section holds the text as written, Testing Library's own query decides, as before.
  if (!region?.matches('[role="region"], section[aria-label], section[aria-labelledby]')) return screen.getByRole('region', { name });
  expect(region).toHaveRole('region');
  expect(region).toHaveAccessibleName(name);
  expect(isInaccessible(region), `the region of "${check.prompt}" is hidden from screen readers`).toBe(false);
  return region;
}

/**
 * The way on from a section ("Next: …", or "See your results" after the last), in the section's
 * navigation: found there rather than among every button on the page, whose names each cost a
 * computed style per element in jsdom.
 */
export function nextButton(name: string | RegExp = /^(Next:|See your results)/): HTMLElement {
  return within(screen.getByRole('navigation', { name: 'Section navigation' })).getByRole('button', { name });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text an element's accessible name is likely made of: its aria-label, what labels it, or its own text. */
function labelText(element: HTMLElement): string {
  const labelledBy = element.getAttribute('aria-labelledby')?.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '') ?? [];
  const labels = element instanceof HTMLInputElement || element instanceof HTMLSelectElement ? Array.from(element.labels ?? [], (l) => l.textContent ?? '') : [];
  const own = labels.length > 0 || labelledBy.length > 0 ? '' : (element.textContent ?? '');
  return [element.getAttribute('aria-label') ?? '', ...labelledBy, ...labels, own].join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * `within(container).getByRole(role, { name })`, naming only the likely control: the one whose label
 * text matches is asserted by role, accessible name and reach, and the rest are not named (each name
 * costs a computed style per element in jsdom). Unless exactly one control's text matches, Testing
 * Library's own query decides, as before.
 */
export function control(container: HTMLElement, role: 'button' | 'radio' | 'checkbox', name: string | RegExp): HTMLElement {
  const selector = { button: 'button, [role="button"]', radio: 'input[type="radio"], [role="radio"]', checkbox: 'input[type="checkbox"], [role="checkbox"]' }[role];
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  const likely = Array.from(container.querySelectorAll<HTMLElement>(selector)).filter((el) => matches(labelText(el)));
  if (likely.length !== 1) return within(container).getByRole(role, { name });
  const element = likely[0] as HTMLElement;
  expect(element).toHaveRole(role);
  expect(element).toHaveAccessibleName(name);
  expect(isInaccessible(element), `${role} "${String(name)}" is hidden from screen readers`).toBe(false);
  return element;
}

async function submit(user: UserEvent, region: HTMLElement) {
  await user.click(control(region, 'button', 'Check answer'));
}

function optionText(check: Check, id: string): string {
  if (check.type === 'single-choice' || check.type === 'multiple-response') {
    const option = check.options.find((o) => o.id === id);
    if (!option) throw new Error(`no option ${id} in ${check.id}`);
    return option.text;
  }
  return id;
}

/** The current order of an ordering check's items, as shown. */
export function shownOrder(region: HTMLElement, texts: readonly string[]): string[] {
  const items = within(region).getAllByRole('listitem');
  return items.map((li) => texts.find((t) => li.textContent?.includes(t)) ?? '?');
}

async function putInOrder(user: UserEvent, region: HTMLElement, wanted: readonly string[]) {
  for (let target = 0; target < wanted.length; target++) {
    const text = wanted[target] as string;
    let at = shownOrder(region, wanted).indexOf(text);
    while (at > target) {
      await user.click(control(region, 'button', `Move up: ${text}`));
      at--;
    }
  }
}

/** The response a learner gives: the right one, or a wrong one of the same kind. */
export async function answerCheck(user: UserEvent, check: Check, right: boolean): Promise<void> {
  const region = checkRegion(check);
  switch (check.type) {
    case 'single-choice': {
      const id = right ? check.correct : (check.options.find((o) => o.id !== check.correct)?.id as string);
      await user.click(control(region, 'radio', new RegExp(`^${escapeRegExp(optionText(check, id))}`)));
      break;
    }
    case 'true-false': {
      const value = right ? check.correct : !check.correct;
      await user.click(control(region, 'radio', new RegExp(`^${value ? 'True' : 'False'}`)));
      break;
    }
    case 'multiple-response': {
      const ids = right ? check.correct : check.options.filter((o) => !check.correct.includes(o.id)).map((o) => o.id);
      for (const box of within(region).getAllByRole('checkbox')) {
        if ((box as HTMLInputElement).checked) await user.click(box);
      }
      for (const id of ids) {
        await user.click(control(region, 'checkbox', new RegExp(`^${escapeRegExp(optionText(check, id))}`)));
      }
      break;
    }
    case 'ordering': {
      const texts = check.items.map((i) => i.text);
      // A wrong order: the right one with the first two swapped.
      const wanted = right ? texts : [texts[1] as string, texts[0] as string, ...texts.slice(2)];
      await putInOrder(user, region, wanted);
      break;
    }
    case 'matching': {
      const rights = [...check.pairs.map((p) => p.right), ...check.distractors];
      for (const [i, pair] of check.pairs.entries()) {
        // Wrong: every item gets the next pair's match.
        const target = right ? pair.right : (check.pairs[(i + 1) % check.pairs.length]?.right ?? rights[0]);
        await user.selectOptions(within(region).getByLabelText(pair.left.text), target?.text as string);
      }
      break;
    }
  }
  await submit(user, region);
}

/**
 * Resolves once the lesson's summaries (the progress line, the step list, the way on) show the last
 * answer: they follow it after the next frame (src/app/after-paint.ts: a frame, then a task), so this
 * waits for a frame and a task after it, as they do.
 */
export async function summaryDrawn(): Promise<void> {
  await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** Answer a check, wrong on every try, until no tries are left. */
export async function failCheck(user: UserEvent, check: Check): Promise<void> {
  for (let i = 0; i < check.maxTries; i++) await answerCheck(user, check, false);
}

/**
 * Work through every section in order, answering each check right or (on every try) wrong as
 * `right(check)` says, then go on to the results.
 */
export async function workThrough(
  user: UserEvent,
  sections: readonly { title: string; checks: readonly Check[] }[],
  right: (check: Check) => boolean,
): Promise<void> {
  for (const section of sections) {
    await findHeading(section.title);
    for (const check of section.checks) {
      if (right(check)) await answerCheck(user, check, true);
      else await failCheck(user, check);
    }
    await user.click(nextButton());
  }
  await findHeading('Your results');
}

/**
 * `screen.findByRole('heading', { level, name })`, but waiting first for a heading with that text, a
 * cheap look on every poll (findByRole names every heading of the page on every change to it).
 */
export async function findHeading(name: string, level = 1): Promise<HTMLElement> {
  await waitFor(() => {
    const texts = Array.from(document.querySelectorAll(`h${level}`), (h) => h.textContent?.replace(/\s+/g, ' ').trim());
    if (!texts.includes(name)) throw new Error(`No h${level} "${name}" yet (${texts.join(' | ') || 'none'}).`);
  });
  return screen.findByRole('heading', { level, name });
}

/** The element, once it shows, gets the focus (a render after it shows, at most: focus moves in an effect). */
export async function hasFocus(found: Promise<HTMLElement>): Promise<void> {
  const element = await found;
  await waitFor(() => expect(element).toHaveFocus());
}
