import { describe, expect, it } from 'vitest';

import { splitFrontmatter } from '@/lib/content';

describe('splitFrontmatter', () => {
  it.each([
    ['LF line endings', '---\ntitle: X\nauthor: Y\n---\nBody text.\n', 'title: X\nauthor: Y', 'Body text.\n', 4],
    ['CRLF line endings', '---\r\ntitle: X\r\n---\r\nBody\r\n', 'title: X', 'Body\r\n', 3],
    ['a byte-order mark', '\uFEFF---\ntitle: X\n---\nBody', 'title: X', 'Body', 3],
    ['spaces after the closing fence', '---\ntitle: X\n---  \nBody', 'title: X', 'Body', 3],
    ['a blank line before the body', '---\ntitle: X\n---\n\nBody', 'title: X', '\nBody', 3],
    ['no body at all', '---\ntitle: X\n---', 'title: X', '', 3],
    ['an empty frontmatter', '---\n---\nBody', '', 'Body', 2],
    ['a "---" rule later in the body', '---\ntitle: X\n---\nOne\n\n---\n\nTwo', 'title: X', 'One\n\n---\n\nTwo', 3],
  ])('splits a file with %s', (_name, source, frontmatter, body, bodyLine) => {
    expect(splitFrontmatter(source)).toEqual({ frontmatter, body, bodyLine });
  });

  it.each([
    ['no frontmatter', 'Just a paragraph.\n'],
    ['an unclosed frontmatter', '---\ntitle: X\nBody'],
    ['a fence not on the first line', '\n---\ntitle: X\n---\nBody'],
    ['a fence with text after it', '--- yaml\ntitle: X\n---\nBody'],
    ['an empty file', ''],
  ])('returns null for %s', (_name, source) => {
    expect(splitFrontmatter(source)).toBeNull();
  });
});
