import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { DocumentVisual } from '../../content/model';
import { Figure } from './Figure';

/** The treaty as a document: what each part says, beside what it means in plain words. */
export function TreatyDocument({ visual }: { visual: DocumentVisual }) {
  return (
    <Figure title={visual.title} kind="Document">
      {visual.caption && <Typography sx={{ mb: 2, color: 'text.secondary' }}>{visual.caption}</Typography>}
      {visual.parts.map((part, i) => (
        <Box
          key={i}
          sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '3fr 2fr' }, gap: 2, py: 2, borderTop: i === 0 ? 0 : 1, borderColor: 'divider' }}
        >
          <Box sx={{ fontFamily: 'Georgia, "Times New Roman", serif' }}>
            <Typography component="h3" sx={{ fontWeight: 700, fontFamily: 'inherit', mb: 0.5 }}>
              {part.heading}
            </Typography>
            <Typography sx={{ fontFamily: 'inherit' }}>{part.text}</Typography>
          </Box>
          <Box sx={{ bgcolor: 'action.hover', borderRadius: 1, p: 1.5 }}>
            <Typography component="p" sx={{ fontWeight: 700, fontSize: '0.9rem' }}>
              In plain words
            </Typography>
            <Typography>{part.note}</Typography>
          </Box>
        </Box>
      ))}
    </Figure>
  );
}
