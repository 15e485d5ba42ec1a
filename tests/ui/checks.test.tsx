import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answerCheck, checkRegion, failCheck, nextButton } from './learner';
import { checks, makeLesson, recordingTracker, renderLesson } from './fixtures';

async function openLesson(settings = {}) {
  const lesson = makeLesson({ gating: false, ...settings });
  const rec = recordingTracker();
  const utils = await renderLesson(lesson, rec.tracker);
  await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
  return { lesson, rec, ...utils };
}

/** Walks forward with the Next button (the gate is off in these tests) until the step's heading shows. */
async function goToStep(user: Awaited<ReturnType<typeof renderLesson>>['user'], title: RegExp) {
  while (!screen.queryByRole('heading', { level: 1, name: title })) {
    await user.click(nextButton(/^Next:/));
  }
}

describe('single choice', () => {
  it('right on the first try: says so and explains why', async () => {
    const { user } = await openLesson();
    await answerCheck(user, checks.capital, true);
    const region = checkRegion(checks.capital);
    expect(within(region).getByRole('status')).toHaveTextContent('Correct.');
    expect(within(region).getByRole('status')).toHaveTextContent('Because the pact was signed in Moscow.');
    expect(within(region).queryByRole('button', { name: 'Check answer' })).not.toBeInTheDocument();
    for (const radio of within(region).getAllByRole('radio')) expect(radio).toBeDisabled();
  });

  it('wrong, then out of tries: option feedback and hint, then the correct answer with its explanation', async () => {
    const { user } = await openLesson();
    await answerCheck(user, checks.capital, false);
    const region = checkRegion(checks.capital);
    const feedback = within(region).getByRole('status');
    expect(feedback).toHaveTextContent('Not quite. You have 1 try left.');
    expect(feedback).toHaveTextContent('Think about the pact was signed in Moscow.');
    expect(feedback).not.toHaveTextContent('Because the pact was signed in Moscow.');
    // Feedback is a live region; with a try left, focus stays on the button to try again.
    expect(within(region).getByRole('button', { name: 'Check answer' })).toHaveFocus();

    await answerCheck(user, checks.capital, false);
    expect(feedback).toHaveTextContent('Not this time: no tries left.');
    // The button is gone once the check is finished: focus moves to the check's heading, not to <body>.
    expect(within(region).getByRole('heading', { name: 'Check 1 of 2' })).toHaveFocus();
    expect(feedback).toHaveTextContent('Correct answer: Moscow');
    expect(feedback).toHaveTextContent('Because the pact was signed in Moscow.');
    expect(within(region).getByRole('radio', { name: /Moscow/ })).toBeDisabled();
    expect(within(region).getByText('Right answer').closest('label')).toHaveTextContent('Moscow');
  });

  it('picking an option with feedback shows that feedback', async () => {
    const { user } = await openLesson();
    const region = checkRegion(checks.capital);
    await user.click(within(region).getByRole('radio', { name: 'Tokyo' }));
    await user.click(within(region).getByRole('button', { name: 'Check answer' }));
    expect(within(region).getByRole('status')).toHaveTextContent('Tokyo: Tokyo was the capital of Japan.');
  });

  it('asks for an answer before checking an empty one, and spends no try', async () => {
    const { user, rec } = await openLesson();
    const region = checkRegion(checks.capital);
    await user.click(within(region).getByRole('button', { name: 'Check answer' }));
    expect(within(region).getByText('Choose an answer first.')).toBeInTheDocument();
    expect(within(region).getByText(/Tries left: 2 of 2/)).toBeInTheDocument();
    expect(rec.answers).toHaveLength(0);
  });

  it('a lesson setting of three tries gives three tries', async () => {
    const lesson = makeLesson({ gating: false, maxTries: 3 });
    const threeTries = { ...checks.capital, maxTries: 3 };
    const first = lesson.sections[0]!;
    const custom = { ...lesson, sections: [{ ...first, checks: [threeTries, ...first.checks.slice(1)] }, ...lesson.sections.slice(1)] };
    const rec = recordingTracker();
    const { user } = await renderLesson(custom, rec.tracker);
    await screen.findByRole('heading', { level: 1, name: 'Beginnings' });
    expect(within(checkRegion(threeTries)).getByText(/Tries left: 3 of 3/)).toBeInTheDocument();
    await answerCheck(user, threeTries, false);
    await answerCheck(user, threeTries, false);
    expect(within(checkRegion(threeTries)).getByRole('status')).toHaveTextContent('You have 1 try left.');
  });
});

describe('true/false', () => {
  it('right', async () => {
    const { user } = await openLesson();
    await answerCheck(user, checks.alliance, true);
    expect(within(checkRegion(checks.alliance)).getByRole('status')).toHaveTextContent('Correct.');
  });
  it('wrong twice shows the answer', async () => {
    const { user } = await openLesson();
    await failCheck(user, checks.alliance);
    expect(within(checkRegion(checks.alliance)).getByRole('status')).toHaveTextContent('Correct answer: False');
  });
});

describe('multiple response', () => {
  it('right only with every correct option and no other', async () => {
    const { user } = await openLesson();
    await goToStep(user, /The treaty/);
    await answerCheck(user, checks.signers, true);
    expect(within(checkRegion(checks.signers)).getByRole('status')).toHaveTextContent('Correct.');
  });
  it('wrong twice lists every correct option', async () => {
    const { user } = await openLesson();
    await goToStep(user, /The treaty/);
    await failCheck(user, checks.signers);
    const status = within(checkRegion(checks.signers)).getByRole('status');
    expect(status).toHaveTextContent('Not this time');
    for (const name of ['Matsuoka', 'Molotov', 'Tatekawa']) expect(status).toHaveTextContent(name);
    expect(status).not.toHaveTextContent('Stalin');
  });
});

describe('ordering', () => {
  it('is done with buttons, announces each move, and is right in the right order', async () => {
    const { user } = await openLesson();
    await goToStep(user, /The treaty/);
    const region = checkRegion(checks.order);
    const firstItem = within(region).getAllByRole('listitem')[1]!;
    const text = checks.order.items.find((i) => firstItem.textContent?.includes(i.text))!.text;
    await user.click(within(region).getByRole('button', { name: `Move up: ${text}` }));
    expect(within(region).getByText(`${text}: moved to position 1 of 4.`)).toBeInTheDocument();
    await answerCheck(user, checks.order, true);
    expect(within(region).getByRole('status')).toHaveTextContent('Correct.');
  });
  it('wrong twice shows the right order', async () => {
    const { user } = await openLesson();
    await goToStep(user, /The treaty/);
    await failCheck(user, checks.order);
    const status = within(checkRegion(checks.order)).getByRole('status');
    expect(status).toHaveTextContent('1. Khalkhin Gol');
    expect(status).toHaveTextContent('4. Yalta');
  });
});

describe('matching', () => {
  async function openThird() {
    const opened = await openLesson();
    await goToStep(opened.user, /Afterwards/);
    return opened;
  }
  it('right with every pair matched', async () => {
    const { user } = await openThird();
    await answerCheck(user, checks.match, true);
    expect(within(checkRegion(checks.match)).getByRole('status')).toHaveTextContent('Correct.');
  });
  it('asks for every item to be matched first', async () => {
    const { user } = await openThird();
    const region = checkRegion(checks.match);
    await user.selectOptions(within(region).getByLabelText('Molotov'), 'Soviet foreign minister');
    await user.click(within(region).getByRole('button', { name: 'Check answer' }));
    expect(within(region).getByText('Choose a match for every item first.')).toBeInTheDocument();
  });
  it('wrong twice shows every correct pair', async () => {
    const { user } = await openThird();
    await failCheck(user, checks.match);
    const status = within(checkRegion(checks.match)).getByRole('status');
    expect(status).toHaveTextContent('Molotov → Soviet foreign minister');
    expect(status).toHaveTextContent('Sorge → Spy in Tokyo');
  });
});
