import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { Fragment, useId, useRef } from 'react';
import type { LookCloserVisual, Source, SourceExcerpt, SourceKind } from '../../content/model';
import { LookCloser } from '../visuals/LookCloser';
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

const SERIF = 'Georgia, "Times New Roman", serif';

/** The element id of a document's card on its section page (the sources list links to it). */
export const documentAnchor = (sourceId: string) => `document-${sourceId}`;

/** A heading that only numbers a clause ("5.", "(b)", "iv"): drawn in the margin of a conference's text. */
const isClauseNumber = (heading: string | undefined): boolean => heading !== undefined && /^(\d+|[ivx]+|\([a-z]\))\.?$/i.test(heading);

/** One excerpt: the English (marked when it is a working translation), the original, a plain-words note. */
function Excerpt({ excerpt, centred }: { excerpt: SourceExcerpt; centred: boolean }) {
  const clause = isClauseNumber(excerpt.heading);
  return (
    <Box className="doc-part" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: excerpt.note ? '3fr 2fr' : '1fr' }, gap: 2, py: 1.5 }}>
      <Box className="doc-excerpt" sx={{ fontFamily: SERIF }}>
        {excerpt.heading && (
          <Typography
            component="h4"
            className={clause ? 'doc-clause' : 'doc-heading'}
            sx={{ fontFamily: 'inherit', fontWeight: 700, mb: 0.5, textAlign: centred && !clause ? 'center' : 'left' }}
          >
            {excerpt.heading}
          </Typography>
        )}
        {excerpt.working && (
          <Typography component="p" sx={{ fontFamily: 'inherit', fontSize: '0.85rem', fontStyle: 'italic', color: 'text.secondary' }}>
            Working translation, not official wording:
          </Typography>
        )}
        <Typography component={excerpt.working ? 'p' : 'blockquote'} className="doc-text" sx={{ fontFamily: 'inherit', m: 0, whiteSpace: 'pre-line' }}>
          {excerpt.working ? excerpt.text : `“${excerpt.text}”`}
        </Typography>
        {(excerpt.original ?? excerpt.russian) && (
          <Box component="details" sx={{ mt: 1, '& > summary': { cursor: 'pointer', fontFamily: 'system-ui, sans-serif', fontSize: '0.9rem' } }}>
            <summary>The official wording</summary>
            {excerpt.original && (
              <Typography component="p" lang="ja" sx={{ fontFamily: 'inherit', mt: 1 }}>
                {excerpt.original}
              </Typography>
            )}
            {excerpt.russian && (
              <Typography component="p" lang="ru" sx={{ fontFamily: 'inherit', mt: 1 }}>
                {excerpt.russian}
              </Typography>
            )}
          </Box>
        )}
      </Box>
      {excerpt.note && (
        <Box sx={{ bgcolor: 'action.hover', borderRadius: 1, p: 1.5, alignSelf: 'start' }}>
          <Typography component="p" sx={{ fontWeight: 700, fontSize: '0.9rem' }}>
            In plain words
          </Typography>
          <Typography>{excerpt.note}</Typography>
        </Box>
      )}
    </Box>
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
 */
export function DocumentCard({ source, headingLevel = 3, tasks = [] }: { source: Source; headingLevel?: 2 | 3; tasks?: readonly LookCloserVisual[] }) {
  const tasksAfter = (after: string) =>
    tasks.filter((t) => t.after === after).map((t) => <LookCloser key={t.title} visual={t} />);
  const titleId = useId();
  const paper = useRef<HTMLDivElement>(null);
  const drawing = usePaperDrawing(paper);
  const { mode } = useTheme().palette;
  const formal = source.layout === 'treaty' || source.layout === 'conference';
  // A formal document's title is drawn on its paper, unless its first heading is that title already
  // (Yalta's "AGREEMENT REGARDING JAPAN").
  const firstHeading = source.excerpts[0]?.heading?.toLowerCase();
  const showTitle = formal && !(firstHeading && source.title.toLowerCase().startsWith(firstHeading));
  return (
    <Box
      component="section"
      id={documentAnchor(source.id)}
      aria-labelledby={titleId}
      data-document={source.id}
      sx={{ my: 3, border: 1, borderColor: 'divider', borderRadius: 2, bgcolor: 'background.paper', breakInside: 'avoid' }}
    >
      <Box sx={{ p: { xs: 2, sm: 3 }, borderBottom: 1, borderColor: 'divider', bgcolor: 'action.hover' }}>
        <Typography component="p" sx={{ fontSize: '0.8rem', textTransform: 'uppercase', letterSpacing: '0.06em', color: 'text.secondary' }}>
          Document · {KIND_NAMES[source.kind]}
        </Typography>
        <Typography id={titleId} component={headingLevel === 2 ? 'h2' : 'h3'} sx={{ fontWeight: 700, fontSize: '1.15rem', mb: 1 }}>
          {source.title}
        </Typography>
        <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' }, columnGap: 2, rowGap: 0.5, '& dt': { fontWeight: 700 }, '& dd': { m: 0 } }}>
          <dt>Date</dt>
          <dd>{source.date}</dd>
          <dt>Issued by</dt>
          <dd>{source.issuer}</dd>
          <dt>The English text</dt>
          <dd>{source.translation}</dd>
          <dt>Source</dt>
          <dd>{source.source}</dd>
        </Box>
      </Box>
      {tasks.some((t) => t.after === 'header') && <Box sx={{ px: { xs: 2, sm: 3 } }}>{tasksAfter('header')}</Box>}
      <Box sx={{ p: { xs: 2, sm: 3 } }}>
        <Box ref={paper} className="doc-paper" data-layout={source.layout} data-mode={mode} sx={{ overflowWrap: 'break-word' }}>
          {drawing && <drawing.PaperTop source={source} />}
          <div className="doc-body">
            {showTitle && (
              <Typography
                component="p"
                className="doc-title"
                sx={{ fontFamily: SERIF, textAlign: 'center', fontWeight: 700, textTransform: 'uppercase', letterSpacing: '0.04em', mb: 1 }}
              >
                {source.title}
              </Typography>
            )}
            {source.excerpts.map((excerpt, i) => (
              <Fragment key={i}>
                <Excerpt excerpt={excerpt} centred={formal} />
                {excerpt.heading && tasksAfter(excerpt.heading)}
              </Fragment>
            ))}
          </div>
          {drawing && <drawing.PaperFoot source={source} />}
        </Box>
        {tasks.length > 0 ? (
          tasksAfter('text')
        ) : (
          <Box sx={{ mt: 2, p: 1.5, borderLeft: 4, borderColor: 'secondary.main', bgcolor: 'action.hover' }}>
            <Typography component="p">
              <strong>What to look for:</strong> {source.lookFor}
            </Typography>
          </Box>
        )}
      </Box>
    </Box>
  );
}
