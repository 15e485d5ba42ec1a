/**
 * A page with every map, lead and timeline of the real lesson, in light or dark (?mode=dark), for the
 * real-browser check of the maps (tests/browser/maps.ts, run by component-pages.test.ts): built from the sources.
 */
import lesson from 'virtual:lesson';
import { VisualView } from '../../../src/ui/visuals/VisualView';
import { renderTestPage } from '../test-page';

const only = new URLSearchParams(location.search).get('visual');
const visuals = lesson.sections.flatMap((s) => Object.entries(s.visuals)).filter(([id, v]) => (only ? id === only : v.kind === 'map' || v.kind === 'lead' || v.kind === 'timeline'));
renderTestPage(
  "The lesson's maps",
  visuals.map(([id, v]) => (
    <section key={id} id={id} aria-label={id}>
      <VisualView visual={v} />
    </section>
  )),
);
