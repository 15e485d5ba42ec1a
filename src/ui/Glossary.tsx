import { createContext, lazy, Suspense, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { GlossaryTerm } from '../content/model';
import 'virtual:theme-variables.css';
import './text-links.css';

interface GlossaryControl {
  open(termId?: string): void;
}

const GlossaryPanel = lazy(() => import('./GlossaryPanel'));

const GlossaryContext = createContext<GlossaryControl>({ open: () => undefined });

/** Opens the glossary from anywhere in the lesson: the header button and every linked term in the text. */
export function useGlossary(): GlossaryControl {
  return useContext(GlossaryContext);
}

/**
 * The means to open the glossary, at a term or at the top. The panel itself (a drawer, with its
 * modal and transitions) is loaded the first time it is opened: no learner waits for it at launch.
 */
export function GlossaryProvider({ terms, whole = true, wantWhole, children }: { terms: readonly GlossaryTerm[]; whole?: boolean; wantWhole?: () => void; children: ReactNode }) {
  const [isOpen, setOpen] = useState(false);
  const [focusTerm, setFocusTerm] = useState<string | null>(null);
  const [wanted, setWanted] = useState(false);

  const open = useCallback((termId?: string) => {
    // Opened before the whole glossary has come (src/app/lesson-reading.ts): ask for it now.
    wantWhole?.();
    setFocusTerm(termId ?? null);
    setWanted(true);
    setOpen(true);
  }, [wantWhole]);
  const control = useMemo(() => ({ open }), [open]);

  return (
    <GlossaryContext.Provider value={control}>
      {children}
      {wanted && whole && (
        <Suspense fallback={null}>
          <GlossaryPanel terms={terms} open={isOpen} focusTerm={focusTerm} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </GlossaryContext.Provider>
  );
}

/** A term in the text that opens its glossary entry: a button drawn as a dotted link (text-links.css). */
export function TermLink({ termId, children }: { termId: string; children: ReactNode }) {
  const { open } = useGlossary();
  return (
    <button type="button" className="text-link text-link-button" onClick={() => open(termId)} aria-haspopup="dialog">
      {children}
    </button>
  );
}
