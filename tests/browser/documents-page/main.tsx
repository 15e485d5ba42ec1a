/**
 * A page with every document card of the real lesson, in light or dark (?mode=dark), for the real-browser
 * check of the cards (tests/browser/document-cards.ts, run by component-pages.test.ts): built from the sources.
 */
import lesson from 'virtual:lesson';
import { DocumentCard } from '../../../src/ui/documents/DocumentCard';
import { renderTestPage } from '../test-page';

renderTestPage(
  "The lesson's documents",
  (lesson.sources ?? []).map((source) => <DocumentCard key={source.id} source={source} headingLevel={2} />),
);
