/**
 * Section Markdown → Block[] (model.ts), allowing only the small subset the content guide lists.
 *
 * This is the one place author text becomes page structure, so it is an allow-list: every mdast node
 * type not handled below is reported as an error with its line. In particular raw HTML never becomes
 * a block, which is what lets the views render the model without any HTML escaping concerns.
 *
 * Glossary links, visuals and checks are also returned as placements with their lines, so the loader
 * can check that they exist and report the line where a wrong one was written.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { Block, Inline } from './model.ts';
import type { Problems } from './errors.ts';

export interface Placement {
  readonly id: string;
  /** Line in the section file (not in the body). */
  readonly line: number;
}

export interface MarkdownResult {
  readonly blocks: Block[];
  readonly terms: Placement[];
  readonly visuals: Placement[];
  readonly checks: Placement[];
  readonly sources: Placement[];
}

const GLOSSARY_SCHEME = 'glossary:';

/**
 * Converts a section body. `lineOffset` is added to body line numbers so that messages point at the
 * line in the whole file (the front matter comes first).
 */
export function markdownToBlocks(source: string, file: string, problems: Problems, lineOffset = 0): MarkdownResult {
  const result: MarkdownResult = { blocks: [], terms: [], visuals: [], checks: [], sources: [] };
  const lineOf = (node: Nodes): number => (node.position?.start.line ?? 1) + lineOffset;
  const fail = (node: Nodes, message: string): void => problems.add(file, `line ${lineOf(node)}`, message);

  function inlines(nodes: readonly PhrasingContent[]): Inline[] {
    const out: Inline[] = [];
    for (const node of nodes) {
      const inline = toInline(node);
      if (!inline) continue;
      // Line breaks become spaces, which leaves neighbouring text nodes to merge into one.
      const last = out[out.length - 1];
      if (inline.t === 'text' && last?.t === 'text') out[out.length - 1] = { t: 'text', v: last.v + inline.v };
      else out.push(inline);
    }
    return out;
  }

  function toInline(node: PhrasingContent): Inline | undefined {
    switch (node.type) {
      case 'text':
        // A soft line break is a newline inside the text; on the page it is a space.
        return { t: 'text', v: node.value.replace(/[ \t]*\n[ \t]*/g, ' ') };
      case 'break':
        return { t: 'text', v: ' ' };
      case 'emphasis':
        return { t: 'em', c: inlines(node.children) };
      case 'strong':
        return { t: 'strong', c: inlines(node.children) };
      case 'link': {
        if (!node.url.startsWith(GLOSSARY_SCHEME)) {
          fail(node, `link to "${node.url}" is not allowed: only glossary links, written [text](glossary:term-id)`);
          return undefined;
        }
        const id = node.url.slice(GLOSSARY_SCHEME.length);
        if (id === '') fail(node, 'glossary link without a term id: write [text](glossary:term-id)');
        else result.terms.push({ id, line: lineOf(node) });
        const c = inlines(node.children);
        if (c.length === 0) fail(node, `glossary link to "${id}" has no text`);
        return { t: 'term', id, c };
      }
      case 'html':
        fail(node, 'raw HTML is not allowed');
        return undefined;
      case 'image':
      case 'imageReference':
        fail(node, 'images are not allowed in the text; use a visual');
        return undefined;
      case 'inlineCode':
        fail(node, `inline code (\`${node.value}\`) is not allowed`);
        return undefined;
      case 'linkReference':
        fail(node, 'reference-style links are not allowed: only glossary links, written [text](glossary:term-id)');
        return undefined;
      default:
        fail(node, `${node.type} is not allowed in the text`);
        return undefined;
    }
  }

  function blocks(nodes: readonly RootContent[]): Block[] {
    const out: Block[] = [];
    for (const node of nodes) {
      const block = toBlock(node);
      if (block) out.push(block);
    }
    return out;
  }

  function toBlock(node: RootContent): Block | undefined {
    switch (node.type) {
      case 'paragraph': {
        // Without the GFM extension a table is a paragraph of | lines; catch it by its |---| row.
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        const raw = start !== undefined && end !== undefined ? source.slice(start, end) : '';
        if (/^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/m.test(raw) && raw.includes('|')) {
          fail(node, 'tables are not allowed; use a visual');
          return undefined;
        }
        const c = inlines(node.children);
        return c.length > 0 ? { t: 'p', c } : undefined;
      }
      case 'heading': {
        if (node.depth === 1) {
          fail(node, 'level-1 headings (#) are not allowed: the section title is the page heading; use ## or ###');
          return undefined;
        }
        if (node.depth > 3) {
          fail(node, `level-${node.depth} headings are not allowed; use ## or ###`);
          return undefined;
        }
        const c = inlines(node.children);
        if (c.length === 0) fail(node, 'heading has no text');
        return { t: 'h', level: node.depth === 2 ? 2 : 3, c };
      }
      case 'list':
        return {
          t: node.ordered ? 'ol' : 'ul',
          items: node.children.map((item) => blocks(item.children)),
        };
      case 'blockquote':
        return { t: 'quote', c: blocks(node.children) };
      case 'code':
        return placement(node.lang, node.value, node);
      case 'html':
        fail(node, 'raw HTML is not allowed');
        return undefined;
      case 'thematicBreak':
        fail(node, 'horizontal rules (---, ***) are not allowed; use a ## heading to start a new part');
        return undefined;
      case 'definition':
        fail(node, 'link reference definitions are not allowed: only glossary links, written [text](glossary:term-id)');
        return undefined;
      default:
        fail(node, `${node.type} is not allowed in the text`);
        return undefined;
    }
  }

  /** ```visual, ```check and ```source blocks place a visual, a check or a document; other code is an error. */
  function placement(lang: string | null | undefined, value: string, node: Nodes): Block | undefined {
    if (lang !== 'visual' && lang !== 'check' && lang !== 'source') {
      fail(
        node,
        lang
          ? `code blocks are not allowed (\`\`\`${lang}); only \`\`\`visual, \`\`\`check and \`\`\`source`
          : 'code blocks are not allowed; only ```visual, ```check and ```source (indented lines also make code: remove the indent)',
      );
      return undefined;
    }
    const id = value.trim();
    if (id === '' || /\s/.test(id)) {
      fail(node, `a \`\`\`${lang} block must hold exactly one ${lang} id`);
      return undefined;
    }
    (lang === 'visual' ? result.visuals : lang === 'check' ? result.checks : result.sources).push({ id, line: lineOf(node) });
    return { t: lang, id };
  }

  result.blocks.push(...blocks(fromMarkdown(source).children));
  return result;
}
