/**
 * Delimited text as Moodle's "text" download writes it: PHP's fputcsv with a tab, so a field is quoted
 * when it holds a space, a tab, a quote or a line break, and quotes inside are doubled. Commas are
 * accepted too, for a file re-saved as CSV by a spreadsheet.
 */
export type Rows = string[][];

export function detectDelimiter(text: string): '\t' | ',' | null {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  if (firstLine.includes('\t')) return '\t';
  if (firstLine.includes(',')) return ',';
  return null;
}

export function parseDelimited(input: string, delimiter: '\t' | ','): Rows {
  const text = input.replace(/^\uFEFF/, '');
  const rows: Rows = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}
