/**
 * A look-closer task, as a learner meets it inside a document's card in the real lesson: where it sits in
 * the document, choosing a reading by keyboard, and comparing with a historian's reading.
 */
import lesson from 'virtual:lesson';
import { ThemeProvider } from '@mui/material/styles';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LookCloserVisual } from '../../src/content/model';
import { DocumentCard } from '../../src/ui/documents/DocumentCard';
import { lessonTheme } from '../../src/ui/theme';

const tasks = lesson.sections.flatMap((s) => Object.values(s.visuals)).filter((v): v is LookCloserVisual => v.kind === 'look-closer');
const taskOn = (sourceId: string) => tasks.find((t) => t.source === sourceId)!;

function showCard(sourceId: string, withTasks = true) {
  const source = lesson.sources!.find((s) => s.id === sourceId)!;
  render(
    <ThemeProvider theme={lessonTheme('light', false)}>
      <DocumentCard source={source} tasks={withTasks ? tasks.filter((t) => t.source === sourceId) : []} />
    </ThemeProvider>,
  );
  return screen.getByRole('region', { name: source.title });
}

const follows = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('look-closer tasks in the real lesson', () => {
  it('are on five documents, one in each long stretch, with three readings each', () => {
    expect(tasks.map((t) => t.source).sort()).toEqual(['grew-diary', 'molotov-notice', 'neutrality-pact', 'rescript-nation', 'yalta-agreement']);
    for (const t of tasks) expect(t.options, t.title).toHaveLength(3);
  });

  it('sits where its document needs it: after Article 2 of the treaty, in place of "What to look for"', () => {
    const card = showCard('neutrality-pact');
    const task = within(card).getByRole('figure', { name: /Article 2, word by word/ });
    const article2 = within(card).getByRole('heading', { name: 'Article 2' });
    const article3 = within(card).getByRole('heading', { name: 'Article 3' });
    expect(follows(article2, task)).toBe(true);
    expect(follows(task, article3)).toBe(true);
    expect(card).not.toHaveTextContent('What to look for');
  });

  it('asks its sourcing question before the text when it comes after the header', () => {
    const card = showCard('grew-diary');
    const task = within(card).getByRole('figure', { name: /Who is speaking\?/ });
    expect(within(task).getByText('Look closer: sourcing')).toBeInTheDocument();
    expect(follows(within(card).getByText('Issued by'), task)).toBe(true);
    expect(follows(task, card.querySelector('.doc-paper')!)).toBe(true);
  });

  it('leaves a card without tasks as it was (the documents panel): "What to look for" and no task', () => {
    const card = showCard('grew-diary', false);
    expect(card).toHaveTextContent('What to look for');
    expect(within(card).queryByRole('radiogroup')).toBeNull();
  });
});

describe('doing a look-closer task by keyboard', () => {
  it('choose a reading with the arrow keys, then compare: the note on that choice and the historian’s reading', async () => {
    const user = userEvent.setup();
    const task = taskOn('grew-diary');
    showCard('grew-diary');
    const group = screen.getByRole('radiogroup', { name: task.question });
    const compare = screen.getByRole('button', { name: 'Compare with a historian’s reading' });
    expect(compare).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(task.historian)).not.toBeVisible();

    // Into the radio group, then down to the second reading.
    act(() => within(group).getAllByRole('radio')[0]!.focus());
    await user.keyboard(' ');
    await user.keyboard('{ArrowDown}');
    expect(within(group).getByRole('radio', { name: task.options[1]!.text })).toBeChecked();

    await user.tab();
    expect(compare).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(compare).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(compare.getAttribute('aria-controls')!)!;
    expect(panel).toBeVisible();
    expect(panel).toHaveTextContent(`Your choice: ${task.options[1]!.text}`);
    expect(panel).toHaveTextContent(task.options[1]!.note);
    expect(panel).not.toHaveTextContent(task.options[0]!.note);
    expect(panel).toHaveTextContent(`A historian’s reading: ${task.historian}`);

    // Changing one's mind changes the note; the button closes the reading again.
    await user.click(within(group).getByRole('radio', { name: task.options[0]!.text }));
    expect(panel).toHaveTextContent(task.options[0]!.note);
    await user.click(compare);
    expect(compare).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
  });

  it('comparing before choosing shows the historian’s reading and asks for a choice first', async () => {
    const user = userEvent.setup();
    const task = taskOn('rescript-nation');
    showCard('rescript-nation');
    await user.click(screen.getByRole('button', { name: 'Compare with a historian’s reading' }));
    expect(screen.getByText(/You have not chosen yet/)).toBeVisible();
    expect(screen.getByText(task.historian)).toBeVisible();
  });
});
