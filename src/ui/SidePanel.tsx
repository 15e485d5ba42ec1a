import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { MuiScope } from './MuiScope';

interface SidePanelProps {
  /** The panel's heading, which also names its dialog (e.g. "Glossary"). */
  readonly title: string;
  readonly open: boolean;
  readonly onClose: () => void;
  /** Its width from the small breakpoint up; on phones it takes the whole screen. */
  readonly width: number;
  readonly children: ReactNode;
}

/**
 * A panel that slides in from the right as a dialog named by its heading, with a "Close …" button:
 * the glossary and the documents list open in the same way, so a learner who knows one knows both.
 * Loaded with what it hosts, after the first screen, and drawn with MUI in the lesson's theme (MuiScope).
 */
export function SidePanel({ title, open, onClose, width, children }: SidePanelProps) {
  const titleId = useId();
  return (
    <MuiScope>
      <Drawer
        anchor="right"
        open={open}
        onClose={onClose}
        slotProps={{ paper: { sx: { width: { xs: '100%', sm: width } }, role: 'dialog', 'aria-labelledby': titleId } }}
      >
        <Box sx={{ p: 2 }}>
          {/* On a narrow phone the button goes under the heading, its words on one line, rather than squeezed beside it in two. */}
          <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 1, justifyContent: 'space-between', alignItems: 'center', mb: 2 }}>
            <Typography id={titleId} variant="h2" component="h2">
              {title}
            </Typography>
            <Button onClick={onClose} sx={{ whiteSpace: 'nowrap' }}>
              Close {title.toLowerCase()}
            </Button>
          </Box>
          {children}
        </Box>
      </Drawer>
    </MuiScope>
  );
}
