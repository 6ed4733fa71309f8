import { describe, expect, it } from 'vitest';

import { isPublicationName, readByline, readBylineParts } from '@/lib/authoring';

describe('readByline', () => {
  it.each([
    ['By Rachel Cheung', 'Rachel Cheung'],
    ['BY RACHEL CHEUNG', 'RACHEL CHEUNG'],
    ['by Rachel Cheung', 'Rachel Cheung'],
    ['Written by Rachel Cheung', 'Rachel Cheung'],
    ['By Rachel Cheung, VICE World News', 'Rachel Cheung'],
    ['By Rachel Cheung for VICE World News', 'Rachel Cheung'],
    ['By Ana Lima and Bo Chen', 'Ana Lima and Bo Chen'],
    ['By Ana Lima, Bo Chen and Cy Oh', 'Ana Lima, Bo Chen and Cy Oh'],
    ['By Ludwig van Beethoven', 'Ludwig van Beethoven'],
    ['By Seán O’Brien', 'Seán O’Brien'],
    ['By Reuters', 'Reuters'],
    ['Rachel Cheung, VICE World News', 'Rachel Cheung'],
    ['Rachel Cheung, Staff Writer', 'Rachel Cheung'],
    ['Posted by Jane Doe', 'Jane Doe'],
    ['BY JANE DOE AND JOHN ROE', 'JANE DOE AND JOHN ROE'],
    ['Reported by Jane Doe', 'Jane Doe'],
    ['By: Jane Doe', 'Jane Doe'],
    ['Jane Doe | VOA News', 'Jane Doe'],
    ['Jane Doe — VOA News', 'Jane Doe'],
    ['By Jane Doe | VOA News', 'Jane Doe'],
    ['Ana Lima and Bo Chen, VOA News', 'Ana Lima and Bo Chen'],
  ])('%j is by %j', (line, author) => {
    expect(readByline(line)).toBe(author);
  });

  it.each([
    'By the end of the day, talks had stalled.',
    'By 2030, trade could double.',
    'Moscow, Russia',
    'Hong Kong, March 20, 2023',
    'Xi Jinping landed in Moscow on Monday.',
    'Rachel Cheung',
    'But China is “reserving a seat at the table,” he said.',
    'Tough Choices For Europe',
    'Jane Doe | VOA News | Extra',
    '',
  ])('%j is not a byline', (line) => {
    expect(readByline(line)).toBeNull();
  });
});

describe('readBylineParts and isPublicationName', () => {
  it.each([
    ['Jane Doe, VOA News', 'VOA News', true],
    ['By Jane Doe for The Associated Press', 'The Associated Press', true],
    ['Jane Doe | Reuters', 'Reuters', true],
    ['Jane Doe, NPR', 'NPR', true],
    ['Rachel Cheung, Staff Writer', 'Staff Writer', false],
    ['Jane Doe, Special Correspondent', 'Special Correspondent', false],
    ['Jane Doe, News Editor', 'News Editor', false],
  ])('%j: affiliation %j, a publication: %s', (line, affiliation, publication) => {
    expect(readBylineParts(line)?.affiliation).toBe(affiliation);
    expect(isPublicationName(affiliation)).toBe(publication);
  });

  it('gives no affiliation to a byline without one', () => {
    expect(readBylineParts('By Jane Doe')).toEqual({ author: 'Jane Doe' });
  });
});
