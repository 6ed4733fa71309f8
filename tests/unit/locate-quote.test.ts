import { describe, expect, it } from 'vitest';

import { locateQuote, toParagraphs } from '@/lib/content';

import { loadSeedArticle } from './support/seed';

const seed = loadSeedArticle();

describe('locateQuote', () => {
  it.each([
    ['Chinese leader Xi Jinping landed in Moscow on Monday', 1],
    ['“I would not put too high hopes for a deal to come up from the trip,”', 4],
    ['said Andrew Small, a senior fellow', 8],
    ['"a journey of friendship, cooperation and peace"', 12],
    ['He was greeted by Russia\'s deputy prime minister Dmitry Chernyshenko', 13],
    ['international prestige-a key goal', 19],
  ])('finds %j in paragraph %i of the seed article', (quote, paragraph) => {
    expect(locateQuote(seed.paragraphs, quote)?.paragraph).toBe(paragraph);
  });

  it('returns offsets into the paragraph text', () => {
    const location = locateQuote(seed.paragraphs, 'military brass band');
    const text = seed.paragraphs[(location?.paragraph ?? 0) - 1]?.text ?? '';
    expect(text.slice(location!.start, location!.end)).toBe('military brass band');
  });

  it('matches against what the reader sees, not the Markdown', () => {
    const paragraphs = toParagraphs('Intro.\n\nXi said *no* to [the plan](http://x).');
    expect(locateQuote(paragraphs, 'Xi said no to the plan')).toEqual({ paragraph: 2, start: 0, end: 22 });
  });

  it('gives the first paragraph when a quote appears in several', () => {
    expect(locateQuote(toParagraphs('Peace now.\n\nPeace later.'), 'Peace')?.paragraph).toBe(1);
  });

  it.each([
    ['a made-up passage', 'Xi landed in Beijing'],
    ['a passage across two paragraphs', 'his Russian counterpart President Vladimir Putin, with whom he has upheld a “no-limits” partnership despite Russia’s invasion of Ukraine. But if all goes his way'],
    ['an empty quote', ''],
  ])('returns null for %s', (_name, quote) => {
    expect(locateQuote(seed.paragraphs, quote)).toBeNull();
  });
});
