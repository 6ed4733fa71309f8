import { describe, expect, it } from 'vitest';

import { debrisReason, followedName, isEndMark, readPlainArticle } from '@/lib/authoring';

describe('debrisReason', () => {
  it.each([
    ['Advertisement', 'advertisement'],
    ['ADVERTISEMENT', 'advertisement'],
    ['  Advertisement  ', 'advertisement'],
    ['Share', 'share button'],
    ['Share this article', 'share button'],
    ['Read more', 'read-more link'],
    ['READ MORE: Putin’s visit to Beijing', 'read-more link'],
    ['Read more…', 'read-more link'],
    ['Follow Rachel Cheung on Twitter and Instagram.', 'social media plug'],
    ['Follow us on X', 'social media plug'],
    ['Follow @rachelcheung on Instagram', 'social media plug'],
    ['Updated 3 hours ago', 'time since posting'],
    ['2 days ago', 'time since posting'],
    ['Published: an hour ago', 'time since posting'],
    ['5 min read', 'reading time'],
    ['4-minute read', 'reading time'],
    ['RELEASE 21-001', 'release number'],
    ['From Wikinews, the free news source you can write!', 'site tagline'],
    ['From Wikipedia, the free encyclopedia', 'site tagline'],
    ['Release No. 12-345', 'release number'],
    ['NEWS RELEASE 2019-05', 'release number'],
  ])('%j is debris: %s', (line, reason) => {
    expect(debrisReason(line)).toBe(reason);
  });

  it.each([
    'Advertisements filled the streets of Moscow.',
    'The advertisement ran for weeks.',
    'Shares in the company fell.',
    'Read more about it in the report, officials said.',
    'Follow the money, investigators said.',
    'Three days ago, the wall failed.',
    'Read the 5 min summary.',
    'Release 2 of the software',
    'From Monday, the free buses will run every hour.',
    'Xi Jinping landed in Moscow on Monday.',
    '',
  ])('%j is text', (line) => {
    expect(debrisReason(line)).toBeNull();
  });
});

describe('followedName', () => {
  it.each([
    ['Follow Rachel Cheung on Twitter and Instagram.', 'Rachel Cheung'],
    ['Follow us on Twitter', null],
    ['Advertisement', null],
  ])('%j names %j', (line, name) => {
    expect(followedName(line)).toBe(name);
  });
});

describe('the end mark of a press release', () => {
  it.each(['-end-', '- END -', '###', '# # #', '-30-', '— end —'])('%j ends the text', (line) => {
    expect(isEndMark(line)).toBe(true);
    const article = readPlainArticle(`T\n\nOne.\n\n${line}\n\nContact: Ann Lee, 555-0100\nMore notes.`);
    expect(article.paragraphs).toEqual(['One.']);
    expect(article.dropped.map((d) => d.reason)).toEqual(['the end mark and after', 'the end mark and after', 'the end mark and after']);
  });

  it.each(['The end.', '#1 seed', '30 days'])('%j does not', (line) => {
    expect(isEndMark(line)).toBe(false);
  });
});
