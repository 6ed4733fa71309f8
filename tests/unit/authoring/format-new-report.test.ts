import { describe, expect, it } from 'vitest';

import { draftNewContent, formatNewReport } from '@/lib/authoring';

function report(text: string, publication?: string): string {
  const content = draftNewContent(text, { id: 'an-id', publication });
  return formatNewReport({ content, articlePath: 'content/articles/an-id.md', setPath: 'content/sets/an-id.yaml', publicationGiven: Boolean(publication) });
}

describe('formatNewReport', () => {
  const text = 'News\nA title here\nBy Ana Lima\n\nOne two three.\n\nAdvertisement\n\nFour.\n\nFollow Ana Lima on Twitter.';

  it.each([
    ['the files written', 'Wrote content/articles/an-id.md (2 paragraphs, 4 words)'],
    ['the title and its line', '  title        A title here  (line 2)'],
    ['the author and its line', '  author       Ana Lima  (line 3)'],
    ['the paragraphs and their lines', '  paragraphs   2, starting on lines 5 and 9'],
    ['the dropped count', 'Dropped 3 lines:'],
    ['a dropped line', '  line 1    section label           News'],
    ['the Twitter line', '  line 11   social media plug       Follow Ana Lima on Twitter.'],
    ['the fields to fill in', '  published: the date it was published, as YYYY-MM-DD'],
    ['the publication it left out, under Check', '  - The text does not say where it appeared: add publication: to the frontmatter (or pass --publication) so students see the source.'],
    ['step 1', '  1. Open content/articles/an-id.md: fill in published; compare the text with the source and record each word you correct under corrections.'],
    ['step 2', '  2. Run `npm run content:draft -- an-id`: it writes content/sets/an-id.yaml, with questions drafted from the text.'],
    ['step 3', '  3. Check, fix or delete every question in content/sets/an-id.yaml, and add your own (docs/authoring.md shows every kind).'],
    ['step 4', '  4. Run `npm run content:check`.'],
    ['step 5', '  5. Preview with `npm run dev` at http://localhost:3000/sets/an-id'],
  ])('prints %s', (_name, line) => {
    expect(report(text).split('\n')).toContain(line);
  });

  it('lists only the fields left empty to fill in, never the author and publication it left out', () => {
    const lines = report('T\n\nText.').split('\n');
    const fill = lines.slice(lines.indexOf('Fill in next (left empty in content/articles/an-id.md):') + 1, lines.indexOf('Check:'));
    expect(fill).toEqual(['  published: the date it was published, as YYYY-MM-DD', '']);
    expect(lines).toEqual(
      expect.arrayContaining([
        '  - No byline was found, so the article has no author: add author: to the frontmatter if it has one.',
        '  - The text does not say where it appeared: add publication: to the frontmatter (or pass --publication) so students see the source.',
      ]),
    );
  });

  it('hints at the author from a Twitter line', () => {
    expect(report('T\n\nText.\n\nFollow Ana Lima on Twitter.')).toContain(
      '  - No byline was found, so the article has no author: add author: to the frontmatter if it has one (the text says “Follow Ana Lima on …”).',
    );
  });

  it('says so when nothing is missing or dropped', () => {
    const out = report('T\nBy Ana Lima\nMarch 20, 2023\nText.', 'The Paper');
    expect(out).toContain('Dropped nothing.');
    expect(out).toContain('Fill in next: nothing, every required field was found.');
    expect(out).toContain('  published    2023-03-20  (line 3: "March 20, 2023")');
    expect(out).toContain('  publication  (from --publication)');
    expect(out).not.toContain('Check:');
  });

  it('prints what labels gave, with their lines, and each doubt with its line', () => {
    const out = report('TITLE: Seawall Vote\nSOURCE: VOA News, 2013\nURL: https://example.org/a\n\nThe council voted\nto rebuild it.\nA Subheading Here\nWork begins in June.');
    expect(out.split('\n')).toEqual(
      expect.arrayContaining([
        '  title        Seawall Vote  (line 1)',
        '  publication  VOA News  (line 2)',
        '  url          https://example.org/a  (line 3)',
        '  paragraphs   3, starting on lines 5, 7 and 8',
        'Check:',
        '  - Line 2: the SOURCE label gives "2013" but not the day: write published as YYYY-MM-DD',
        '  - Line 8: the line above ends without a full stop: kept as a paragraph of its own (a subheading?), check it belongs in the text',
      ]),
    );
  });

  it('asks for the text when there is only a title', () => {
    expect(report('Only a title')).toContain('  the article text: no paragraphs were found; paste them under the frontmatter');
  });
});
