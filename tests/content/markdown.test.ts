// @vitest-environment node
/** Section Markdown becomes the expected Block[], and placements carry file line numbers. */
import { describe, expect, it } from 'vitest';
import { Problems } from '../../src/content/errors';
import { markdownToBlocks } from '../../src/content/markdown';

const SAMPLE = `## The border war

A paragraph with *emphasis*, **strong** text
and a [*puppet* state](glossary:puppet-state).\\
After a hard break.

### Details

- First point
- Second point with **bold**

1. One
2. Two

   A second paragraph in item two.

> A quote with a [term](glossary:ratification).

\`\`\`visual
road-to-1941
\`\`\`

\`\`\`check
context_khalkhin_where
\`\`\`
`;

describe('markdownToBlocks', () => {
  it('converts the allowed subset to blocks', () => {
    const problems = new Problems();
    const result = markdownToBlocks(SAMPLE, 'lessons/x/01-context.md', problems);
    expect(problems.count).toBe(0);
    expect(result.blocks).toEqual([
      { t: 'h', level: 2, c: [{ t: 'text', v: 'The border war' }] },
      {
        t: 'p',
        c: [
          { t: 'text', v: 'A paragraph with ' },
          { t: 'em', c: [{ t: 'text', v: 'emphasis' }] },
          { t: 'text', v: ', ' },
          { t: 'strong', c: [{ t: 'text', v: 'strong' }] },
          // The soft line break became a space and merged with its neighbours.
          { t: 'text', v: ' text and a ' },
          { t: 'term', id: 'puppet-state', c: [{ t: 'em', c: [{ t: 'text', v: 'puppet' }] }, { t: 'text', v: ' state' }] },
          // The hard break too.
          { t: 'text', v: '. After a hard break.' },
        ],
      },
      { t: 'h', level: 3, c: [{ t: 'text', v: 'Details' }] },
      {
        t: 'ul',
        items: [
          [{ t: 'p', c: [{ t: 'text', v: 'First point' }] }],
          [{ t: 'p', c: [{ t: 'text', v: 'Second point with ' }, { t: 'strong', c: [{ t: 'text', v: 'bold' }] }] }],
        ],
      },
      {
        t: 'ol',
        items: [
          [{ t: 'p', c: [{ t: 'text', v: 'One' }] }],
          [
            { t: 'p', c: [{ t: 'text', v: 'Two' }] },
            { t: 'p', c: [{ t: 'text', v: 'A second paragraph in item two.' }] },
          ],
        ],
      },
      {
        t: 'quote',
        c: [{ t: 'p', c: [{ t: 'text', v: 'A quote with a ' }, { t: 'term', id: 'ratification', c: [{ t: 'text', v: 'term' }] }, { t: 'text', v: '.' }] }],
      },
      { t: 'visual', id: 'road-to-1941' },
      { t: 'check', id: 'context_khalkhin_where' },
    ]);
  });

  it('returns glossary links, visuals and checks with their lines in the file', () => {
    // As if the body started on line 11 of its file, after the front matter.
    const result = markdownToBlocks(SAMPLE, 'lessons/x/01-context.md', new Problems(), 10);
    expect(result.terms).toEqual([
      { id: 'puppet-state', line: 14 },
      { id: 'ratification', line: 27 },
    ]);
    expect(result.visuals).toEqual([{ id: 'road-to-1941', line: 29 }]);
    expect(result.checks).toEqual([{ id: 'context_khalkhin_where', line: 33 }]);
  });

  it('rejects everything outside the subset, each with its line', () => {
    const problems = new Problems();
    const source = [
      '# Title', // 1
      '', // 2
      'Some <span>html</span> and `code`.', // 3
      '', // 4
      '![a picture](x.png)', // 5
      '', // 6
      '***', // 7
      '', // 8
      '```js', // 9
      'x()', // 10
      '```', // 11
      '', // 12
      '#### Too deep', // 13
      '', // 14
      '| a | b |', // 15
      '|---|---|', // 16
    ].join('\n');
    markdownToBlocks(source, 'f.md', problems);
    let message = '';
    try {
      problems.throwIfAny();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n').slice(1).map((line) => line.split(': ').slice(0, 2).join(': '))).toEqual([
      'f.md: line 1',
      'f.md: line 3',
      'f.md: line 3',
      'f.md: line 5',
      'f.md: line 7',
      'f.md: line 9',
      'f.md: line 13',
      'f.md: line 15',
    ]);
    expect(message).toContain('raw HTML is not allowed');
    expect(message).toContain('inline code');
    expect(message).toContain('images are not allowed');
    expect(message).toContain('tables are not allowed');
  });
});
