// @vitest-environment node
/**
 * The lesson's components alone in Chromium, on test pages Vite's dev server serves from the sources (no
 * build): the maps, leads and timelines (maps.ts) and the document cards (document-cards.ts). One file, so
 * one dev server bundles the pages' dependencies once; without Chromium these are skipped, as the other
 * browser tests are.
 */
import { describeDocumentCards } from './document-cards.ts';
import { devPagesForFile } from './journey.ts';
import { describeMaps } from './maps.ts';

const pages = devPagesForFile();
describeMaps(pages);
describeDocumentCards(pages);
