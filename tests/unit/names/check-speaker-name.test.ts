import { describe, expect, it } from 'vitest';

import { checkSpeakerName } from '@/lib/names';

const ARTICLE = [
  { text: 'WASHINGTON — Under Secretary of State for Political Affairs Wendy Sherman met Iran’s Foreign Minister Mohammad Javad Zarif on Tuesday.' },
  { text: '“We made progress,” Sherman said. China’s foreign ministry said it welcomed the talks, and NASA Administrator Sean O’Keefe was not there.' },
  { text: 'Ukrainian President Volodymyr Zelenskyy spoke to the Voice of America.' },
];

describe('checkSpeakerName', () => {
  it.each([
    ['the name without its title', 'Wendy Sherman'],
    ['the whole title and name', 'Under Secretary of State for Political Affairs Wendy Sherman'],
    ['the surname the article uses', 'Sherman'],
    ['a title right before the name', 'President Volodymyr Zelenskyy'],
    ['a body named in lowercase after a name', 'China’s foreign ministry'],
    ['a body with “the”, straight apostrophes, any case', "the china's Foreign Ministry"],
    ['a body named with “of”', 'Voice of America'],
    ['a body before a title', 'NASA'],
  ])('accepts %s: %s', (_name, speaker) => {
    expect(checkSpeakerName(speaker, ARTICLE)).toEqual({ named: true, inArticle: true });
  });

  it.each([
    ['part of the title glued to the name', 'Political Affairs Wendy Sherman', 'Wendy Sherman'],
    ['a word of the title glued to the name', 'Affairs Wendy Sherman', 'Wendy Sherman'],
    ['the tail of the title', 'State for Political Affairs', 'Wendy Sherman'],
    ['a body name cut short', 'Voice of', 'Voice of America'],
  ])('refuses %s: %s, suggesting %s', (_name, speaker, suggestion) => {
    expect(checkSpeakerName(speaker, ARTICLE)).toEqual({ named: false, inArticle: true, suggestion });
  });

  it('says when the speaker is not in the article at all', () => {
    expect(checkSpeakerName('Joe Biden', ARTICLE)).toEqual({ named: false, inArticle: false });
  });
});
