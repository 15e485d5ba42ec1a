import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Lesson } from '../../content/model';
import { SidePanel } from '../SidePanel';
import { DocumentCard } from './DocumentCard';

interface PanelProps {
  readonly lesson: Lesson;
  readonly open: boolean;
  readonly onClose: () => void;
}

/** Every document the lesson quotes, by section, each opening to its full card: the lesson's sources list. */
export default function DocumentsPanel({ lesson, open, onClose }: PanelProps) {
  const sources = lesson.sources ?? [];
  return (
    <SidePanel title="Documents" open={open} onClose={onClose} width={640}>
      <Typography sx={{ mb: 2 }}>
        Every document this lesson quotes, in its own words, with where the text comes from. Open one to read it.
      </Typography>
      {lesson.sections.map((section) => {
        const own = sources.filter((s) => s.section === section.id);
        if (own.length === 0) return null;
        return (
          <Box component="section" key={section.id} aria-label={section.title} sx={{ mb: 2 }}>
            <Typography component="h3" sx={{ fontWeight: 700, mb: 1 }}>
              {section.title}
            </Typography>
            {own.map((source) => (
              <Box component="details" key={source.id} sx={{ mb: 1, '& > summary': { cursor: 'pointer', p: 0.5 } }}>
                <summary>
                  {source.title} ({source.date})
                </summary>
                <DocumentCard source={source} />
              </Box>
            ))}
          </Box>
        );
      })}
    </SidePanel>
  );
}
