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
          <span className="doc-crest" />
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
          <span className="doc-crest" />
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
          <span className="doc-sign" />
          <span className="doc-seal" />
          <span className="doc-sign" />
        </Decor>
      );
    case 'note':
    case 'memorandum':
      return (
        <Decor className="doc-foot">
          <span className="doc-sign" />
        </Decor>
      );
    default:
      return null;
  }
}
