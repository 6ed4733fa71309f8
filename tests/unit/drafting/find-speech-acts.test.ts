import { describe, expect, it } from 'vitest';

import { findQuotations, findSpeechActs, maskQuotations } from '@/lib/drafting';

/** Each act of a one-sentence text as "verb: subject (kind, where)". */
function acts(text: string): string[] {
  const parts = findQuotations([{ text }]).flatMap((q) => q.parts);
  return findSpeechActs(maskQuotations(text, parts), { start: 0, end: text.length }).map((a) => `${a.verb}: ${a.subject.text} (${a.subject.kind}, ${a.where})`);
}

describe('findSpeechActs', () => {
  it.each([
    ['“A,” Small said.', ['said: Small (name, before)']],
    ['“A,” said Andrew Small, a senior fellow.', ['said: Andrew Small (name, after)']],
    ['“A,” he wrote in an article.', ['wrote: he (pronoun, before)']],
    ['Oleksiy Danilov, the secretary of the council, stressed that it must “end.”', ['stressed: Oleksiy Danilov (name, before)']],
    ['The Chinese foreign ministry brushed off concerns and urged the court to “act.”', ['urged: Chinese foreign ministry (body, main)']],
    ['Xi has set the tone by describing it as “a journey.”', ['describing: Xi (name, main)']],
    ['“A,” Xi has also said.', ['said: Xi (name, before)']],
    ['The Kremlin said “no.”', ['said: Kremlin (name, before)']],
    ['But experts say the talks will fail.', []],
    ['He met a so-called “expert.”', []],
    ['Rudolf told VICE World News that it would fail.', ['told: Rudolf (name, before)']],
    ['The war continued for a year.', []],
  ])('%s', (text, expected) => {
    expect(acts(text)).toEqual(expected);
  });
});
