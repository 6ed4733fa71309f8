import { describe, expect, it } from 'vitest';

import { draftArticleMeta, readPlainArticle, articleFileText } from '@/lib/authoring';
import { parse } from 'yaml';

import { parseArticle } from '@/lib/check';
import { ContentError, articleMetaSchema, splitFrontmatter } from '@/lib/content';

/** The date a teacher fills in where content:new wrote `published: ""`. */
const FILL_PUBLISHED = ['published: ""', 'published: 2023-03-20'] as const;

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
  // `given`: the author and publication the file keeps; one the text does not give is left out, not written as "".
  it.each([
    ['nothing but a title and text', 'A title\n\nText.', {}, ['published'], {}],
    ['a publication from the command line', 'A title\n\nText.', { publication: 'The Paper' }, ['published'], { publication: 'The Paper' }],
    ['a byline', 'A title\nBy Ana Lima\nText.', {}, ['published'], { author: 'Ana Lima' }],
    ['a date but neither byline nor publication', 'A title\nMarch 20, 2023\nText.', {}, [], {}],
    ['a byline and a date', 'A title\nBy Ana Lima\nMarch 20, 2023\nText.', { publication: 'The Paper' }, [], { author: 'Ana Lima', publication: 'The Paper' }],
  ])('with %s, fails on exactly the empty fields, then parses once they are filled in', (_name, text, options, missing, given) => {
    const draft = draftArticleMeta(readPlainArticle(text), options);
    expect(draft.missing).toEqual(missing);
    const file = articleFileText(draft.meta, readPlainArticle(text).paragraphs);
    const written = Object.keys(parse(splitFrontmatter(file)?.frontmatter ?? '') as object);
    expect(written.filter((key) => key === 'author' || key === 'publication')).toEqual(Object.keys(given));
    expect(schemaFailures(file)).toEqual(missing);
    const errors = parseErrors(file);
    expect(errors).toHaveLength(missing.length);
    missing.forEach((field, i) => expect(errors[i]).toContain(`${field}: `));
    const filled = draft.missing.includes('published') ? file.replace(...FILL_PUBLISHED) : file;
    expect(schemaFailures(filled)).toEqual([]);
    expect(parseErrors(filled)).toEqual([]);
    const article = parseArticle('a', 'a.md', filled);
    expect(article.meta).toEqual({ title: 'A title', ...given, published: '2023-03-20', corrections: [] });
    expect(article.paragraphs.map((p) => p.text)).toEqual(['Text.']);
  });

  it('passes the checker with neither author nor publication, and takes either when the teacher adds it', () => {
    const file = '---\ntitle: A press statement\npublished: 2023-03-20\n---\n\nText.\n';
    expect(parseErrors(file)).toEqual([]);
    expect(parseArticle('a', 'a.md', file).meta).toEqual({ title: 'A press statement', published: '2023-03-20', corrections: [] });
    const added = file.replace('published:', 'author: Ana Lima\npublication: The Paper\npublished:');
    expect(parseArticle('a', 'a.md', added).meta).toMatchObject({ author: 'Ana Lima', publication: 'The Paper' });
  });

  it.each([
    ['neither byline nor publication', 'Xi in Moscow: a visit\nA dek.\nCaption. PHOTO: AFP\n\nText.', {}, ''],
    ['a byline and a publication', 'Xi in Moscow: a visit\nA dek.\nBy Ana Lima\nCaption. PHOTO: AFP\n\nText.', { publication: 'The Paper' }, 'author: Ana Lima\npublication: The Paper\n'],
  ])('with %s, writes an unknown date as "" and orders the fields like the seed', (_name, text, options, byline) => {
    const found = readPlainArticle(text);
    const file = articleFileText(draftArticleMeta(found, options).meta, found.paragraphs);
    expect(file.startsWith(`---\ntitle: "Xi in Moscow: a visit"\ndek: A dek.\n${byline}published: ""\nimage:\n  caption: Caption.\n  credit: AFP\n#`)).toBe(true);
    expect(file).toMatch(/\n(#.*\n)+corrections: \[\]\n---\n\nText\.\n$/);
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
    const file = articleFileText({ ...draftArticleMeta(found).meta, published: '2023-03-20' }, found.paragraphs);
    expect(file.endsWith('corrections: []\n---\n')).toBe(true);
    expect(() => parseArticle('a', 'a.md', file)).toThrow('the article has no text after its frontmatter');
  });
});
