// @vitest-environment node
/**
 * The lesson's components alone in Chromium, on test pages built from the sources with the lesson's Vite
 * config: the maps, leads and timelines (maps.ts) and the document cards (document-cards.ts). One file, so
 * the pages are built once; without Chromium these are skipped, as the other browser tests are.
 */
import { describeDocumentCards } from './document-cards.ts';
import { testPagesForFile } from './journey.ts';
import { describeMaps } from './maps.ts';

const pages = testPagesForFile();
describeMaps(pages);
describeDocumentCards(pages);
