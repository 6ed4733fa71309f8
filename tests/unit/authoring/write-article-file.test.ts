import { describe, expect, it } from 'vitest';

import { draftArticleMeta, readPlainArticle, articleFileText } from '@/lib/authoring';
import { parse } from 'yaml';

import { ContentError, parseArticle } from '@/lib/check';
import { articleMetaSchema, splitFrontmatter } from '@/lib/content';

const FILL: Record<string, readonly [string, string]> = {
  author: ['author: ""', 'author: Ana Lima'],
  publication: ['publication: ""', 'publication: The Paper'],
  published: ['published: ""', 'published: 2023-03-20'],
};

/** The frontmatter fields the schema refuses. */
function schemaFailures(source: string): string[] {
  const result = articleMetaSchema.safeParse(parse(splitFrontmatter(source)?.frontmatter ?? ''));
  return result.error?.issues.map((issue) => issue.path.join('.')) ?? [];
}

/** The lines of parseArticle's error, one a problem, or [] when it parses. */
function parseErrors(source: string): string[] {
  try {
    parseArticle('a', 'a.md', source);
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.message.split('\n');
  }
}

describe('draftArticleMeta and articleFileText', () => {
  it.each([
    ['nothing but a title and text', 'A title\n\nText.', {}, ['author', 'publication', 'published']],
    ['a publication from the command line', 'A title\n\nText.', { publication: 'The Paper' }, ['author', 'published']],
    ['a byline', 'A title\nBy Ana Lima\nText.', {}, ['publication', 'published']],
    ['a byline and a date', 'A title\nBy Ana Lima\nMarch 20, 2023\nText.', { publication: 'The Paper' }, []],
  ])('with %s, fails on exactly the empty fields, then parses once they are filled in', (_name, text, options, missing) => {
    const draft = draftArticleMeta(readPlainArticle(text), options);
    expect(draft.missing).toEqual(missing);
    const file = articleFileText(draft.meta, readPlainArticle(text).paragraphs);
    expect(schemaFailures(file)).toEqual(missing);
    const errors = parseErrors(file);
    expect(errors).toHaveLength(missing.length);
    missing.forEach((field, i) => expect(errors[i]).toContain(`${field}: `));
    const filled = missing.reduce((source, field) => source.replace(...(FILL[field] as [string, string])), file);
    expect(schemaFailures(filled)).toEqual([]);
    expect(parseErrors(filled)).toEqual([]);
    expect(parseArticle('a', 'a.md', filled).paragraphs.map((p) => p.text)).toEqual(['Text.']);
  });

  it('writes empty required fields as "" and orders the fields like the seed', () => {
    const found = readPlainArticle('Xi in Moscow: a visit\nA dek.\nCaption. PHOTO: AFP\n\nText.');
    const file = articleFileText(draftArticleMeta(found).meta, found.paragraphs);
    expect(file).toMatch(
      /^---\ntitle: "Xi in Moscow: a visit"\ndek: A dek\.\nauthor: ""\npublication: ""\npublished: ""\nimage:\n {2}caption: Caption\.\n {2}credit: AFP\n(#.*\n)+corrections: \[\]\n---\n\nText\.\n$/,
    );
  });

  it('lists a caption left empty when a page gives only a credit', () => {
    const found = readPlainArticle('Title\nPHOTO: AFP\nBy Ana Lima\nText.');
    expect(draftArticleMeta(found, { publication: 'P' }).missing).toEqual(['published', 'image.caption']);
  });

  it('quotes YAML-sensitive text safely and never folds long lines', () => {
    const title = '“Yes”: #1 - [no] & {maybe} | > @all: ' + 'long '.repeat(30).trim();
    const file = articleFileText({ title, author: "O'Brien", publication: 'yes', published: '2023-03-20', corrections: [] }, ['Text.']);
    const meta = parseArticle('a', 'a.md', file).meta;
    expect(meta).toMatchObject({ title, author: "O'Brien", publication: 'yes', published: '2023-03-20' });
    expect(file.split('\n').filter((line) => line.startsWith('title:'))).toHaveLength(1);
  });

  it('escapes paragraph starts so the reader sees them as written', () => {
    const paragraphs = ['# One', '2023. Two', '> Three', 'Four'];
    const file = articleFileText({ title: 'T', author: 'A', publication: 'P', published: '2023-03-20', corrections: [] }, paragraphs);
    expect(file.split('---\n')[2]).toBe('\n\\# One\n\n2023\\. Two\n\n\\> Three\n\nFour\n');
    expect(parseArticle('a', 'a.md', file).paragraphs.map((p) => p.text)).toEqual(paragraphs);
  });

  it('writes no body for a text that is only a title, which the checker then reports', () => {
    const found = readPlainArticle('Only a title');
    const file = articleFileText({ ...draftArticleMeta(found).meta, author: 'A', publication: 'P', published: '2023-03-20' }, found.paragraphs);
    expect(file.endsWith('corrections: []\n---\n')).toBe(true);
    expect(() => parseArticle('a', 'a.md', file)).toThrow('the article has no text after its frontmatter');
  });
});
