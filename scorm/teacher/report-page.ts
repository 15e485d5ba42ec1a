/**
 * class-report.html: the report page (src/report/page) bundled by Vite into one script and one style
 * sheet, both inlined with the item bank into a single file that works opened from the file system.
 * Its Content-Security-Policy allows only those inline blocks, by hash, and no request of any kind.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ItemBank } from '../../src/report/item-bank.ts';
import { esc, pageStart, scriptJson } from './html.ts';

interface Bundle {
  readonly js: string;
  readonly css: string;
}

interface OutputItem {
  readonly type: 'chunk' | 'asset';
  readonly fileName: string;
  readonly code?: string;
  readonly source?: string | Uint8Array;
}

/** Build the page's script and style once (Vite library mode, one IIFE, minified). */
export async function bundleReportPage(root: string): Promise<Bundle> {
  const { build } = await import('vite');
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const result = await build({
      configFile: false,
      root,
      logLevel: 'warn',
      mode: 'production',
      build: {
        write: false,
        emptyOutDir: false,
        minify: true,
        sourcemap: false,
        cssCodeSplit: false,
        modulePreload: false,
        lib: { entry: join(root, 'src/report/page/main.ts'), formats: ['iife'], name: 'ClassReport', fileName: () => 'class-report.js' },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? (r.output as readonly OutputItem[]) : []));
    const js = outputs.filter((o) => o.type === 'chunk').map((o) => o.code ?? '').join('\n');
    const css = outputs
      .filter((o) => o.type === 'asset' && o.fileName.endsWith('.css'))
      .map((o) => (typeof o.source === 'string' ? o.source : new TextDecoder().decode(o.source)))
      .join('\n');
    if (!js) throw new Error('The class report page did not build: no script came out of Vite.');
    return { js, css };
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function classReportHtml(bank: ItemBank, bundle: Bundle): string {
  // An inline script ends at the first "</script": keep it from ever appearing inside the code.
  const js = bundle.js.replace(/<\/script/gi, '<\\/script');
  const css = bundle.css.replace(/<\/style/gi, '<\\/style');
  const csp = [`default-src 'none'`, `script-src ${sha256(js)}`, `style-src ${sha256(css)}`, `img-src data:`, `base-uri 'none'`, `form-action 'none'`].join('; ');
  const title = `${bank.lesson.title} (version ${bank.lesson.version})`;
  return `${pageStart({ lang: 'en', title: `Class report: ${title}`, csp, css })}<header>
<h1>Class report: ${esc(bank.lesson.title)}</h1>
<p class="intro">For lesson version ${esc(bank.lesson.version)}. Choose or drop your LMS's export below. It is read in this browser only: nothing is sent anywhere, and this page works with no internet connection.</p>
</header>
<main>
<div id="drop" class="drop-area">
<label for="files">Choose export files from your LMS</label>
<input id="files" type="file" multiple accept=".txt,.tsv,.csv,.xlsx,.json" aria-describedby="files-hint">
<p id="files-hint" class="hint">Or drag them onto this page. Reads Moodle's Interactions report (the "text" or Excel download, with "Summary of question", "Right answer" and "Result" ticked), SCORM Cloud registration JSON, and the preview LMS's exports. Several files are read as one class.</p>
</div>
<p id="status" role="status" aria-live="polite"></p>
<div id="problems" role="alert" tabindex="-1"></div>
<div id="report"></div>
</main>
<footer>
<h2>How the figures are worked out</h2>
<p>Question figures use the learners who finished the lesson; a question they skipped counts as wrong. Facility is the share right at the first try, and within the tries allowed. Discrimination is the item–rest correlation on first tries, as Moodle's quiz statistics compute it; below 0.10 it is flagged as weak. Cronbach's α is worked out over every check; 0.75 or more is satisfactory, below 0.64 low. Mastery of a section means at least ${esc(bank.scoring.passingScore)}% of its checks right within the tries, as the lesson scores it.</p>
</footer>
<script type="application/json" id="item-bank">${scriptJson(bank)}</script>
<script>${js}</script>
</body>
</html>
`;
}
