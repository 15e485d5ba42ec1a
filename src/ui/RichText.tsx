import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { Block, Inline } from '../content/model';
import { TermLink } from './Glossary';

/**
 * Renders the checked Markdown tree as React elements. Content can only ever become these
 * elements: there is no HTML string anywhere, so nothing in a content file can inject markup.
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
        <Typography component="p" sx={{ mb: 2 }}>
          <InlineText nodes={block.c} />
        </Typography>
      );
    case 'h':
      return (
        <Typography
          id={block.anchor}
          variant={block.level === 2 ? 'h2' : 'h3'}
          component={block.level === 2 ? 'h2' : 'h3'}
          sx={{ mt: 4, mb: 1.5, scrollMarginTop: '8rem' }}
        >
          <InlineText nodes={block.c} />
        </Typography>
      );
    case 'ul':
    case 'ol':
      return (
        <Box component={block.t} sx={{ pl: 3, mb: 2 }}>
          {block.items.map((item, i) => (
            <Box component="li" key={i} sx={{ mb: 0.5, '& > p': { mb: 0.5 } }}>
              <RichBlocks blocks={item} slots={slots} />
            </Box>
          ))}
        </Box>
      );
    case 'quote':
      return (
        <Box component="blockquote" sx={{ borderLeft: 4, borderColor: 'secondary.main', pl: 2, ml: 0, my: 2, fontStyle: 'italic' }}>
          <RichBlocks blocks={block.c} slots={slots} />
        </Box>
      );
    case 'visual':
      return <>{slots.renderVisual(block.id)}</>;
    case 'check':
      return <>{slots.renderCheck(block.id)}</>;
    case 'source':
      return <>{slots.renderSource?.(block.id)}</>;
  }
}
