import { describe, expect, it } from 'vitest';

import { findNamePhrases } from '@/lib/names';

/** Each case: a text, and every name phrase in it as [the whole phrase, the name a speaker is called by]. */
describe('findNamePhrases', () => {
  it.each([
    ['a title phrase with "of" and "for"', 'Under Secretary of State for Political Affairs Wendy Sherman arrived.', [['Under Secretary of State for Political Affairs Wendy Sherman', 'Wendy Sherman']]],
    ['a title the list knows', "NASA Administrator Sean O'Keefe spoke.", [["NASA Administrator Sean O'Keefe", "Sean O'Keefe"]]],
    ['a secretary of a department', 'said Secretary of State John Kerry.', [['Secretary of State John Kerry', 'John Kerry']]],
    ['a ministry with "and"', 'Minister for Information and Broadcasting Fawad Chaudhry said', [['Minister for Information and Broadcasting Fawad Chaudhry', 'Fawad Chaudhry']]],
    ['a department before a title', 'Department of Health and Human Services Secretary Kathleen Sebelius said', [['Department of Health and Human Services Secretary Kathleen Sebelius', 'Kathleen Sebelius']]],
    ['a body named with "of"', 'Voice of America said it would.', [['Voice of America', 'Voice of America']]],
    ['a body with "and" in its name', 'the National Security and Defense Council met', [['National Security and Defense Council', 'National Security and Defense Council']]],
    ['two people are two names', 'Putin and Xi met.', [['Putin', 'Putin'], ['Xi', 'Xi']]],
    ['a person and the body they work for', 'Andrew Small of the German Marshall Fund said', [['Andrew Small', 'Andrew Small'], ['German Marshall Fund', 'German Marshall Fund']]],
    ['a name of three words', 'Mohammad Javad Zarif said', [['Mohammad Javad Zarif', 'Mohammad Javad Zarif']]],
    ['an office named in the possessive', 'The Travis County Sheriff’s Office said', [['Travis County Sheriff’s Office', 'Travis County Sheriff’s Office']]],
    ["a country's ministry in capitals", "China's Foreign Ministry said", [["China's Foreign Ministry", "China's Foreign Ministry"]]],
    ["a person's department is the department", 'Biden’s Justice Department said', [['Biden', 'Biden'], ['Justice Department', 'Justice Department']]],
    ["a person's title is no body", "Russia's President Vladimir Putin said", [['Russia', 'Russia'], ['President Vladimir Putin', 'Vladimir Putin']]],
    ['a title and a name, then another', 'Secretary of State John Kerry and Foreign Minister Sergei Lavrov met.', [['Secretary of State John Kerry', 'John Kerry'], ['Foreign Minister Sergei Lavrov', 'Sergei Lavrov']]],
  ])('%s', (_name, text, expected) => {
    expect(findNamePhrases(text).map((p) => [p.text, p.name.text])).toEqual(expected);
  });

  it('says when the name after a title is a guess: no given name tells where it starts', () => {
    const [phrase] = findNamePhrases('Minister for Information and Broadcasting Fawad Chaudhry said');
    expect(phrase?.guessed).toBe(true);
    expect(findNamePhrases('Secretary of State John Kerry said')[0]?.guessed).toBe(false);
  });
});
