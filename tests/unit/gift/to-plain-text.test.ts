import { describe, expect, it } from 'vitest';

import { findRawHtml } from '@/lib/check';
import { type GiftFormat, toPlainText } from '@/lib/gift';

describe('toPlainText', () => {
  it.each<[GiftFormat, string, string, boolean]>([
    ['moodle', 'Who landed in Moscow?', 'Who landed in Moscow?', false],
    ['moodle', 'Line one\nline two', 'Line one line two', false],
    ['moodle', 'Tom &amp; Jerry &ldquo;quoted&rdquo; &#8212; &#x2014;', 'Tom & Jerry “quoted” — —', false],
    ['moodle', 'Xi&nbsp;Jinping met Putin in <em>Moscow</em>.', 'Xi Jinping met Putin in Moscow.', true],
    ['html', '<p>What did Beijing <b>propose</b>?</p>', 'What did Beijing propose?', true],
    ['html', 'one<br>two<br/>three', 'one two three', false],
    ['html', '<p>Moscow</p>', 'Moscow', false],
    ['html', '<p dir="ltr" style="text-align: left;">A <span lang="en">plain</span> text</p>', 'A plain text', false],
    ['html', '<!-- note -->Text', 'Text', false],
    ['html', '<p>See <img src="map.png" alt="a map"></p>', 'See', true],
    ['html', '<ul><li>one</li><li>two</li></ul>', 'one two', true],
    ['html', 'a &lt;b&gt; tag', 'a tag', true],
    ['html', 'a &lt; b', 'a < b', false],
    ['html', '&unknown; stays', '&unknown; stays', false],
    ['markdown', 'Who is **Andrew Small**?', 'Who is Andrew Small?', true],
    ['markdown', 'A [link](https://example.com) and `code`', 'A link and code', true],
    ['markdown', 'First paragraph.\n\nSecond paragraph.', 'First paragraph. Second paragraph.', false],
    ['markdown', 'Plain words', 'Plain words', false],
    ['markdown', 'Xi landed in _____ on Monday.', 'Xi landed in _____ on Monday.', false],
    ['markdown', 'Some <b>html</b> too', 'Some html too', true],
    ['plain', 'Tom &amp; Jerry', 'Tom &amp; Jerry', false],
    ['plain', 'x <b> y', 'x y', true],
  ])('[%s] %j → %j', (format, text, plain, dropped) => {
    const result = toPlainText({ text, format });
    expect(result).toEqual({ text: plain, dropped });
    expect(findRawHtml(result.text)).toBeNull();
  });
});
