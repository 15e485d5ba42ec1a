import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { useLessonSelect } from '../LessonContext';
import { documentAnchor } from '../documents/DocumentCard';

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
    <Box component="figure" sx={{ m: 0, mb: 1.5, p: 1.5, borderLeft: 4, borderColor: 'secondary.main', bgcolor: 'action.hover' }}>
      <Box component="blockquote" sx={{ m: 0, fontFamily: 'Georgia, "Times New Roman", serif' }}>
        “{document.excerpt}”
      </Box>
      {source && (
        <Typography component="figcaption" variant="body2" sx={{ mt: 0.5 }}>
          From:{' '}
          <Link href={`#${documentAnchor(source.id)}`}>
            {source.title}
          </Link>
          , {source.date}
          {working && ' (working translation, not official wording)'}
        </Typography>
      )}
    </Box>
  );
});
