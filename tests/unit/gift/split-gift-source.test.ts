import { describe, expect, it } from 'vitest';

import { positionIn, splitGiftSource, type GiftSourceItem } from '@/lib/gift';

const summary = (items: GiftSourceItem[]) => items.map((item) => (item.kind === 'category' ? `category ${item.name} @${item.at.line}:${item.at.column}` : `block @${item.block.firstLine}: ${item.block.lines.join('|')}`));

describe('splitGiftSource', () => {
  it.each([
    ['one question', 'Q {T}', ['block @1: Q {T}']],
    ['blank lines separate questions', 'A {T}\n\nB {F}\n   \nC {T}', ['block @1: A {T}', 'block @3: B {F}', 'block @5: C {T}']],
    ['a multi-line question stays one block', 'Q {\n=a\n~b\n}', ['block @1: Q {|=a|~b|}']],
    ['comment lines are emptied, not ended on', '// intro\nQ {\n// note\n=a ~b}', ['block @1: |Q {||=a ~b}']],
    ['a block of comments only is no question', '// one\n// two\n\nQ {T}', ['block @4: Q {T}']],
    ['"//" after text is text', 'Q // not a comment {T}', ['block @1: Q // not a comment {T}']],
    ['a category', '$CATEGORY: $course$/top/Week 3\n\nQ {T}', ['category $course$/top/Week 3 @1:1', 'block @3: Q {T}']],
    ['a category right above a question', '  $CATEGORY: Week 3\nQ {T}', ['category Week 3 @1:3', 'block @2: Q {T}']],
    ['Windows and old Mac line ends', 'A {T}\r\n\r\nB {F}\rC', ['block @1: A {T}', 'block @3: B {F}|C']],
    ['a byte-order mark', '\uFEFFQ {T}', ['block @1: Q {T}']],
    ['nothing', '\n\n', []],
  ])('%s', (_name, source, expected) => {
    expect(summary(splitGiftSource(source))).toEqual(expected);
  });
});

describe('positionIn', () => {
  const [item] = splitGiftSource('\n\nWho? {\n  =Xi ~Putin\n}');
  const block = item?.kind === 'block' ? item.block : undefined;

  it.each([
    [0, { line: 3, column: 1 }],
    [5, { line: 3, column: 6 }],
    [9, { line: 4, column: 3 }],
    [20, { line: 5, column: 1 }],
  ])('offset %i is at %j', (offset, position) => {
    expect(block && positionIn(block, offset)).toEqual(position);
  });

  it('counts columns in characters, not UTF-16 units', () => {
    const [emoji] = splitGiftSource('😀 Q {T}');
    expect(emoji?.kind === 'block' && positionIn(emoji.block, 5)).toEqual({ line: 1, column: 5 });
  });
});
