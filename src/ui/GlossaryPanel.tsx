import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef, useState } from 'react';
import type { GlossaryTerm } from '../content/model';
import { SidePanel } from './SidePanel';

interface PanelProps {
  readonly terms: readonly GlossaryTerm[];
  readonly open: boolean;
  /** The term to show first (focused and highlighted), or null for the top of the list. */
  readonly focusTerm: string | null;
  readonly onClose: () => void;
}

/** The glossary as a side panel with a filter; loaded on first use (see GlossaryProvider). */
export default function GlossaryPanel({ terms, open, focusTerm, onClose }: PanelProps) {
  const [filter, setFilter] = useState('');
  const listRef = useRef<HTMLDListElement>(null);
  const inputId = useId();

  // Each opening starts unfiltered, at the term asked for: reset while rendering the new opening
  // (React's "adjust state when a prop changes"), so no frame shows the old filter.
  const opening = open ? `open:${focusTerm ?? ''}` : 'closed';
  const [shownOpening, setShownOpening] = useState(opening);
  if (opening !== shownOpening) {
    setShownOpening(opening);
    if (open) setFilter('');
  }

  // Once the panel is open at a term, put focus on that term so it is read first.
  useEffect(() => {
    if (!open || !focusTerm) return;
    const timer = setTimeout(() => {
      const el = listRef.current?.querySelector<HTMLElement>(`[data-term="${focusTerm}"]`);
      el?.focus();
      el?.scrollIntoView?.({ block: 'center' });
    }, 0);
    return () => clearTimeout(timer);
  }, [open, focusTerm]);

  const needle = filter.trim().toLowerCase();
  const shown = terms.filter((t) => needle === '' || `${t.term} ${t.definition}`.toLowerCase().includes(needle));

  return (
    <SidePanel title="Glossary" open={open} onClose={onClose} width={420}>
      <Box component="label" htmlFor={inputId} sx={{ display: 'block', fontWeight: 600, mb: 0.5 }}>
        Find a term
      </Box>
      <Box
        component="input"
        id={inputId}
        type="search"
        value={filter}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => setFilter(e.target.value)}
        sx={{
          width: '100%',
          font: 'inherit',
          p: 1,
          mb: 2,
          borderRadius: 1,
          border: 1,
          borderColor: 'text.secondary',
          bgcolor: 'background.paper',
          color: 'text.primary',
        }}
      />
      <Box component="dl" ref={listRef} sx={{ m: 0 }}>
        {shown.map((t) => (
          <Box
            key={t.id}
            data-term={t.id}
            tabIndex={-1}
            sx={{ mb: 2, p: 1, borderRadius: 1, bgcolor: t.id === focusTerm ? 'action.selected' : 'transparent' }}
          >
            <Typography component="dt" sx={{ fontWeight: 700 }}>
              {t.term}
            </Typography>
            <Typography component="dd" sx={{ m: 0 }}>
              {t.definition}
            </Typography>
          </Box>
        ))}
        {shown.length === 0 && <Typography>No term matches “{filter}”.</Typography>}
      </Box>
    </SidePanel>
  );
}
