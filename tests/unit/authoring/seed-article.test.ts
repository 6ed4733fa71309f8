/**
 * The seed article as scraped (a copy of the page text in tests/fixtures)
 * read back into the seed article file that a teacher then corrected.
 */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { draftNewContent } from '@/lib/authoring';
import { parseArticle } from '@/lib/check';

import { loadSeedArticle } from '../support/seed';

const SEED_TEXT = fs.readFileSync(path.join(__dirname, '../../fixtures/authoring/xi-jinping-in-russia.txt'), 'utf8');

describe('the scraped seed article', () => {
  const content = draftNewContent(SEED_TEXT, { publication: 'VICE World News' });
  const { found } = content;

  it('reads the title, dek and photo, skipping the section label', () => {
    expect(found.title).toBe('Xi Jinping in Russia: What China Really Wants From Putin');
    expect(found.dek).toBe('The two countries’ leaders are expected to discuss a peace deal in Ukraine, but Beijing is looking beyond the conflict.');
    expect(found.image).toEqual({
      caption: 'CHINESE PRESIDENT XI JINPING LANDED IN MOSCOW FOR A MEETING WITH HIS RUSSIAN COUNTERPART VLADIMIR PUTIN.',
      credit: 'SERGIO LIMA/AFP',
    });
    expect(content.id).toBe('xi-jinping-in-russia-what-china-really-wants-from-putin');
  });

  it('drops the label, the repeated caption, the advertisements and the Twitter line', () => {
    expect(found.dropped.map((d) => d.reason)).toEqual([
      'section label',
      'repeated photo caption',
      ...Array<string>(5).fill('advertisement'),
      'social media plug',
    ]);
    const body = found.paragraphs.join('\n');
    expect(body).not.toContain('Advertisement');
    expect(body).not.toContain('Follow Rachel Cheung');
    expect(body).not.toContain('PHOTO');
  });

  it('leaves published for the teacher, and leaves out the author it has no byline for, naming the writer from the Twitter line', () => {
    expect(content.missing).toEqual(['published']);
    expect(found.authorHint).toBe('Rachel Cheung');
    expect(content.articleText).not.toMatch(/^author:/m);
    expect(content.articleText).toMatch(/^publication: VICE World News$/m);
    expect(content.notes).toContain(
      'No byline was found, so the article has no author: add author: to the frontmatter if it has one (the text says “Follow Rachel Cheung on …”).',
    );
  });

  it('keeps the 19 paragraphs as the seed article prints them, but for the two misspellings a teacher corrected', () => {
    const seed = loadSeedArticle();
    expect(found.paragraphs).toHaveLength(19);
    const corrected = found.paragraphs.map((p) => seed.meta.corrections.reduce((text, c) => text.replace(c.original, c.corrected), p));
    expect(corrected).toEqual(seed.paragraphs.map((p) => p.markdown));
    expect(found.paragraphs).not.toEqual(seed.paragraphs.map((p) => p.markdown));
  });

  it('writes an article file that parses once published is filled in, and takes the author when the teacher adds it', () => {
    const filled = content.articleText.replace('published: ""', 'published: 2023-03-20');
    const article = parseArticle('new', 'new.md', filled);
    expect(article.meta).toMatchObject({ title: found.title, publication: 'VICE World News', published: '2023-03-20' });
    expect(article.meta).not.toHaveProperty('author');
    expect(article.paragraphs.map((p) => p.text)).toEqual(found.paragraphs);

    const withAuthor = filled.replace('publication: ', 'author: Rachel Cheung\npublication: ');
    expect(parseArticle('new', 'new.md', withAuthor).meta).toMatchObject({ author: 'Rachel Cheung', publication: 'VICE World News' });
  });
});
