import type { ReactNode } from 'react';
import type { Block, Inline } from '../content/model';
import { TermLink } from './Glossary';
import 'virtual:theme-variables.css';
import './rich-text.css';

/**
 * Renders the checked Markdown tree as React elements. Content can only ever become these
 * elements: there is no HTML string anywhere, so nothing in a content file can inject markup.
 * Native elements styled by a static stylesheet (rich-text.css).
 */
export function InlineText({ nodes }: { nodes: readonly Inline[] }) {
  return (
    <>
      {nodes.map((node, i) => {
        switch (node.t) {
          case 'text':
            return node.v;
          case 'em':
            return (
              <em key={i}>
                <InlineText nodes={node.c} />
              </em>
            );
          case 'strong':
            return (
              <strong key={i}>
                <InlineText nodes={node.c} />
              </strong>
            );
          case 'term':
            return (
              <TermLink key={i} termId={node.id}>
                <InlineText nodes={node.c} />
              </TermLink>
            );
        }
      })}
    </>
  );
}

export interface BlockSlots {
  /** How to show a visual or a check placed in the text; the section page decides. */
  renderVisual(id: string): ReactNode;
  renderCheck(id: string): ReactNode;
  /** How to show a document card placed with a ```source block. */
  renderSource?(id: string): ReactNode;
}

export function RichBlocks({ blocks, slots }: { blocks: readonly Block[]; slots: BlockSlots }) {
  return (
    <>
      {blocks.map((block, i) => (
        <RichBlock key={i} block={block} slots={slots} />
      ))}
    </>
  );
}

function RichBlock({ block, slots }: { block: Block; slots: BlockSlots }) {
  switch (block.t) {
    case 'p':
      return (
        <p className="rich-p">
          <InlineText nodes={block.c} />
        </p>
      );
    case 'h': {
      const Heading = block.level === 2 ? 'h2' : 'h3';
      return (
        <Heading id={block.anchor} className={block.level === 2 ? 'rich-h2' : 'rich-h3'}>
          <InlineText nodes={block.c} />
        </Heading>
      );
    }
    case 'ul':
    case 'ol': {
      const List = block.t;
      return (
        <List className="rich-list">
          {block.items.map((item, i) => (
            <li key={i}>
              <RichBlocks blocks={item} slots={slots} />
            </li>
          ))}
        </List>
      );
    }
    case 'quote':
      return (
        <blockquote className="rich-quote">
          <RichBlocks blocks={block.c} slots={slots} />
        </blockquote>
      );
    case 'visual':
      return <>{slots.renderVisual(block.id)}</>;
    case 'check':
      return <>{slots.renderCheck(block.id)}</>;
    case 'source':
      return <>{slots.renderSource?.(block.id)}</>;
  }
}
