import { describe, expect, it } from 'vitest';

import { draftNewContent } from '@/lib/authoring';

describe('draftNewContent', () => {
  it.each([
    ['a slug from the title', 'Xi in Moscow: a visit\n\nText.', {}, 'xi-in-moscow-a-visit'],
    ['the id given', 'Xi in Moscow\n\nText.', { id: 'my-id' }, 'my-id'],
    ['no id from a title without Latin letters', '习近平访问俄罗斯\n\nText.', {}, ''],
  ])('uses %s', (_name, text, options, id) => {
    const content = draftNewContent(text, options);
    expect(content.id).toBe(id);
  });

  it('reads stdin-style input with a title and one paragraph', () => {
    const content = draftNewContent('A title\n\nFirst paragraph.\n', { id: 'tmp-stdin' });
    expect(content.articleText.startsWith('---\ntitle: A title\nauthor: ""\npublication: ""\npublished: ""\n# Optional: url:')).toBe(true);
    expect(content.articleText.endsWith('corrections: []\n---\n\nFirst paragraph.\n')).toBe(true);
    expect(content.missing).toEqual(['author', 'publication', 'published']);
    expect(content.notes).toEqual([]);
  });

  it.each([
    ['an ambiguous date', 'T\n03/04/2023\nText.', 'The date on line 2 ("03/04/2023") could be read day-first or month-first: write published as YYYY-MM-DD.'],
    ['a caption in capitals', 'T\nXI IN MOSCOW. PHOTO: AFP\nText.', 'The photo caption is in capital letters, as on the page: retype it in sentence case if you like.'],
    ['inline Markdown', 'T\n\nOne.\n\nA *really* big deal.', 'Paragraph 2 contains Markdown (like *, _, `, \\ or a link) that changes how it reads: check it in the preview.'],
  ])('notes %s', (_name, text, note) => {
    expect(draftNewContent(text).notes).toEqual([note]);
  });
});
