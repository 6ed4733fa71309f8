import { describe, expect, it } from 'vitest';

import { checkSetAgainstArticle } from '@/lib/content/check-set-against-article';
import { type Question } from '@/lib/content/schema';

import { loadSeedArticle, loadSeedSet, makeQuestion } from './support/seed';

const article = loadSeedArticle();
const set = loadSeedSet();
const withQuestions = (...questions: Question[]) => ({ ...set, questions });

describe('checkSetAgainstArticle', () => {
  it('finds every evidence passage and quotation of the seed set in the seed article', () => {
    expect(checkSetAgainstArticle(set, article)).toEqual([]);
  });

  it('reports a made-up evidence passage by its path and quotes it', () => {
    const first = set.questions[0]!;
    const made = { ...first, evidence: ['Xi Jinping landed in Beijing on Tuesday'] } as Question;
    expect(checkSetAgainstArticle(withQuestions(made), article)).toEqual([
      { path: 'questions.0.evidence.0', message: 'this evidence is not in the article "xi-jinping-in-russia": "Xi Jinping landed in Beijing on Tuesday"' },
    ]);
  });

  it('reports only the passages that are missing, each with its own index', () => {
    const good = 'He was greeted by Russia’s deputy prime minister';
    const q0 = makeQuestion('short-text', { id: 'a', answer: 'x', evidence: [good] });
    const q1 = makeQuestion('short-text', { id: 'b', answer: 'x', evidence: [good, 'not in the article', good, 'nor this'] });
    expect(checkSetAgainstArticle(withQuestions(q0, q1), article).map((i) => i.path)).toEqual(['questions.1.evidence.1', 'questions.1.evidence.3']);
  });

  it.each([
    ['straight quotes and a hyphen for curly ones and a dash', 'fighter-jet and drone parts-"dual-use equipment"'],
    ['a line break inside the passage', 'He was greeted by Russia’s deputy\nprime minister'],
  ])('accepts evidence copied with %s', (_name, quote) => {
    const q = makeQuestion('short-text', { answer: 'x', evidence: [quote] });
    expect(checkSetAgainstArticle(withQuestions(q), article)).toEqual([]);
  });

  it('checks a who-said quotation', () => {
    const q = makeQuestion('who-said', { quote: 'I would put very high hopes', speakers: ['A', 'B'], answer: 'A', evidence: ['Moritz Rudolf'] });
    expect(checkSetAgainstArticle(withQuestions(q), article)).toEqual([
      { path: 'questions.0.quote', message: 'this quote is not in the article "xi-jinping-in-russia": "I would put very high hopes"' },
    ]);
  });

  it('checks every match-speakers quotation', () => {
    const q = makeQuestion('match-speakers', {
      evidence: ['Moritz Rudolf'],
      pairs: [
        { quote: 'a journey of friendship, cooperation and peace', speaker: 'Xi' },
        { quote: 'a journey of war', speaker: 'Putin' },
      ],
    });
    expect(checkSetAgainstArticle(withQuestions(q), article).map((i) => i.path)).toEqual(['questions.0.pairs.1.quote']);
  });
});
