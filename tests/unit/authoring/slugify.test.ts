import { describe, expect, it } from 'vitest';

import { slugify } from '@/lib/authoring';
import { slugSchema } from '@/lib/content';

describe('slugify', () => {
  it.each([
    ['Xi Jinping in Russia: What China Really Wants From Putin', 'xi-jinping-in-russia-what-china-really-wants-from-putin'],
    ['China’s “no-limits” friend', 'chinas-no-limits-friend'],
    ["Putin's war", 'putins-war'],
    ['Zürich, São Paulo and Kraków', 'zurich-sao-paulo-and-krakow'],
    ['Straße, Æsir, Łódź, Øresund', 'strasse-aesir-lodz-oresund'],
    ['Trade & war', 'trade-and-war'],
    ['  --Dashes—and – spaces--  ', 'dashes-and-spaces'],
    ['COVID-19 in 2023', 'covid-19-in-2023'],
    ['习近平访问俄罗斯', ''],
    ['', ''],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    if (slug) expect(slugSchema.safeParse(slug).success).toBe(true);
  });

  it.each([
    ['cuts at a word boundary', 'one two three four', 12, 'one-two'],
    ['keeps a slug that fits exactly', 'one two three', 13, 'one-two-three'],
    ['cuts a single long word', 'abcdefghijklmnop', 5, 'abcde'],
    ['cuts before a hyphen', 'abc defgh', 4, 'abc'],
  ])('%s', (_name, title, max, slug) => {
    expect(slugify(title, max)).toBe(slug);
  });

  it('keeps long titles within 60 characters', () => {
    const slug = slugify('A very long headline about the visit of the Chinese leader to Moscow and what it means');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('a-very-long-headline-about-the-visit-of-the-chinese-leader');
  });
});
