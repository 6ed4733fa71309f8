import { describe, expect, it } from 'vitest';

import { isSectionLabel } from '@/lib/authoring';

describe('isSectionLabel', () => {
  it.each(['News', 'NEWS', 'World', 'Opinion', '  Politics  ', 'Middle East', 'World / Asia', 'News › World', 'U.S.'])('%j is a section label', (line) => {
    expect(isSectionLabel(line)).toBe(true);
  });

  it.each(['', 'Reckoning', 'News from Moscow', 'Xi Jinping in Russia', 'World: Asia', 'News.', 'China'])('%j is not', (line) => {
    expect(isSectionLabel(line)).toBe(false);
  });
});
