/** Press offices' and news pages' header lines between the headline and the text. */
import { describe, expect, it } from 'vitest';

import { isDocumentType, isNameLine, isPhotoDescription, isShortHeaderLine, readPlainArticle } from '@/lib/authoring';

const BODY = 'Tomorrow we honor the victims of the attacks.\n\nWe will never forget them.';

describe('readPlainArticle: press statements and releases', () => {
  it('reads a statement with its kind, signer, job title, place and date on lines of their own', () => {
    const article = readPlainArticle(`On the Anniversary\n\nPress Statement\n\nJane Q. Public\n\nSecretary of Culture\n\nSpringfield, IL\n\nMay 3, 2021\n\n${BODY}`);
    expect(article).toMatchObject({ title: 'On the Anniversary', author: 'Jane Q. Public', published: '2021-05-03' });
    expect(article.dek).toBeUndefined();
    expect(article.paragraphs).toHaveLength(2);
    expect(article.dropped.map((d) => [d.text, d.reason])).toEqual([
      ['Press Statement', 'kind of document'],
      ['Secretary of Culture', 'header line'],
      ['Springfield, IL', 'header line'],
    ]);
    expect(article.doubts).toEqual([{ line: 5, note: '"Jane Q. Public" is read as the byline (a name on a line of its own above the text): check it is the writer' }]);
  });

  it('reads a place and a job title in the header as header lines, not as a dek', () => {
    const article = readPlainArticle(`Meeting With the Minister\nSpringfield, IL\nSecretary of Culture\nApril 10, 2019\n\n${BODY}`);
    expect(article.dek).toBeUndefined();
    expect(article.dropped.map((d) => d.reason)).toEqual(['header line', 'header line']);
  });

  it('takes an issuing office for the byline', () => {
    const article = readPlainArticle(`Meeting With the Minister\n\nOffice of the Spokesperson\nSpringfield, IL\nApril 10, 2019\n\n${BODY}`);
    expect(article).toMatchObject({ author: 'Office of the Spokesperson', published: '2019-04-10' });
  });

  it('prefers a real byline to a name alone in the same header', () => {
    const article = readPlainArticle(`Meeting With the Minister\nMedia Note\nOffice of the Spokesperson\nBy Jane Doe\nApril 10, 2019\n\n${BODY}`);
    expect(article.author).toBe('Jane Doe');
  });

  it('drops a contact block above the headline and joins a headline in capitals broken over two lines', () => {
    const text = `Ann Lee/Bo Park\nHeadquarters, Springfield Sept. 8, 2004\n(Phone: 555/358-1600)\n\nRELEASE: 04-291\n\nAGENCY CHIEF SAYS THE WORK IS HARD BUT\nESSENTIAL\n\n${BODY}`;
    const article = readPlainArticle(text);
    expect(article).toMatchObject({ title: 'AGENCY CHIEF SAYS THE WORK IS HARD BUT ESSENTIAL', published: '2004-09-08' });
    expect(article.author).toBeUndefined();
    expect(article.dropped.map((d) => d.reason)).toEqual(['press contact', 'Phone label', 'release number']);
    expect(article.paragraphs).toHaveLength(2);
  });

  it('drops a contact line above the headline when only a release number follows it', () => {
    const article = readPlainArticle(`Ann Lee\nRELEASE 21-001\n\nAgency Chief Says the Work Is Hard\n\n${BODY}`);
    expect(article.title).toBe('Agency Chief Says the Work Is Hard');
    expect(article.dropped.map((d) => d.reason)).toEqual(['press contact', 'release number']);
  });

  it('joins a headline broken after a little word', () => {
    expect(readPlainArticle(`Town Votes to Rebuild the\nSeawall After the Storm\n\n${BODY}`).title).toBe('Town Votes to Rebuild the Seawall After the Storm');
  });

  it.each([
    ['a little word starting the second line', 'Agency Chief Says the Work Is Hard\nBut Essential', 'Agency Chief Says the Work Is Hard But Essential'],
    ['a second line in lower case', 'Agency chief says the work is hard\nbut essential', 'Agency chief says the work is hard but essential'],
  ])('joins a headline broken with %s', (_name, lines, title) => {
    expect(readPlainArticle(`${lines}\n\n${BODY}`).title).toBe(title);
  });

  it.each([
    ['a name under it', 'Agency Chief Says the Work Is Hard\nJane Doe\nMay 3, 2021', 'Jane Doe'],
    ['a headline that ends a sentence', 'The Work Is Hard.\nBut Essential Says the Chief\nBy Jane Doe', 'Jane Doe'],
  ])('does not join a headline to %s', (_name, lines, author) => {
    const article = readPlainArticle(`${lines}\n\n${BODY}`);
    expect(article.title).toBe(lines.split('\n')[0]);
    expect(article.author).toBe(author);
  });

  it('does not join a headline to a dek under it', () => {
    expect(readPlainArticle(`Town Votes to Rebuild\nThe work will take two years.\nBy Jane Doe\n\n${BODY}`)).toMatchObject({ title: 'Town Votes to Rebuild', dek: 'The work will take two years.' });
  });

  it('drops a photo caption with no credit under the headline, and says so', () => {
    const article = readPlainArticle(`Town Votes to Rebuild\n\nA worker is seen at the broken seawall in Port Ellis.\n\n${BODY}`);
    expect(article.paragraphs).toEqual(['Tomorrow we honor the victims of the attacks.', 'We will never forget them.']);
    expect(article.dropped.map((d) => d.reason)).toEqual(['photo caption without a credit']);
    expect(article.doubts.map((d) => d.line)).toEqual([3]);
  });
});

describe('header line readers', () => {
  it.each(['Press Statement', 'PRESS RELEASE', 'Media Note', 'Readout', 'FOR IMMEDIATE RELEASE', 'Fact Sheet', 'Remarks'])('%j names a kind of document', (line) => {
    expect(isDocumentType(line)).toBe(true);
  });

  it.each(['Press freedom', 'A statement from the mayor'])('%j does not', (line) => {
    expect(isDocumentType(line)).toBe(false);
  });

  it.each([
    ['Michael R. Pompeo', true],
    ['Office of the Spokesperson', true],
    ['Jane Doe', true],
    ['Press Statement', false],
    ['Secretary of State', false],
    ['Deputy Spokesperson', false],
    ['Washington, DC', false],
    ['The talks', false],
    ['Jane', false],
  ])('%j is a name on its own: %s', (line, name) => {
    expect(isNameLine(line)).toBe(name);
  });

  it.each([
    ['Washington, D.C.', true],
    ['Secretary of State', true],
    ['The council voted on Monday.', false],
    ['One two three four five six seven eight nine ten eleven', false],
  ])('%j is short enough for a header: %s', (line, short) => {
    expect(isShortHeaderLine(line)).toBe(short);
  });

  it.each([
    ['A Voice of America sign is seen at the entrance to its headquarters.', true],
    ['FILE - Workers repair the wall in 2019.', true],
    ['Workers repair the wall in Port Ellis, May 3, 2021. REUTERS/Jane Doe', true],
    ['The mayor poses for a photo with workers.', true],
    ['The project is seen as a test of the council.', false],
    ['The council voted on Monday.', false],
  ])('%j describes a photo: %s', (line, photo) => {
    expect(isPhotoDescription(line)).toBe(photo);
  });
});
