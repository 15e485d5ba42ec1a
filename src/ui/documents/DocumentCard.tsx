import { Fragment, useId, useRef } from 'react';
import type { LookCloserVisual, Source, SourceExcerpt, SourceKind } from '../../content/model';
import 'virtual:theme-variables.css';
import { LookCloser } from '../visuals/LookCloser';
import './document-card.css';
import { usePaperDrawing } from './use-paper-drawing';

const KIND_NAMES: Record<SourceKind, string> = {
  treaty: 'Treaty or agreement',
  statement: 'Government statement',
  proclamation: 'Proclamation',
  letter: 'Letter',
  report: 'Diplomatic report',
  diary: 'Diary',
  newspaper: 'Newspaper report',
};

/** The element id of a document's card on its section page (the sources list links to it). */
export const documentAnchor = (sourceId: string) => `document-${sourceId}`;

/** A heading that only numbers a clause ("5.", "(b)", "iv"): drawn in the margin of a conference's text. */
const isClauseNumber = (heading: string | undefined): boolean => heading !== undefined && /^(\d+|[ivx]+|\([a-z]\))\.?$/i.test(heading);

/** One excerpt: the English (marked when it is a working translation), the original, a plain-words note. */
function Excerpt({ excerpt, centred }: { excerpt: SourceExcerpt; centred: boolean }) {
  const clause = isClauseNumber(excerpt.heading);
  const Text = excerpt.working ? 'p' : 'blockquote';
  return (
    <div className={excerpt.note ? 'doc-part doc-part-noted' : 'doc-part'}>
      <div className="doc-excerpt">
        {excerpt.heading && (
          <h4 className={clause ? 'doc-clause' : centred ? 'doc-heading doc-heading-centred' : 'doc-heading'}>{excerpt.heading}</h4>
        )}
        {excerpt.working && <p className="doc-working">Working translation, not official wording:</p>}
        <Text className="doc-text">{excerpt.working ? excerpt.text : `“${excerpt.text}”`}</Text>
        {(excerpt.original ?? excerpt.russian) && (
          <details className="doc-original">
            <summary>The official wording</summary>
            {excerpt.original && <p lang="ja">{excerpt.original}</p>}
            {excerpt.russian && <p lang="ru">{excerpt.russian}</p>}
          </details>
        )}
      </div>
      {excerpt.note && (
        <div className="doc-note">
          <p className="doc-note-title">In plain words</p>
          <p>{excerpt.note}</p>
        </div>
      )}
    </div>
  );
}

/**
 * A primary document as a card: a header saying what it is, when, who issued it and where its English
 * comes from; the text on a drawing of the original's paper (`source.layout`: a treaty's centred title,
 * articles and seals, a diary's ruled page, a newspaper's masthead and columns...); and what to look for
 * when reading it as a historian. The drawing is CSS and a few hidden parts (PaperDecor.tsx, loaded as
 * the card comes near); the text stays text, so it can be selected, read aloud, zoomed and reflowed.
 * On its section page, the document's look-closer tasks sit where their `after` says (after the header,
 * an excerpt's heading, or the whole text); with a task, "What to look for" gives way to it.
 * Native elements and static CSS (document-card.css): light and dark follow the system's setting.
 */
export function DocumentCard({ source, headingLevel = 3, tasks = [] }: { source: Source; headingLevel?: 2 | 3; tasks?: readonly LookCloserVisual[] }) {
  const tasksAfter = (after: string) =>
    tasks.filter((t) => t.after === after).map((t) => <LookCloser key={t.title} visual={t} />);
  const titleId = useId();
  const paper = useRef<HTMLDivElement>(null);
  const drawing = usePaperDrawing(paper);
  const formal = source.layout === 'treaty' || source.layout === 'conference';
  // A formal document's title is drawn on its paper, unless its first heading is that title already
  // (Yalta's "AGREEMENT REGARDING JAPAN").
  const firstHeading = source.excerpts[0]?.heading?.toLowerCase();
  const showTitle = formal && !(firstHeading && source.title.toLowerCase().startsWith(firstHeading));
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section id={documentAnchor(source.id)} aria-labelledby={titleId} data-document={source.id} className="doc-card">
      <div className="doc-card-header">
        <p className="doc-card-kind">Document · {KIND_NAMES[source.kind]}</p>
        <Title id={titleId} className="doc-card-title">
          {source.title}
        </Title>
        <dl className="doc-card-facts">
          <dt>Date</dt>
          <dd>{source.date}</dd>
          <dt>Issued by</dt>
          <dd>{source.issuer}</dd>
          <dt>The English text</dt>
          <dd>{source.translation}</dd>
          <dt>Source</dt>
          <dd>{source.source}</dd>
        </dl>
      </div>
      {tasks.some((t) => t.after === 'header') && <div className="doc-card-tasks">{tasksAfter('header')}</div>}
      <div className="doc-card-main">
        <div ref={paper} className="doc-paper doc-card-paper" data-layout={source.layout}>
          {drawing && <drawing.PaperTop source={source} />}
          <div className="doc-body">
            {showTitle && <p className="doc-title">{source.title}</p>}
            {source.excerpts.map((excerpt, i) => (
              <Fragment key={i}>
                <Excerpt excerpt={excerpt} centred={formal} />
                {excerpt.heading && tasksAfter(excerpt.heading)}
              </Fragment>
            ))}
          </div>
          {drawing && <drawing.PaperFoot source={source} />}
        </div>
        {tasks.length > 0 ? (
          tasksAfter('text')
        ) : (
          <div className="doc-look-for">
            <p>
              <strong>What to look for:</strong> {source.lookFor}
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
