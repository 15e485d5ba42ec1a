import type { ReactNode } from 'react';
import type { Source } from '../../content/model';
import './document-paper.css';

/**
 * The parts of a document's drawing that are not its text: a letterhead, a masthead, a date line, seals,
 * signature strokes, and (in document-paper.css) the paper itself. They repeat what the card's header
 * already says (its date, its issuer, its title) or draw nothing a reader needs, so they are hidden from
 * screen readers. Only words the sources support are drawn: no invented stamps, names or file numbers.
 * Loaded apart from the lesson's start (see use-paper-drawing.ts).
 */
function Decor({ className, children }: { className: string; children?: ReactNode }) {
  return (
    <div className={className} data-decor="" aria-hidden="true">
      {children}
    </div>
  );
}

/** A seal-like emblem at a note's or rescript's head (its stroke takes the text colour). */
function Crest() {
  return (
    <svg className="doc-crest" viewBox="0 0 48 48" fill="none" stroke="currentColor" strokeWidth={2} focusable="false">
      <circle cx={24} cy={24} r={22} />
      <circle cx={24} cy={24} r={12} />
      <path d="M24 2v10M24 36v10M2 24h10M36 24h10M8.4 8.4l7 7M32.6 32.6l7 7M8.4 39.6l7-7M32.6 15.4l7-7" />
    </svg>
  );
}

/** A signature stroke over its line. */
function Signature() {
  return (
    <svg className="doc-sign" viewBox="0 0 120 40" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" focusable="false">
      <path d="M6 27c7-13 13-19 15-13s-6 15 0 11 10-17 14-13-2 13 4 11 8-9 12-7 2 8 8 6 10-8 16-6 8 4 14 1M2 37h116" />
    </svg>
  );
}

/** "Wairarapa Times-Age (New Zealand), page 4" → "Wairarapa Times-Age". */
export const mastheadOf = (issuer: string): string => issuer.split(/ \(|,/)[0]!.trim();

/** A newspaper's headline is the card's title without the quotation marks that mark it as quoted. */
const headlineOf = (title: string): string => title.replace(/^["“]|["”]$/g, '');

/** What is drawn above the document's text. */
export function PaperTop({ source }: { source: Source }) {
  switch (source.layout) {
    case 'telegram':
      return (
        <Decor className="doc-top">
          <span>Telegram</span>
          <span>{source.date}</span>
        </Decor>
      );
    case 'note':
      return (
        <Decor className="doc-top">
          <Crest />
          <span className="doc-dateline">{source.date}</span>
        </Decor>
      );
    case 'diary':
      return <Decor className="doc-top">{source.date}</Decor>;
    case 'newspaper':
      return (
        <Decor className="doc-top">
          <span className="doc-masthead">{mastheadOf(source.issuer)}</span>
          <span className="doc-dateline">{source.date}</span>
          <span className="doc-headline">{headlineOf(source.title)}</span>
        </Decor>
      );
    case 'rescript':
      return (
        <Decor className="doc-band">
          <Crest />
          <span>Imperial rescript</span>
        </Decor>
      );
    default:
      return null;
  }
}

/** What is drawn below it: seals and signatures where the original was signed. */
export function PaperFoot({ source }: { source: Source }) {
  switch (source.layout) {
    case 'treaty':
      return (
        <Decor className="doc-foot">
          <span className="doc-seal" />
          <Signature />
          <span className="doc-seal" />
          <Signature />
        </Decor>
      );
    case 'note':
    case 'memorandum':
      return (
        <Decor className="doc-foot">
          <Signature />
        </Decor>
      );
    default:
      return null;
  }
}
