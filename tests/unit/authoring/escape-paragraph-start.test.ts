import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';

import { escapeParagraphStart } from '@/lib/authoring';

describe('escapeParagraphStart', () => {
  it.each([
    ['a heading', '# Not a heading', '\\# Not a heading'],
    ['a level-six heading', '###### Six', '\\###### Six'],
    ['a hash alone', '#', '\\#'],
    ['a block quote', '> quoted', '\\> quoted'],
    ['a block quote with no space', '>quoted', '\\>quoted'],
    ['a dash list', '- a point', '\\- a point'],
    ['a plus list', '+ a point', '\\+ a point'],
    ['a star list', '* a point', '\\* a point'],
    ['a numbered list', '1. First', '1\\. First'],
    ['a year and a full stop', '2023. A year of war.', '2023\\. A year of war.'],
    ['a bracket-numbered list', '3) Third', '3\\) Third'],
    ['a thematic break', '***', '\\***'],
    ['a spaced thematic break', '- - -', '\\- - -'],
    ['an underscore break', '___', '\\___'],
    ['a code fence', '```js', '\\```js'],
    ['a tilde fence', '~~~', '\\~~~'],
    ['an HTML block', '<div>hello</div>', '\\<div>hello</div>'],
    ['an HTML comment', '<!-- note -->', '\\<!-- note -->'],
    ['a link definition', '[Chinese]: President Xi', '\\[Chinese]: President Xi'],
  ])('escapes %s', (_name, paragraph, escaped) => {
    expect(escapeParagraphStart(paragraph)).toBe(escaped);
    const tree = fromMarkdown(escaped);
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
    expect(toString(tree)).toBe(paragraph);
  });

  it.each([
    ['ordinary text', 'Chinese leader Xi Jinping landed in Moscow.'],
    ['a hashtag', '#StandWithUkraine trended.'],
    ['a minus sign', '-5 degrees in Moscow.'],
    ['a number without a stop', '2023 was a year of war.'],
    ['a decimal', '1.5 million people'],
    ['a ten-digit number', '1234567890. Not a list.'],
    ['brackets mid-text', '[Chinese] President Xi Jinping'],
    ['a less-than sign', '< 5 per cent'],
    ['an opening quote', '“Even if Russia is weakened,” Small said.'],
    ['emphasis inside, not escaped', 'a *really* big deal'],
  ])('leaves %s alone', (_name, paragraph) => {
    expect(escapeParagraphStart(paragraph)).toBe(paragraph);
  });
});
