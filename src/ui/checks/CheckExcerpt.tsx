import { memo } from 'react';
import { useLessonSelect } from '../LessonContext';
import { documentAnchor } from '../documents/DocumentCard';
import 'virtual:theme-variables.css';
import '../text-links.css';
import './check-parts.css';

/**
 * Quotation marks inside a quotation become single ones, so that an excerpt ending in a quoted word
 * does not close with two sets of marks ("some islands"” → ‘some islands’”). The words stay the document's.
 */
export function nestQuotes(excerpt: string): string {
  return excerpt.replace(/"([^"]*)"/g, '‘$1’');
}

/**
 * A document-based check's excerpt, quoted and attributed, with a link back to the whole document.
 * Memoised: its check's card re-renders on every answer, and the excerpt never changes with one.
 */
export const CheckExcerpt = memo(function CheckExcerpt({ document }: { document: { source: string; excerpt: string } }) {
  const lesson = useLessonSelect((view) => view.lesson);
  const source = lesson.sources?.find((s) => s.id === document.source);
  // A working translation is not the document's words: say so, as its card does.
  const working = source?.excerpts.some((e) => e.working && e.text.includes(document.excerpt.replace(/[.,;:]$/, ''))) ?? false;
  return (
    <figure className="check-excerpt">
      <blockquote>“{nestQuotes(document.excerpt)}”</blockquote>
      {source && (
        <figcaption>
          From:{' '}
          <a className="text-link" href={`#${documentAnchor(source.id)}`}>
            {source.title}
          </a>
          , {source.date}
          {working && ' (working translation, not official wording)'}
        </figcaption>
      )}
    </figure>
  );
});
