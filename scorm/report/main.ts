/**
 * `npm run report -- <export file>... [--json out.json] [--items items.json]`
 *
 * Reads LMS exports (Moodle's Interactions download as text or Excel, SCORM Cloud registration JSON, the
 * preview LMS's export), prints the class report's tables, and with --json writes its figures for scripts.
 * The item bank is built from the lesson in lessons/, or read from a teacher kit's items.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../../src/content/errors.ts';
import { loadLesson } from '../../src/content/load.ts';
import { buildItemBank } from '../teacher/build-item-bank.ts';
import { analyseClass, ExportError, ITEM_BANK_FORMAT, readExport, reportJson, type ClassRecord, type ItemBank } from '../../src/report/index.ts';
import { PROJECT_ROOT } from '../lib/project-root.ts';
import { reportText } from './text-tables.ts';

const root = PROJECT_ROOT;
const USAGE = 'Usage: npm run report -- <export file>... [--json out.json] [--items items.json]';

interface Args {
  files: string[];
  json?: string;
  items?: string;
}

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json' || arg === '--items') {
      const value = argv[++i];
      if (!value) throw new Error(`${arg} needs a file name.\n${USAGE}`);
      if (arg === '--json') args.json = value;
      else args.items = value;
    } else if (arg.startsWith('--')) throw new Error(`Unknown option "${arg}".\n${USAGE}`);
    else args.files.push(arg);
  }
  if (args.files.length === 0) throw new Error(`No export file given.\n${USAGE}`);
  return args;
}

function readBank(path: string | undefined): ItemBank {
  if (!path) return buildItemBank(loadLesson(root));
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new Error(`${path}: not a readable items.json (take it from the teacher kit, packages/<lesson>-<version>-teacher/).`);
  }
  if ((json as { format?: unknown }).format !== ITEM_BANK_FORMAT) throw new Error(`${path}: not a lesson item bank (items.json from the teacher kit).`);
  return json as ItemBank;
}

export function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  const bank = readBank(args.items);
  const records: ClassRecord[] = [];
  let failed = 0;
  for (const file of args.files) {
    try {
      records.push(readExport(basename(file), new Uint8Array(readFileSync(file))));
    } catch (error) {
      failed++;
      if (error instanceof ExportError) console.error(`Cannot read ${error.message}${error.action ? `\n  What to do: ${error.action}` : ''}`);
      else console.error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (records.length === 0) return 1;
  const report = analyseClass(bank, records);
  console.log(reportText(report));
  if (args.json) {
    writeFileSync(args.json, `${JSON.stringify(reportJson(report), null, 2)}\n`);
    console.log(`\nFigures written to ${args.json}.`);
  }
  return failed > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof ContentError || error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
