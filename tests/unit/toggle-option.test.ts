import { describe, expect, it } from 'vitest';

import { toggleOption } from '@/lib/quiz';

const options = ['Oil', 'Gas', 'Grain', 'Arms'];

describe('toggleOption', () => {
  it.each<[string, string[], string, string[] | null]>([
    ['ticks the first option', [], 'Gas', ['Gas']],
    ['keeps the question’s order, whatever order they were ticked in', ['Arms'], 'Oil', ['Oil', 'Arms']],
    ['unticks an option', ['Oil', 'Gas'], 'Oil', ['Gas']],
    ['gives null when the last one is unticked', ['Grain'], 'Grain', null],
  ])('%s', (_name, chosen, option, expected) => {
    expect(toggleOption(options, chosen, option)).toEqual(expected);
  });
});
