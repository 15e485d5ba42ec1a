import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { GlossaryTerm } from '../content/model';

interface GlossaryControl {
  open(termId?: string): void;
}

const GlossaryContext = createContext<GlossaryControl>({ open: () => undefined });

/** Opens the glossary from anywhere in the lesson: the header button and every linked term in the text. */
export function useGlossary(): GlossaryControl {
  return useContext(GlossaryContext);
}

/** The glossary panel and the means to open it, at a term or at the top. */
export function GlossaryProvider({ terms, children }: { terms: readonly GlossaryTerm[]; children: ReactNode }) {
  const [isOpen, setOpen] = useState(false);
  const [focusTerm, setFocusTerm] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const listRef = useRef<HTMLDListElement>(null);

  const open = useCallback((termId?: string) => {
    setFilter('');
    setFocusTerm(termId ?? null);
    setOpen(true);
  }, []);
  const control = useMemo(() => ({ open }), [open]);

  // Once the panel is open at a term, put focus on that term so it is read first.
  useEffect(() => {
    if (!isOpen || !focusTerm) return;
    const timer = setTimeout(() => {
      const el = listRef.current?.querySelector<HTMLElement>(`[data-term="${focusTerm}"]`);
      el?.focus();
      el?.scrollIntoView?.({ block: 'center' });
    }, 0);
    return () => clearTimeout(timer);
  }, [isOpen, focusTerm]);

  const shown = terms.filter((t) =>
    filter.trim() === '' ? true : `${t.term} ${t.definition}`.toLowerCase().includes(filter.trim().toLowerCase()),
  );

  return (
    <GlossaryContext.Provider value={control}>
      {children}
      <Drawer
        anchor="right"
        open={isOpen}
        onClose={() => setOpen(false)}
        slotProps={{ paper: { sx: { width: { xs: '100%', sm: 420 } }, role: 'dialog', 'aria-labelledby': 'glossary-title' } }}
      >
        <Box sx={{ p: 2 }}>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', mb: 2 }}>
            <Typography id="glossary-title" variant="h2" component="h2">
              Glossary
            </Typography>
            <Button onClick={() => setOpen(false)}>Close glossary</Button>
          </Box>
          <TextField
            label="Find a term"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            fullWidth
            size="small"
            sx={{ mb: 2 }}
          />
          <Box component="dl" ref={listRef} sx={{ m: 0 }}>
            {shown.map((t) => (
              <Box
                key={t.id}
                data-term={t.id}
                tabIndex={-1}
                sx={{
                  mb: 2,
                  p: 1,
                  borderRadius: 1,
                  bgcolor: t.id === focusTerm ? 'action.selected' : 'transparent',
                }}
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
        </Box>
      </Drawer>
    </GlossaryContext.Provider>
  );
}

/** A term in the text that opens its glossary entry. */
export function TermLink({ termId, children }: { termId: string; children: ReactNode }) {
  const { open } = useGlossary();
  return (
    <Link
      component="button"
      type="button"
      onClick={() => open(termId)}
      aria-haspopup="dialog"
      sx={{ font: 'inherit', verticalAlign: 'baseline', textDecorationStyle: 'dotted', textUnderlineOffset: '0.2em' }}
    >
      {children}
    </Link>
  );
}
