/**
 * Rules for the documents (sources.yaml) and for quoting them:
 * - source ids are unique, each belongs to a real section and is placed (```source) in that section;
 * - a document-based check's excerpt is copied word for word from its source;
 * - a look-closer task names a document of its own section and a place in its card;
 * - any passage of four or more words in double quotation marks, in the text, the visuals or the
 *   checks, appears word for word in one of the documents. Authors cannot paraphrase inside quotation
 *   marks: a quotation is either the document's words or not a quotation.
 */
import type { Problems } from './errors.ts';
import type { Block, Inline } from './model.ts';
import type { QuizSource, SectionSource } from './read.ts';
import type { CheckInput, SourcesFile } from './schema.ts';
import { appearsVerbatim, quotationsIn } from './quote-text.ts';
import { sectionIdOf } from './cross-file-rules.ts';

export interface SourceRuleInput {
  readonly sourcesFile: string;
  readonly sources?: SourcesFile;
  readonly sectionIds: readonly string[];
  readonly sections: readonly SectionSource[];
  readonly quizzes: readonly QuizSource[];
}

/** Every English text of every document: what a quotation may be taken from. */
function documentTexts(sources: SourcesFile | undefined): string[] {
  return (sources?.sources ?? []).flatMap((s) => s.excerpts.flatMap((e) => [e.text, ...(e.heading ? [e.heading] : [])]));
}

function inlineText(nodes: readonly Inline[]): string {
  return nodes.map((n) => (n.t === 'text' ? n.v : inlineText(n.c))).join('');
}

/** Paragraphs and list items of a body as plain text, for finding quotations. */
function blockTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.t) {
      case 'p':
      case 'h':
        return [inlineText(b.c)];
      case 'ul':
      case 'ol':
        return b.items.flatMap(blockTexts);
      case 'quote':
        return blockTexts(b.c);
      default:
        return [];
    }
  });
}

/** Every string in a value with the path to it (for visuals and checks). */
function stringsWithPaths(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsWithPaths(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => stringsWithPaths(v, path === '' ? k : `${path}.${k}`));
  }
  return [];
}

const notVerbatim = (quote: string) =>
  `the quotation "${quote}" is not word for word in any document of sources.yaml: quote a document exactly (mark left-out words with […]) or drop the quotation marks`;

export function sourceRules(input: SourceRuleInput, problems: Problems): void {
  const { sourcesFile, sources, sectionIds, sections, quizzes } = input;
  const list = sources?.sources ?? [];
  const texts = documentTexts(sources);

  // Ids unique; sections real.
  const firstAt = new Map<string, number>();
  list.forEach((s, i) => {
    const earlier = firstAt.get(s.id);
    if (earlier !== undefined) problems.add(sourcesFile, `sources[${i}].id`, `"${s.id}" is also sources[${earlier}].id`);
    else firstAt.set(s.id, i);
    if (!sectionIds.includes(s.section)) {
      problems.add(sourcesFile, `sources[${i}].section`, `unknown section "${s.section}": it is not one of lesson.yaml's sections (${sectionIds.join(', ')})`);
    }
  });

  // Placements: each ```source names a document of this section; each document is placed somewhere.
  const placed = new Set<string>();
  for (const section of sections) {
    if (!section.body) continue;
    const id = sectionIdOf(section);
    for (const p of section.body.sources) {
      const source = list.find((s) => s.id === p.id);
      if (!source) {
        problems.add(section.file, `line ${p.line}`, `source "${p.id}" is not in ${sourcesFile}`);
      } else if (source.section !== id) {
        problems.add(section.file, `line ${p.line}`, `source "${p.id}" belongs to section "${source.section}" (its section in ${sourcesFile}); place it there`);
      } else if (placed.has(p.id)) {
        problems.add(section.file, `line ${p.line}`, `source "${p.id}" is placed twice; place each document once, where it belongs`);
      }
      placed.add(p.id);
    }
    // Quotations in the running text.
    for (const text of blockTexts(section.body.blocks)) {
      for (const quote of quotationsIn(text)) if (!appearsVerbatim(quote, texts)) problems.add(section.file, 'text', notVerbatim(quote));
    }
    lookCloserRules(section, list, problems);
    // Quotations in the visuals (debate arguments, captions, ...).
    for (const [visualId, visual] of Object.entries(section.frontMatter?.visuals ?? {})) {
      for (const { path, text } of stringsWithPaths(visual, `visuals.${visualId}`)) {
        for (const quote of quotationsIn(text)) if (!appearsVerbatim(quote, texts)) problems.add(section.file, path, notVerbatim(quote));
      }
    }
  }
  if (sections.every((s) => s.body)) {
    list.forEach((s, i) => {
      if (!placed.has(s.id)) {
        problems.add(sourcesFile, `sources[${i}]`, `"${s.id}" is not placed in its section "${s.section}": add a \`\`\`source block naming it where it belongs`);
      }
    });
  }

  for (const quiz of quizzes) {
    for (const { check, field } of quiz.checks) documentRules(check, quiz.file, field, list, texts, problems);
  }
}

/**
 * A look-closer task is drawn inside the card of a document of its own section, at `after`; it is not
 * placed in the text on its own.
 */
function lookCloserRules(section: SectionSource, list: SourcesFile['sources'], problems: Problems): void {
  const sectionId = sectionIdOf(section);
  for (const [id, visual] of Object.entries(section.frontMatter?.visuals ?? {})) {
    if (visual.kind !== 'look-closer') continue;
    const placedAt = section.body?.visuals.find((p) => p.id === id)?.line;
    if (placedAt !== undefined) {
      problems.add(section.file, `line ${placedAt}`, `"${id}" is a look-closer task: it is drawn inside the card of its document ("${visual.source}"), where its \`after\` says; remove this \`\`\`visual block`);
    }
    const source = list.find((s) => s.id === visual.source);
    if (!source) {
      problems.add(section.file, `visuals.${id}.source`, `"${visual.source}" is not a source in sources.yaml`);
      continue;
    }
    if (source.section !== sectionId) {
      problems.add(section.file, `visuals.${id}.source`, `"${visual.source}" belongs to section "${source.section}": a look-closer task goes with a document of its own section`);
    }
    const headings = source.excerpts.flatMap((e) => (e.heading ? [e.heading] : []));
    if (visual.after !== 'header' && visual.after !== 'text' && !headings.includes(visual.after)) {
      const choices = ['header', 'text', ...headings].join(', ');
      problems.add(section.file, `visuals.${id}.after`, `"${visual.after}" is not a place in "${source.id}": use one of ${choices}`);
    }
  }
}

function documentRules(
  check: CheckInput,
  file: string,
  field: string,
  list: SourcesFile['sources'],
  texts: readonly string[],
  problems: Problems,
): void {
  if (check.document) {
    const source = list.find((s) => s.id === check.document?.source);
    if (!source) {
      problems.add(file, `${field}.document.source`, `"${check.document.source}" is not a source in sources.yaml`);
    } else if (!appearsVerbatim(check.document.excerpt, source.excerpts.map((e) => e.text))) {
      problems.add(file, `${field}.document.excerpt`, `is not word for word in "${source.id}": an excerpt must copy the document exactly (mark left-out words with […])`);
    }
  }
  const { document: _document, ...rest } = check;
  for (const { path, text } of stringsWithPaths(rest, field)) {
    for (const quote of quotationsIn(text)) if (!appearsVerbatim(quote, texts)) problems.add(file, path, notVerbatim(quote));
  }
}
