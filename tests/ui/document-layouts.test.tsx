/**
 * Each of the lesson's documents on its card, drawn after its original's layout: the right drawing for
 * what the document really was, its words as text a screen reader reads (never inside the hidden
 * drawing), its provenance in the header, and nothing drawn that the sources do not support.
 */
import lesson from 'virtual:lesson';
import { render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentLayout, Source } from '../../src/content/model';
import { DocumentCard } from '../../src/ui/documents/DocumentCard';
import { mastheadOf } from '../../src/ui/documents/PaperDecor';
import { loadPaperDrawing } from '../../src/ui/documents/use-paper-drawing';

/** What each document was: the layout its card must be drawn in. */
const EXPECTED: Record<string, DocumentLayout> = {
  'molotov-present': 'telegram', // Steinhardt's telegram no. 1638
  'neutrality-pact': 'treaty',
  'nz-newspaper-1941': 'newspaper',
  'grew-diary': 'diary',
  'yalta-agreement': 'conference', // an agreement of the Crimea conference, set out as conditions
  'molotov-notice': 'note', // a statement read to the ambassador
  'potsdam-declaration': 'conference', // numbered clauses, proclaimed by three leaders
  'soviet-declaration': 'note',
  'truman-memo': 'memorandum',
  'rescript-nation': 'rescript',
  'rescript-forces': 'rescript',
  'san-francisco-treaty': 'treaty',
  'joint-declaration-1956': 'treaty',
};

const sources = lesson.sources ?? [];
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A card as the lesson draws it: native elements and static CSS, needing no MUI theme around it. */
function showCard(source: Source) {
  render(<DocumentCard source={source} />);
  const card = screen.getByRole('region', { name: source.title });
  const paper = card.querySelector<HTMLElement>('.doc-paper')!;
  return { card, paper };
}

describe('before its drawing has arrived', () => {
  it('a card is the plain one, with the same text, and is drawn once the drawing comes', async () => {
    const source = sources.find((s) => s.id === 'grew-diary')!;
    const { paper } = showCard(source);
    expect(paper.querySelector('[data-decor]')).toBeNull();
    expect(paper).toHaveTextContent(squash(source.excerpts[0]!.text));
    await waitFor(() => expect(paper.querySelector('[data-decor]')).toHaveTextContent('22 April 1941'));
  });
});

describe('document cards drawn after the original', () => {
  beforeAll(() => loadPaperDrawing());

  it('every document of the lesson has its layout named here', () => {
    expect(sources.map((s) => s.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const source of sources) {
    it(`${source.id}: drawn as a ${EXPECTED[source.id]}, with its words as text and its provenance`, () => {
      const { card, paper } = showCard(source);
      expect(paper).toHaveAttribute('data-layout', EXPECTED[source.id]);

      // The document's words: in the card, outside anything hidden from screen readers.
      const quotes = [...paper.querySelectorAll('.doc-text')];
      expect(quotes.map((q) => squash(q.textContent).replace(/^“|”$/g, ''))).toEqual(source.excerpts.map((e) => squash(e.text)));
      for (const quote of quotes) {
        expect(quote.closest('[aria-hidden="true"]')).toBeNull();
      }
      for (const heading of source.excerpts.flatMap((e) => (e.heading ? [e.heading] : []))) {
        expect(within(paper).getByRole('heading', { name: heading })).toBeInTheDocument();
      }

      // Its provenance, in the header a screen reader reads.
      const header = within(card.querySelector('dl')!);
      for (const field of [source.date, source.issuer, source.translation, source.source]) {
        expect(header.getByText(field)).toBeInTheDocument();
      }
      expect(within(card).getByText(/What to look for:/)).toBeInTheDocument();

      // The drawing is hidden from screen readers; its only words are the document's own date, paper,
      // headline, or what the source says it was.
      const masthead = mastheadOf(source.issuer);
      const headline = source.title.replace(/^"|"$/g, '');
      for (const decor of paper.querySelectorAll('[data-decor]')) {
        expect(decor).toHaveAttribute('aria-hidden', 'true');
        const words = [...decor.querySelectorAll('span')].map((s) => s.textContent).filter(Boolean);
        if (decor.children.length === 0) words.push(decor.textContent);
        for (const word of words) expect([source.date, masthead, headline, 'Telegram', 'Imperial rescript']).toContain(word);
      }
    });
  }

  it('a telegram says so, as its source line does', () => {
    const source = sources.find((s) => s.layout === 'telegram')!;
    expect(source.source).toMatch(/^Telegram/);
    const { paper } = showCard(source);
    expect(paper.querySelector('[data-decor]')).toHaveTextContent(`Telegram${source.date}`);
  });

  it('a newspaper clipping has the paper\'s name as its masthead and the headline under its date', () => {
    const { paper } = showCard(sources.find((s) => s.id === 'nz-newspaper-1941')!);
    expect(paper.querySelector('.doc-masthead')).toHaveTextContent(/^Wairarapa Times-Age$/);
    expect(paper.querySelector('.doc-dateline')).toHaveTextContent('14 April 1941');
    expect(paper.querySelector('.doc-headline')).toHaveTextContent(/^Neutrality Pact signed by the Soviet and Japan$/);
  });

  it('a diary page is headed by its date; a treaty has its title, seals and signatures; a note its signature', () => {
    expect(showCard(sources.find((s) => s.id === 'grew-diary')!).paper.querySelector('[data-decor]')).toHaveTextContent(/^22 April 1941$/);
    const { paper } = showCard(sources.find((s) => s.id === 'neutrality-pact')!);
    expect(paper.querySelector('.doc-title')).toHaveTextContent('Pact of Neutrality between the USSR and Japan');
    expect(paper.querySelectorAll('.doc-seal')).toHaveLength(2);
    expect(paper.querySelectorAll('.doc-sign')).toHaveLength(2);
    expect(showCard(sources.find((s) => s.id === 'molotov-notice')!).paper.querySelectorAll('.doc-sign')).toHaveLength(1);
  });

  it('a conference\'s clauses are numbered in the margin; a heading that is its title is not repeated', () => {
    const potsdam = showCard(sources.find((s) => s.id === 'potsdam-declaration')!).paper;
    expect([...potsdam.querySelectorAll('.doc-clause')].map((h) => h.textContent)).toEqual(['5.', '13.']);
    expect(potsdam.querySelector('.doc-title')).not.toBeNull();
    const yalta = showCard(sources.find((s) => s.id === 'yalta-agreement')!).paper;
    expect(yalta.querySelector('.doc-title')).toBeNull();
    expect(within(yalta).getByRole('heading', { name: 'AGREEMENT REGARDING JAPAN' })).toHaveClass('doc-heading');
  });

  it('a rescript keeps the Japanese original as marked Japanese text, not drawn', () => {
    const { paper } = showCard(sources.find((s) => s.id === 'rescript-forces')!);
    expect(within(paper).getByText(/^今ヤ新ニ蘇国ノ参戦/)).toHaveAttribute('lang', 'ja');
    expect(paper.querySelector('[data-decor]')).not.toHaveTextContent(/[\u3000-\u9fff]/);
  });

  it('in dark mode (the system setting, as the rest of the lesson) the paper is drawn dark, on screen only', () => {
    // jsdom applies no media queries: the stylesheet is read; document-cards.ts checks the contrast in Chromium.
    const paperSheet = readFileSync(`${process.cwd()}/src/ui/documents/document-paper.css`, 'utf8');
    const dark = [...paperSheet.matchAll(/@media screen and \(prefers-color-scheme: dark\) \{\s*\.doc-paper(\[[^\]]+\])? \{([^}]*)\}/g)];
    expect(dark.map((m) => m[1] ?? '')).toEqual(['', "[data-layout='telegram']", "[data-layout='diary']", "[data-layout='newspaper']"]);
    expect(dark[0]![2]).toMatch(/--ink: #ece6d8;[\s\S]*--paper: #25231f;/);
    expect(showCard(sources[0]!).paper).not.toHaveAttribute('data-mode');
  });
});
