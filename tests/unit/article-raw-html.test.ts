import { describe, expect, it } from 'vitest';

import { checkArticle } from '@/lib/check';
import { formatProblem } from '@/lib/content';

const FRONTMATTER = `---
title: A test article
author: A. Writer
publication: The Test Times
published: 2023-03-20
---
`;

/** An article whose third body line (line 9 of the file) is the given text, between two sound paragraphs. */
const article = (body: string) => `${FRONTMATTER}\nFirst paragraph, as written.\n\n${body}\n\nLast paragraph.\n`;

const errorsOf = (body: string) => checkArticle('raw-html', 'content/articles/raw-html.md', article(body)).problems.filter((p) => p.severity === 'error').map(formatProblem);

const refused = (at: string, tag: string) => `content/articles/raw-html.md:${at}: error: raw HTML is not allowed in the article ("${tag}"); write plain Markdown`;

describe('content:check refuses raw HTML in an article, by the Markdown parser the renderer uses and by its look', () => {
  it.each([
    ['an image whose attribute holds a "<"', 'A photo <img src="<" onerror="alert(1)"> here.', [refused('10:9', '<img src="<" onerror="alert(1)">')]],
    ['a tag split over two lines', 'A photo <img\nsrc=x onerror=alert(1)> here.', [refused('10:9', '<img src=x onerror=alert(1)>')]],
    ['an svg with a slash for a space', 'Text <svg/onload=alert(1)> more.', [refused('10:6', '<svg/onload=alert(1)>')]],
    ['script tags with slashes', 'Text </script/x><script/x> more.', [refused('10:6', '</script/x>')]],
    ['an HTML block', '<div>\nhidden\n</div>', [refused('10:1', '<div> hidden </div>')]],
    ['a comment', 'Text <!-- note --> more.', [refused('10:6', '<!-- note -->')]],
    ['a closing tag after its opening one, once a line', 'A <b>bold</b> word.', [refused('10:3', '<b>')]],
    ['a tag on the paragraph’s second line', 'First line,\nthen <em>this</em>.', [refused('11:6', '<em>')]],
  ])('%s', (_, body, expected) => expect(errorsOf(body)).toEqual(expected));

  it.each([
    ['comparisons', 'Prices rose 3 < 5 and fell 7 > 2.'],
    ['an arrow', 'Moscow -> Beijing <- Kyiv.'],
    ['an autolink', 'See <https://example.com> for more.'],
    ['a mail autolink', 'Write to <editor@example.com>.'],
    ['code', 'Type `<b>` to make it bold.'],
  ])('accepts %s', (_, body) => expect(errorsOf(body)).toEqual([]));
});
