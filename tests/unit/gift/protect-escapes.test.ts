import { describe, expect, it } from 'vitest';

import { protectEscapes, restoreEscapes } from '@/lib/gift';

describe('protectEscapes and restoreEscapes', () => {
  it.each([
    ['\\~', '~'],
    ['\\=', '='],
    ['\\#', '#'],
    ['\\{', '{'],
    ['\\}', '}'],
    ['\\:', ':'],
    ['\\n', '\n'],
    ['\\\\', '\\'],
    ['\\\\#', '\\#'],
    ['a \\{b\\} c', 'a {b} c'],
    ['\\x stays', '\\x stays'],
    ['C:\\\\temp', 'C:\\temp'],
  ])('%j means %j', (written, meant) => {
    const hidden = protectEscapes(written);
    expect(hidden).toHaveLength(written.length);
    expect(hidden.replace(/[\uE000-\uE1FF]/g, '')).not.toMatch(/\\[~=#{}:n\\]/);
    expect(restoreEscapes(hidden)).toBe(meant);
  });

  it('hides escaped control characters from the parser', () => {
    expect(protectEscapes('a \\~ b ~c')).not.toContain(' ~ ');
    expect(protectEscapes('a \\~ b ~c').indexOf('~')).toBe(7);
  });
});
