import { describe, expect, it } from 'vitest';

import { findNameChains, withoutTitles } from '@/lib/names';

describe('findNameChains', () => {
  it.each([
    ['a full name', 'We met Moritz Rudolf today.', ['Moritz Rudolf']],
    ['a sentence-initial function word is dropped', 'But China said no.', ['China']],
    ['lowercase words break a chain', 'Chinese leader Xi Jinping landed in Moscow.', ['Chinese', 'Xi Jinping', 'Moscow']],
    ['a possessive ends a chain', 'Yale Law School’s Paul Tsai China Center', ['Yale Law School', 'Paul Tsai China Center']],
    ['punctuation ends a chain', 'Andrew Small, a fellow, met Putin.', ['Andrew Small', 'Putin']],
    ['name particles join', 'said Ursula von der Leyen today', ['Ursula von der Leyen']],
    ['initialisms', 'the U.S. and the U.N. spoke', ['U.S.', 'U.N.']],
    ['an acronym that spells a function word', 'by US Secretary Jane Doe', ['US Secretary Jane Doe']],
    ['a pronoun after initials', 'MS We did not expect it.', ['MS']],
    ['“Under” opening a title', 'Under Secretary Jane Doe', ['Under Secretary Jane Doe']],
  ])('%s', (_name, text, expected) => {
    expect(findNameChains(text).map((c) => c.text)).toEqual(expected);
  });
});

describe('withoutTitles', () => {
  it.each([
    ['President Vladimir Putin', 'Vladimir Putin'],
    ['Ukrainian President Volodymyr Zelenskyy', 'Volodymyr Zelenskyy'],
    ['Prime Minister Rishi Sunak', 'Rishi Sunak'],
    ['Kremlin Spokesperson Dmitry Peskov', 'Dmitry Peskov'],
    ['Moritz Rudolf', 'Moritz Rudolf'],
    ['President', null],
  ])('%s → %s', (text, expected) => {
    const [chain] = findNameChains(text);
    const named = chain ? withoutTitles(chain) : null;
    expect(named?.text ?? null).toBe(expected);
    if (named) expect(text.slice(named.start, named.end)).toBe(named.text);
  });
});
