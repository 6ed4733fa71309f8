import { describe, expect, it } from 'vitest';

import { parseArticle } from '@/lib/check';
import { ContentError, countWords, toParagraphs } from '@/lib/content';

import { loadSeedArticle } from './support/seed';

const META = '---\ntitle: T\nauthor: A\npublication: P\npublished: 2023-03-20\n---\n';

describe('toParagraphs', () => {
  it.each([
    ['blank lines', 'One.\n\nTwo.\n\n\n\nThree.', ['One.', 'Two.', 'Three.']],
    ['CRLF blank lines', 'One.\r\n\r\nTwo.', ['One.', 'Two.']],
    ['a blank line holding spaces and a tab', 'One.\n  \t\nTwo.', ['One.', 'Two.']],
    ['leading and trailing blank lines', '\n\n  One.  \n\n', ['One.']],
  ])('splits at %s', (_name, body, markdown) => {
    const paragraphs = toParagraphs(body);
    expect(paragraphs.map((p) => p.markdown)).toEqual(markdown);
    expect(paragraphs.map((p) => p.number)).toEqual(markdown.map((_, i) => i + 1));
  });

  it('keeps a single line break inside one paragraph', () => {
    expect(toParagraphs('line one\nline two')).toHaveLength(1);
  });

  it.each([
    ['emphasis and a link', '*Hi* [there](http://x)', 'Hi there'],
    ['strong text', 'a **bold** move', 'a bold move'],
    ['inline code', 'call `f()` now', 'call f() now'],
    ['a heading', '## Heading', 'Heading'],
    ['curly quotes, which stay', '“no-limits” partnership', '“no-limits” partnership'],
  ])('strips Markdown from the text: %s', (_name, markdown, text) => {
    const [paragraph] = toParagraphs(markdown);
    expect(paragraph?.markdown).toBe(markdown);
    expect(paragraph?.text).toBe(text);
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['one', 1],
    ['one  two\nthree\tfour', 4],
    ['dual-use equipment', 2],
  ])('%j has %i words', (text, count) => {
    expect(countWords(text)).toBe(count);
  });
});

describe('parseArticle', () => {
  it('reads frontmatter and counts words in the text, not the Markdown', () => {
    const article = parseArticle('a', 'a.md', `${META}\n*Hi* [there](http://x).\n\nSecond paragraph here.\n`);
    expect(article.id).toBe('a');
    expect(article.meta).toEqual({ title: 'T', author: 'A', publication: 'P', published: '2023-03-20', corrections: [] });
    expect(article.paragraphs.map((p) => p.text)).toEqual(['Hi there.', 'Second paragraph here.']);
    expect(article.wordCount).toBe(5);
  });

  it('reads a file with a BOM and CRLF line endings', () => {
    const source = `\uFEFF${META.replace(/\n/g, '\r\n')}\r\nOne.\r\n\r\nTwo.\r\n`;
    const article = parseArticle('a', 'a.md', source);
    expect(article.meta.title).toBe('T');
    expect(article.paragraphs.map((p) => p.markdown)).toEqual(['One.', 'Two.']);
  });

  it.each([
    ['no frontmatter', 'Just text.', /starts with its frontmatter/],
    ['no text after the frontmatter', `${META}\n  \n`, /no text after its frontmatter/],
    ['a badly written date', META.replace('2023-03-20', '20/03/2023') + 'Text', /published: write the date as YYYY-MM-DD/],
    ['an unknown frontmatter key', META.replace('author: A', 'author: A\nwriter: B') + 'Text', /"writer"/],
  ])('refuses an article with %s, naming the file', (_name, source, message) => {
    expect(() => parseArticle('a', 'content/articles/a.md', source)).toThrow(ContentError);
    expect(() => parseArticle('a', 'content/articles/a.md', source)).toThrow(message);
    expect(() => parseArticle('a', 'content/articles/a.md', source)).toThrow(/content\/articles\/a\.md/);
  });
});

describe('the seed article', () => {
  const article = loadSeedArticle();
  const body = article.paragraphs.map((p) => p.markdown).join('\n\n');

  it('has 19 paragraphs numbered 1 to 19', () => {
    expect(article.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });

  it('has its frontmatter read', () => {
    expect(article.meta).toMatchObject({ author: 'Rachel Cheung', publication: 'VICE World News', published: '2023-03-20' });
    expect(article.meta.title).toContain('Xi Jinping in Russia');
  });

  it('lists the corrections made to the source', () => {
    expect(article.meta.corrections.map(({ original, corrected }) => [original, corrected])).toEqual([
      ['Mortiz Rudolf', 'Moritz Rudolf'],
      ['Volodymyr Zelenksyy', 'Volodymyr Zelenskyy'],
    ]);
  });

  it.each(['Mortiz', 'Zelenksyy', 'Advertisement', 'Follow Rachel Cheung'])('has no "%s" in its body', (unwanted) => {
    expect(body).not.toContain(unwanted);
  });

  it.each(['Moritz Rudolf', 'Volodymyr Zelenskyy'])('prints the corrected "%s"', (name) => {
    expect(body).toContain(name);
  });

  it('counts the words of every paragraph', () => {
    expect(article.wordCount).toBe(article.paragraphs.reduce((n, p) => n + countWords(p.text), 0));
    expect(article.wordCount).toBeGreaterThan(900);
    expect(article.wordCount).toBeLessThan(1100);
  });
});
