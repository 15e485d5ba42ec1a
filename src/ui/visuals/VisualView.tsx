import type { Visual } from '../../content/model';
import { CauseEffect } from './CauseEffect';
import { Debate } from './Debate';
import { LeadVisual } from './LeadVisual';
import { RegionMap } from './RegionMap';
import { ThenNow } from './ThenNow';
import { Timeline } from './Timeline';
import { TreatyDocument } from './TreatyDocument';

/** Picks the view for a visual's kind. */
export function VisualView({ visual }: { visual: Visual }) {
  switch (visual.kind) {
    case 'timeline':
      return <Timeline visual={visual} />;
    case 'document':
      return <TreatyDocument visual={visual} />;
    case 'cause-effect':
      return <CauseEffect visual={visual} />;
    case 'then-now':
      return <ThenNow visual={visual} />;
    case 'debate':
      return <Debate visual={visual} />;
    case 'map':
      return <RegionMap visual={visual} />;
    case 'lead':
      return <LeadVisual visual={visual} />;
    case 'look-closer':
      // Drawn inside its document's card (DocumentCard), never on its own.
      return null;
  }
}
