/**
 * What a learner sees of the documents, debates, written positions and time estimates in the real
 * lesson. The views get a lesson context driven by the real reducer (the app's wiring of the new
 * writePosition action is the lead's; here the context does it the way the app will).
 */
import lesson from 'virtual:lesson';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useReducer, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { initialState, lessonReducer, lessonScore } from '../../src/lesson';
import { LessonContext, steadySource, type LessonView } from '../../src/ui/LessonContext';
import { ResultsPage } from '../../src/ui/ResultsPage';
import { SectionPage } from '../../src/ui/SectionPage';
import { DocumentsButton } from '../../src/ui/documents/Documents';

function Harness({ children, wired = true }: { children: ReactNode; wired?: boolean }) {
  const [state, dispatch] = useReducer(lessonReducer(lesson), initialState(lesson, 1));
  const view: LessonView = {
    lesson,
    state,
    score: lessonScore(lesson, state),
    saving: null,
    finished: false,
    learnerName: null,
    readOnly: false,
    restoreProblem: null,
    go: (step) => dispatch({ type: 'go', step }),
    answer: (checkId, response) => dispatch({ type: 'answer', checkId, response }),
    finish: () => undefined,
    secondsOnTask: 0,
    restart: null,
    ...(wired ? { writePosition: (debate: string, text: string) => dispatch({ type: 'writePosition', debate, text }) } : {}),
  };
  return <LessonContext.Provider value={steadySource(view)}>{children}</LessonContext.Provider>;
}

const sectionIndex = (id: string) => lesson.sections.findIndex((s) => s.id === id);
const showSection = (id: string, extra?: ReactNode, wired = true) =>
  render(
    <Harness wired={wired}>
      <SectionPage section={lesson.sections[sectionIndex(id)]!} index={sectionIndex(id)} />
      {extra}
    </Harness>,
  );

describe('document cards', () => {
  it('the terms section shows the pact itself (header, articles in the official wording, working translation) with a task on Article 2, then sums it up in plain words', () => {
    showSection('terms');
    const card = screen.getByRole('region', { name: 'Pact of Neutrality between the USSR and Japan' });
    expect(within(card).getByText('Document · Treaty or agreement')).toBeInTheDocument();
    expect(within(card).getByText('Issued by')).toBeInTheDocument();
    expect(within(card).getByText(/English of the articles is a working translation/)).toBeInTheDocument();
    for (const article of ['Article 1', 'Article 2', 'Article 3', 'Article 4']) {
      expect(within(card).getByRole('heading', { name: article })).toBeInTheDocument();
    }
    expect(within(card).getAllByText('Working translation, not official wording:')).toHaveLength(4);
    // The learner reads the articles and looks closer at Article 2 first; the section's own text then sums
    // them up in plain words, so the card carries no notes.
    expect(within(card).queryAllByText('In plain words')).toHaveLength(0);
    const plain = screen.getByText(/Article 2 keeps the other side/);
    expect(card.compareDocumentPosition(plain) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The official Japanese wording, marked as Japanese for screen readers.
    const japanese = within(card).getByText(/^第一条/);
    expect(japanese).toHaveAttribute('lang', 'ja');
    // Its look-closer task takes the place of "What to look for".
    expect(within(card).getByRole('figure', { name: /Article 2, word by word/ })).toBeInTheDocument();
    expect(within(card).queryByText(/What to look for:/)).toBeNull();
  });

  it('a document-based check quotes its excerpt and links to the whole document', () => {
    showSection('end');
    const quote = screen.getByText('“the prolongation of that pact has become impossible.”');
    const figure = quote.closest('figure')!;
    const link = within(figure).getByRole('link', { name: "Molotov's statement to Ambassador Satō" });
    expect(link).toHaveAttribute('href', '#document-molotov-notice');
    expect(document.getElementById('document-molotov-notice')).not.toBeNull();
  });

  it('a quoted word inside an excerpt gets single marks, so the excerpt does not end in two sets', () => {
    showSection('context');
    const quote = screen.getByText('“he was thinking of the lower half of Sakhalin and ‘some islands’”');
    expect(quote.tagName).toBe('BLOCKQUOTE');
  });

  it('an excerpt from a working translation says so', () => {
    showSection('terms');
    expect(screen.getByText(/\(working translation, not official wording\)/)).toBeInTheDocument();
  });

  it('the Documents button lists every document by section, each opening to its card', async () => {
    const user = userEvent.setup();
    render(
      <Harness>
        <DocumentsButton lesson={lesson} />
      </Harness>,
    );
    await user.click(screen.getByRole('button', { name: 'Documents' }));
    const dialog = await screen.findByRole('dialog', { name: 'Documents' });
    for (const source of lesson.sources ?? []) expect(within(dialog).getByText(`${source.title} (${source.date})`)).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { name: lesson.sections[0]!.title })).toBeInTheDocument();
  });
});

describe('debates and written positions', () => {
  it('shows who argues each side and the evidence', () => {
    showSection('end');
    const yes = screen.getByRole('region', { name: 'Yes: a breach of a pact still in force' });
    expect(within(yes).getByText('Who argues this')).toBeInTheDocument();
    expect(within(yes).getByText(/Boris Slavinsky/)).toBeInTheDocument();
    expect(within(yes).getByText('The evidence')).toBeInTheDocument();
    expect(within(yes).getByText(/Articles 1 and 3 of the pact/)).toBeInTheDocument();
  });

  it('the learner writes a position in a labelled box; it is kept when they leave the box and shown on the results page', async () => {
    const user = userEvent.setup();
    showSection('end', <ResultsPage />);
    const box = screen.getByRole('textbox', { name: 'Your position' });
    expect(box).toHaveAccessibleDescription(/Was the Soviet attack a violation of the pact\?.*Not written yet\./);
    await user.type(box, 'Yes. Article 1 was still in force, and the troops crossed an hour after notice.');
    expect(screen.getByText(/Not saved yet/)).toBeInTheDocument();
    await user.tab();
    expect(screen.getByText(/Saved with your lesson\./)).toBeInTheDocument();
    const review = screen.getByRole('region', { name: 'Your positions in the debates' });
    expect(within(review).getByText('Yes. Article 1 was still in force, and the troops crossed an hour after notice.')).toBeInTheDocument();
    // The other debate (in the last section) is listed too, not yet written.
    expect(within(review).getByText('Not written.')).toBeInTheDocument();
  });

  it('counts the characters left and stops at the limit', async () => {
    const user = userEvent.setup();
    showSection('end');
    const box = screen.getByRole('textbox', { name: 'Your position' });
    expect(box).toHaveAttribute('maxLength', '450');
    await user.type(box, 'Because.');
    expect(screen.getByText(/442 characters left\./)).toBeInTheDocument();
  });

  it('says so when the position cannot be saved, rather than losing it silently', () => {
    showSection('end', null, false);
    expect(screen.getByRole('textbox', { name: 'Your position' })).toHaveAttribute('readonly');
    expect(screen.getByText(/cannot be saved in this view/)).toBeInTheDocument();
  });
});

describe('time estimates', () => {
  it('each section says how long it takes, and how long the whole lesson takes', () => {
    showSection('context');
    const context = lesson.sections[0]!;
    expect(
      screen.getByText(
        `Time: about ${context.estimate!.minutes} minutes for this section (${context.estimate!.words.toLocaleString('en')} words to read, 4 tasks); about ${lesson.estimatedMinutes} minutes for the whole lesson.`,
      ),
    ).toBeInTheDocument();
  });

  it('true/false checks say they have one try', () => {
    showSection('terms');
    expect(screen.getByText(/One try only: think before you submit\./)).toBeInTheDocument();
  });
});

/**
 * The parts drawn inside a section (its text, glossary terms, document cards, a check's excerpt, matching
 * rows, the position box, a Reread link) are native elements styled by static stylesheets: none may carry
 * an MUI or emotion class, or an answer would again make emotion insert CSS rules into a long page.
 */
describe('the parts inside a section use no runtime styles', () => {
  const PARTS = '.rich-p, .rich-h2, .rich-h3, .rich-list, .rich-quote, .text-link, [data-document], .check-excerpt, .check-match, .position-box, .lesson-button';
  const styled = () =>
    [...document.querySelectorAll(PARTS)]
      .flatMap((part) => [part, ...part.querySelectorAll('*')])
      .filter((e) => /(^|\s)(css-|Mui)/.test(e.getAttribute('class') ?? ''))
      .map((e) => `${e.tagName} ${e.getAttribute('class')}`);

  it('in every section, in the Documents button, and once a matching check is finished with its Reread link', async () => {
    const found = new Set<string>();
    for (const section of lesson.sections) {
      const { unmount } = showSection(section.id, <DocumentsButton lesson={lesson} />);
      for (const part of document.querySelectorAll(PARTS)) found.add(part.classList[0] ?? part.tagName);
      expect(styled(), section.id).toEqual([]);
      unmount();
    }
    // Every kind of part was looked at (the test is not vacuous): paragraphs, headings, lists, terms, cards...
    expect([...found].sort()).toEqual(expect.arrayContaining(['rich-p', 'rich-h2', 'rich-list', 'text-link', 'doc-card', 'check-excerpt', 'check-match', 'position-box', 'lesson-button']));

    const user = userEvent.setup();
    showSection('terms');
    const matching = screen.getAllByRole('region').find((r) => r.querySelector('select') !== null)!;
    for (let tries = 0; within(matching).queryByRole('button', { name: 'Check answer' }); tries++) {
      for (const select of within(matching).getAllByRole('combobox')) await user.selectOptions(select, (select as HTMLSelectElement).options[1 + (tries % 2)]!);
      await user.click(within(matching).getByRole('button', { name: 'Check answer' }));
    }
    expect(within(matching).getAllByText(/^Your answer: (right|wrong)$/).length).toBeGreaterThan(0);
    expect(within(matching).getByRole('link', { name: /^Reread:/ })).toHaveClass('text-link');
    expect(styled()).toEqual([]);
  });
});
