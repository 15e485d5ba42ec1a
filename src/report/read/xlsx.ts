/**
 * The first sheet of an .xlsx workbook as rows of text, read with fflate (already used to build the zips)
 * and a small reader for the two parts that hold cell values (sharedStrings.xml, the sheet). Pure: it
 * runs the same in Node (npm run report) and in the class report page, with no DOM and no XML library.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { Rows } from './delimited.ts';

export class XlsxError extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** The text of every <t> inside an element (a shared string may be split into rich-text runs). */
function texts(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += unescapeXml(m[1] ?? '');
  return out;
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1] ?? '') : undefined;
}

function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? '';
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function part(files: Record<string, Uint8Array>, path: string): string | null {
  const data = files[path];
  return data ? strFromU8(data) : null;
}

/** The path of the workbook's first sheet, through workbook.xml and its relationships. */
function firstSheetPath(files: Record<string, Uint8Array>): string {
  const workbook = part(files, 'xl/workbook.xml');
  const rels = part(files, 'xl/_rels/workbook.xml.rels');
  const sheetTag = workbook ? /<sheet\s[^>]*>/.exec(workbook)?.[0] : undefined;
  const relId = sheetTag ? attr(sheetTag, 'r:id') : undefined;
  if (rels && relId) {
    for (const m of rels.matchAll(/<Relationship\s[^>]*>/g)) {
      if (attr(m[0], 'Id') === relId) {
        const target = attr(m[0], 'Target') ?? '';
        return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
      }
    }
  }
  return 'xl/worksheets/sheet1.xml';
}

export function readXlsx(bytes: Uint8Array): Rows {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new XlsxError('it is not a readable Excel workbook (the file is damaged or not an .xlsx).');
  }
  const sheet = part(files, firstSheetPath(files));
  if (sheet === null) throw new XlsxError('the workbook has no sheet.');
  const shared = [...(part(files, 'xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1] ?? ''));

  const rows: Rows = [];
  for (const rowMatch of sheet.matchAll(/<row\b[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const cells: string[] = [];
    for (const c of (rowMatch[1] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const tag = `<c${c[1] ?? ''}>`;
      const body = c[2] ?? '';
      const index = columnIndex(attr(tag, 'r') ?? '');
      const type = attr(tag, 't');
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value = '';
      if (type === 's') value = shared[Number(v)] ?? '';
      else if (type === 'inlineStr') value = texts(body);
      else if (v !== undefined) value = unescapeXml(v);
      // Whole numbers written as "100.0" read as "100", as the text download writes them.
      if (type === undefined || type === 'n') value = value.replace(/^(-?\d+)\.0+$/, '$1');
      cells[index >= 0 ? index : cells.length] = value;
    }
    rows.push(Array.from(cells, (cell) => cell ?? ''));
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}
