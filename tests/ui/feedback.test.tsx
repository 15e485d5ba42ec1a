/**
 * Feedback that points at the mistake: while tries remain, how much of the try was right (never
 * which part); after the last try, every option or row marked right or wrong in words, with the
 * learner's own answer labelled.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answerCheck, checkRegion, failCheck, nextButton } from './learner';
import { checks, makeLesson, recordingTracker, renderLesson } from './fixtures';

async function openAt(title: RegExp) {
  const rec = recordingTracker();
  const utils = await renderLesson(makeLesson({ gating: false }), rec.tracker);
  await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
  while (!screen.queryByRole('heading', { level: 1, name: title })) {
    await utils.user.click(nextButton(/^Next:/));
  }
  return utils;
}

/** Matches Molotov and Zhukov rightly and Sorge to the distractor. */
async function matchSorgeWrongly(user: Awaited<ReturnType<typeof renderLesson>>['user'], region: HTMLElement) {
    await user.selectOptions(within(region).getByLabelText('Molotov'), 'Soviet foreign minister');
    await user.selectOptions(within(region).getByLabelText('Sorge'), 'Emperor of Japan');
    await user.selectOptions(within(region).getByLabelText('Zhukov'), 'Commander at Khalkhin Gol');
}

/** The marks shown in a region, in reading order: "right: Your answer: right", "wrong: …". */
function marks(region: HTMLElement): string[] {
  return [...region.querySelectorAll('[data-mark]')].map((m) => `${m.getAttribute('data-mark')}: ${m.textContent}`);
}

describe('a wrong try while tries remain says how much was right, not which', () => {
  it('matching: "0 of 3 matched", naming no item', async () => {
    const { user } = await openAt(/Afterwards/);
    await answerCheck(user, checks.match, false);
    const status = within(checkRegion(checks.match)).getByRole('status');
    expect(status).toHaveTextContent('Not quite. You have 1 try left.');
    expect(status).toHaveTextContent('0 of 3 matched.');
    for (const pair of checks.match.pairs) expect(status).not.toHaveTextContent(pair.right.text);
  });

  it('matching: counts the right ones', async () => {
    const { user } = await openAt(/Afterwards/);
    const region = checkRegion(checks.match);
    await matchSorgeWrongly(user, region);
    await user.click(within(region).getByRole('button', { name: 'Check answer' }));
    expect(within(region).getByRole('status')).toHaveTextContent('2 of 3 matched.');
    expect(marks(region)).toEqual([]);
  });

  it('ordering: "2 of 4 in the right place" (the first two swapped)', async () => {
    const { user } = await openAt(/The treaty/);
    await answerCheck(user, checks.order, false);
    const region = checkRegion(checks.order);
    expect(within(region).getByRole('status')).toHaveTextContent('2 of 4 in the right place.');
    expect(marks(region)).toEqual([]);
    // Still to be put right: the buttons stay.
    expect(within(region).getAllByRole('button', { name: /^Move up:/ })).toHaveLength(4);
  });

  it('multiple response: right choices of those to find, and wrong ones', async () => {
    const { user } = await openAt(/The treaty/);
    const region = checkRegion(checks.signers);
    await user.click(within(region).getByRole('checkbox', { name: 'Matsuoka' }));
    await user.click(within(region).getByRole('checkbox', { name: 'Stalin' }));
    await user.click(within(region).getByRole('button', { name: 'Check answer' }));
    const status = within(region).getByRole('status');
    expect(status).toHaveTextContent('1 of 3 right choices, 1 wrong.');
    expect(status).not.toHaveTextContent('Matsuoka');
  });

  it('single choice: no count (one answer is right or wrong)', async () => {
    const { user } = await openAt(/Beginnings/);
    await answerCheck(user, checks.capital, false);
    expect(within(checkRegion(checks.capital)).getByRole('status')).not.toHaveTextContent(/\d of \d/);
  });
});

describe('after the last try, every part is marked and the learner’s answer labelled', () => {
  it('single choice: the learner’s wrong answer, the right one, and the rest, in words', async () => {
    const { user } = await openAt(/Beginnings/);
    await failCheck(user, checks.capital);
    const region = checkRegion(checks.capital);
    const label = (name: string) => within(region).getByRole('radio', { name: new RegExp(`^${name}`) }).closest('label');
    expect(label('Tokyo')).toHaveTextContent('Your answer: wrong');
    expect(label('Moscow')).toHaveTextContent('Right answer');
    expect(label('Harbin')).toHaveTextContent('Wrong answer');
    expect(within(region).getByRole('radio', { name: /^Tokyo/ })).toBeChecked();
  });

  it('a right answer is marked as the learner’s and right', async () => {
    const { user } = await openAt(/Beginnings/);
    await answerCheck(user, checks.alliance, true);
    const region = checkRegion(checks.alliance);
    expect(within(region).getByRole('radio', { name: /^False/ }).closest('label')).toHaveTextContent('Your answer: right');
  });

  it('multiple response: each option right or wrong, chosen or not', async () => {
    const { user } = await openAt(/The treaty/);
    await failCheck(user, checks.signers); // chose Stalin only
    const region = checkRegion(checks.signers);
    // Options are shown shuffled: compare the marks as a set.
    expect(marks(region).sort()).toEqual(['right: Right answer', 'right: Right answer', 'right: Right answer', 'wrong: Your answer: wrong']);
    expect(within(region).getByRole('checkbox', { name: /^Stalin/ }).closest('label')).toHaveTextContent('Your answer: wrong');
    for (const name of ['Matsuoka', 'Molotov', 'Tatekawa']) {
      expect(within(region).getByRole('checkbox', { name: new RegExp(`^${name}`) }).closest('label')).toHaveTextContent('Right answer');
    }
  });

  it('ordering: the learner’s order, labelled, each row in place or where it belongs; no buttons left', async () => {
    const { user } = await openAt(/The treaty/);
    await failCheck(user, checks.order); // Pact, Khalkhin Gol, Barbarossa, Yalta
    const region = checkRegion(checks.order);
    expect(within(region).getByText('Your answer:')).toBeInTheDocument();
    const rows = within(within(region).getByRole('list', { name: checks.order.prompt })).getAllByRole('listitem').map((li) => li.textContent);
    expect(rows).toEqual([
      '1.The pact is signedWrong place: belongs at 2',
      '2.Khalkhin GolWrong place: belongs at 1',
      '3.BarbarossaIn the right place',
      '4.YaltaIn the right place',
    ]);
    expect(within(region).queryByRole('button', { name: /^Move/ })).not.toBeInTheDocument();
  });

  it('matching: each row shows the whole chosen text, marked, with the right match where wrong', async () => {
    const { user } = await openAt(/Afterwards/);
    const region = checkRegion(checks.match);
    await matchSorgeWrongly(user, region);
    // The chosen text in full, not only inside the (on phones, cut short) select.
    expect([...region.querySelectorAll('[data-shown-value]')].map((e) => e.textContent)).toEqual([
      'Soviet foreign minister',
      'Emperor of Japan',
      'Commander at Khalkhin Gol',
    ]);
    await user.click(within(region).getByRole('button', { name: 'Check answer' }));
    await user.click(within(region).getByRole('button', { name: 'Check answer' }));
    expect(within(region).getByRole('status')).toHaveTextContent('Not this time');
    expect(marks(region)).toEqual(['right: Your answer: right', 'wrong: Your answer: wrong', 'right: Your answer: right']);
    expect(within(region).getByText('Right match: Spy in Tokyo')).toBeInTheDocument();
    expect(within(region).getByLabelText('Sorge')).toBeDisabled();
  });
});
