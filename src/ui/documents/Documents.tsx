import { lazy, Suspense, useState } from 'react';
import type { Lesson } from '../../content/model';
import 'virtual:theme-variables.css';
import '../buttons.css';

const DocumentsPanel = lazy(() => import('./DocumentsPanel'));

/**
 * The header button that opens the list of all documents, beside the glossary. The panel is loaded
 * the first time it is opened. Drawn as the Glossary button beside it is
 * (buttons.css: outlined, in the header's colour).
 */
export function DocumentsButton({ lesson, whole = true, wantWhole }: { lesson: Lesson; whole?: boolean; wantWhole?: () => void }) {
  const [isOpen, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  if ((lesson.sources ?? []).length === 0) return null;
  return (
    <>
      <button
        type="button"
        className="lesson-button lesson-button-outlined lesson-button-inherit"
        aria-haspopup="dialog"
        onClick={() => {
          // Opened before every document has come (src/app/lesson-reading.ts): ask for them now.
          wantWhole?.();
          setWanted(true);
          setOpen(true);
        }}
      >
        Documents
      </button>
      {wanted && whole && (
        <Suspense fallback={null}>
          <DocumentsPanel lesson={lesson} open={isOpen} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
