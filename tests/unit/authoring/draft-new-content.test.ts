import { describe, expect, it } from 'vitest';

import { draftNewContent } from '@/lib/authoring';

const NO_AUTHOR = 'No byline was found, so the article has no author: add author: to the frontmatter if it has one.';
const NO_PUBLICATION = 'The text does not say where it appeared: add publication: to the frontmatter (or pass --publication) so students see the source.';

describe('draftNewContent', () => {
  it.each([
    ['a slug from the title', 'Xi in Moscow: a visit\n\nText.', {}, 'xi-in-moscow-a-visit'],
    ['the id given', 'Xi in Moscow\n\nText.', { id: 'my-id' }, 'my-id'],
    ['no id from a title without Latin letters', '习近平访问俄罗斯\n\nText.', {}, ''],
  ])('uses %s', (_name, text, options, id) => {
    const content = draftNewContent(text, options);
    expect(content.id).toBe(id);
  });

  it('reads stdin-style input with a title and one paragraph, leaving out the byline and publication it did not find', () => {
    const content = draftNewContent('A title\n\nFirst paragraph.\n', { id: 'tmp-stdin' });
    expect(content.articleText.startsWith('---\ntitle: A title\npublished: ""\n# Optional: url:')).toBe(true);
    expect(content.articleText).not.toMatch(/^(author|publication):/m);
    expect(content.articleText.endsWith('corrections: []\n---\n\nFirst paragraph.\n')).toBe(true);
    expect(content.missing).toEqual(['published']);
    expect(content.notes).toEqual([NO_AUTHOR, NO_PUBLICATION]);
  });

  it.each([
    ['neither a byline nor a publication', 'T\n\nText.', {}, [NO_AUTHOR, NO_PUBLICATION]],
    ['a byline but no publication', 'T\nBy Ana Lima\n\nText.', {}, [NO_PUBLICATION]],
    ['a publication given on the command line but no byline', 'T\n\nText.', { publication: 'The Paper' }, [NO_AUTHOR]],
    ['a newsroom in the byline', 'T\nAna Lima, VOA News\n\nText.', {}, []],
    [
      'no byline but a Twitter line naming the writer',
      'T\n\nText.\n\nFollow Ana Lima on Twitter.',
      { publication: 'The Paper' },
      ['No byline was found, so the article has no author: add author: to the frontmatter if it has one (the text says “Follow Ana Lima on …”).'],
    ],
  ])('with %s, notes each of author and publication it leaves out', (_name, text, options, notes) => {
    expect(draftNewContent(text, options).notes).toEqual(notes);
  });

  it.each([
    ['an ambiguous date', 'T\n03/04/2023\nText.', 'The date on line 2 ("03/04/2023") could be read day-first or month-first: write published as YYYY-MM-DD.'],
    ['a caption in capitals', 'T\nXI IN MOSCOW. PHOTO: AFP\nText.', 'The photo caption is in capital letters, as on the page: retype it in sentence case if you like.'],
    ['inline Markdown', 'T\n\nOne.\n\nA *really* big deal.', 'Paragraph 2 contains Markdown (like *, _, `, \\ or a link) that changes how it reads: check it in the preview.'],
  ])('notes %s, before what the text did not give', (_name, text, note) => {
    expect(draftNewContent(text).notes).toEqual([note, NO_AUTHOR, NO_PUBLICATION]);
  });
});
