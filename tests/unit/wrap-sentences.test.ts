import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import Markdown from 'react-markdown';
import { describe, expect, it } from 'vitest';

import { toParagraphs, paragraphSentences } from '@/lib/content';
import { wrapSentences } from '@/components/article/wrap-sentences';

/** A paragraph of Markdown rendered as the article renders it, with each sentence in a span. */
function render(markdown: string): string {
  const [paragraph] = toParagraphs(markdown);
  if (!paragraph) throw new Error('no paragraph');
  const sentences = paragraphSentences(paragraph);
  return renderToStaticMarkup(
    createElement(
      Markdown,
      { allowedElements: ['em', 'strong', 'a', 'code', 'del', 'br', 'span'], unwrapDisallowed: true, skipHtml: true, rehypePlugins: [[wrapSentences, { sentences }]] },
      markdown,
    ),
  );
}

describe('wrapSentences', () => {
  it.each([
    ['plain prose', 'Xi landed. Putin waited.', '<span id="s-1-1" data-sentence="1.1">Xi landed.</span> <span id="s-1-2" data-sentence="1.2">Putin waited.</span>'],
    [
      'an abbreviation and an initialism, which end no sentence',
      'Mr. Xi met U.S. envoys. They talked.',
      '<span id="s-1-1" data-sentence="1.1">Mr. Xi met U.S. envoys.</span> <span id="s-1-2" data-sentence="1.2">They talked.</span>',
    ],
    [
      'a link inside a sentence, kept whole',
      'Read [the report](https://example.org) now. Then vote.',
      '<span id="s-1-1" data-sentence="1.1">Read <a href="https://example.org">the report</a> now.</span> <span id="s-1-2" data-sentence="1.2">Then vote.</span>',
    ],
    [
      'emphasis across two sentences, split in two',
      'It *rose. Then it* fell.',
      '<span id="s-1-1" data-sentence="1.1">It <em>rose.</em></span><em> </em><span id="s-1-2" data-sentence="1.2"><em>Then it</em> fell.</span>',
    ],
    [
      'a quotation with its attribution',
      '“Why?” he asked. “Because.”',
      '<span id="s-1-1" data-sentence="1.1">“Why?” he asked.</span> <span id="s-1-2" data-sentence="1.2">“Because.”</span>',
    ],
    ['escaped Markdown', 'A \\*star\\* shone. It set.', '<span id="s-1-1" data-sentence="1.1">A *star* shone.</span> <span id="s-1-2" data-sentence="1.2">It set.</span>'],
    ['a hard line break, which the paragraph’s text (and so its sentences) does not have', 'One line.  \nNext line.', '<span id="s-1-1" data-sentence="1.1">One line.<br/>\nNext line.</span>'],
  ])('wraps %s', (_name, markdown, html) => {
    expect(render(markdown)).toBe(html);
  });

  it('keeps the text exactly as it was: only spans are added', () => {
    const markdown = 'China *stopped short* of [arms](https://example.org). It sold “dual-use” parts—drones, too. Trade rose 3.5 percent.';
    const withSpans = render(markdown);
    const plain = renderToStaticMarkup(createElement(Markdown, { allowedElements: ['em', 'strong', 'a', 'code', 'del', 'br'], unwrapDisallowed: true, skipHtml: true }, markdown));
    expect(withSpans.replace(/<\/?span[^>]*>/g, '')).toBe(plain);
    expect(withSpans.match(/data-sentence="[^"]+"/g)).toEqual(['data-sentence="1.1"', 'data-sentence="1.2"', 'data-sentence="1.3"']);
  });

  it('leaves a sentence it cannot find unwrapped rather than guessing', () => {
    const [paragraph] = toParagraphs('Xi landed. Putin waited.');
    const tree = { type: 'root' as const, children: [{ type: 'text' as const, value: 'Something else entirely.' }] };
    wrapSentences({ sentences: paragraphSentences(paragraph!) })(tree);
    expect(tree.children).toEqual([{ type: 'text', value: 'Something else entirely.' }]);
  });
});
