/**
 * One entry point for every export a teacher may drop in: it recognises the file by its content (not its
 * name), reads it, and turns anything it cannot read into an ExportError that says what the file is and
 * what to download instead.
 */
import { ExportError, type ClassRecord } from '../class-data.ts';
import { ITEM_BANK_FORMAT } from '../item-bank.ts';
import { detectDelimiter, parseDelimited } from './delimited.ts';
import { readMoodle } from './moodle.ts';
import { isPreviewExport, readPreview } from './preview.ts';
import { isScormCloud, readScormCloud } from './scorm-cloud.ts';
import { readXlsx, XlsxError } from './xlsx.ts';

const WHAT_TO_DROP =
  "Drop in Moodle's Interactions report download (text or Excel), a SCORM Cloud registration JSON, or the preview LMS's export.";

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function readExport(fileName: string, bytes: Uint8Array): ClassRecord {
  if (bytes.length === 0) throw new ExportError(fileName, 'the file is empty.', WHAT_TO_DROP);
  if (isZip(bytes)) {
    let rows;
    try {
      rows = readXlsx(bytes);
    } catch (error) {
      if (error instanceof XlsxError) {
        const zipHint = /\.zip$/i.test(fileName) ? ' It looks like a zip (a SCORM package?), not a report.' : '';
        throw new ExportError(fileName, `${error.message}${zipHint}`, WHAT_TO_DROP);
      }
      throw error;
    }
    if (rows.length === 0) throw new ExportError(fileName, 'the workbook is empty.', WHAT_TO_DROP);
    return readMoodle(rows, fileName, 'moodle-xlsx');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ExportError(fileName, 'this is not a text file, an Excel workbook or a JSON file the report knows (it may be damaged).', WHAT_TO_DROP);
  }
  if (text.includes('\u0000')) throw new ExportError(fileName, 'this is a binary file, not a report export.', WHAT_TO_DROP);
  const trimmed = text.trim();
  if (trimmed === '') throw new ExportError(fileName, 'the file is empty.', WHAT_TO_DROP);
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      throw new ExportError(fileName, 'this JSON file is damaged (it stops or breaks part-way), so nothing in it can be read.', 'Download or export it again.');
    }
    if (typeof json === 'object' && json !== null && (json as { format?: unknown }).format === ITEM_BANK_FORMAT) {
      throw new ExportError(fileName, 'this is the lesson\'s item bank (items.json), which the report already has; it is not a class export.', WHAT_TO_DROP);
    }
    if (isPreviewExport(json)) return readPreview(json, fileName);
    if (isScormCloud(json)) return readScormCloud(json, fileName);
    throw new ExportError(fileName, 'this JSON file is neither a SCORM Cloud registration nor a preview LMS export.', WHAT_TO_DROP);
  }
  const delimiter = detectDelimiter(trimmed);
  if (!delimiter) throw new ExportError(fileName, 'this text file has no columns (no tabs or commas), so it is not a report download.', WHAT_TO_DROP);
  return readMoodle(parseDelimited(text, delimiter), fileName, 'moodle-text');
}
