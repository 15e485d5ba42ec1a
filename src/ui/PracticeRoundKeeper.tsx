/**
 * Keeps the practice round while the learner leaves the results: a "Reread" link inside the round goes
 * to a section, which unmounts the results view, and the round (its tries, its tally) must still be there
 * when the learner comes back to carry on. It lives above the steps and below nothing saved: like the
 * round itself it is never part of the lesson state, so it ends with the page.
 */
import { createContext, useContext, useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import type { PracticeRound } from '../lesson/practice';

type Kept = readonly [PracticeRound | null, Dispatch<SetStateAction<PracticeRound | null>>];

const KeeperContext = createContext<Kept | null>(null);

export function PracticeRoundKeeper({ children }: { children: ReactNode }) {
  const kept = useState<PracticeRound | null>(null);
  return <KeeperContext.Provider value={kept}>{children}</KeeperContext.Provider>;
}

/** The kept round; a results view rendered without the keeper (alone, in a test) keeps its own. */
export function useKeptPracticeRound(): Kept {
  const own = useState<PracticeRound | null>(null);
  return useContext(KeeperContext) ?? own;
}
