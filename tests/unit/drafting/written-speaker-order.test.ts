import { describe, expect, it } from 'vitest';

import { positionHabit } from '@/lib/check';
import { draftQuestionSet, writtenSpeakerOrder } from '@/lib/drafting';

import { articleOf } from './support';

describe('writtenSpeakerOrder', () => {
  it.each([
    ['the first question: alphabetical', ['Xi Jinping', 'Andrew Small', 'Moritz Rudolf'], 0, ['Andrew Small', 'Moritz Rudolf', 'Xi Jinping']],
    ['the second: turned one place', ['Xi Jinping', 'Andrew Small', 'Moritz Rudolf'], 1, ['Moritz Rudolf', 'Xi Jinping', 'Andrew Small']],
    ['the fourth of three names: round again to one place', ['Xi Jinping', 'Andrew Small', 'Moritz Rudolf'], 4, ['Moritz Rudolf', 'Xi Jinping', 'Andrew Small']],
    ['the same names in any order give the same list', ['Moritz Rudolf', 'Xi Jinping', 'Andrew Small'], 1, ['Moritz Rudolf', 'Xi Jinping', 'Andrew Small']],
  ])('%s', (_name, speakers, n, expected) => {
    expect(writtenSpeakerOrder(speakers, n)).toEqual(expected);
  });
});

describe('a drafted statement by one speaker', () => {
  it('does not write the answer at the same place in every question, so content:check finds no habit', () => {
    const quotes = ['We mourn seven explorers', 'They knew the risks well', 'We will go on with the work', 'The crew gave everything', 'Their families have our support', 'We will find out what happened'];
    const markdown = ["The following is a statement from NASA Administrator Sean O'Keefe, who spoke after Jane Doe and John Roe:", ...quotes.map((q) => `“${q}.”`)].join('\n\n');
    const lists = draftQuestionSet(articleOf(markdown)).set.questions.flatMap((q) => (q.kind === 'who-said' ? [{ entries: q.speakers, right: [q.answer], pinned: [] }] : []));
    expect(lists).toHaveLength(quotes.length);
    expect(new Set(lists.map((l) => l.entries.indexOf(l.right[0] as string))).size).toBeGreaterThan(1);
    expect(positionHabit(lists)).toBeNull();
  });
});
