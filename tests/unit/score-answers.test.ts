import { beforeAll, describe, expect, it } from 'vitest';

import { type LoadedSet } from '@/lib/content/library';
import { type Article } from '@/lib/content/article';
import { scoreAnswers } from '@/lib/scoring/score-answers';

import { loadSeedArticle, loadSeedSet } from './support/seed';

let set: LoadedSet;
let article: Article;

beforeAll(() => {
  set = loadSeedSet();
  article = loadSeedArticle();
});

const MATCH_RIGHT = { '0': 'Xi Jinping', '1': 'Chinese foreign ministry', '2': 'Andrew Small', '3': 'Moritz Rudolf' };

describe('scoreAnswers with the seed set', () => {
  it.each<[string, unknown, RegExp]>([
    ['null', null, /must look like \{"answers"/],
    ['a number', 42, /must look like \{"answers"/],
    ['a string', 'answers', /must look like \{"answers"/],
    ['an array', [], /must look like \{"answers"/],
    ['an object without "answers"', {}, /answers/],
    ['"answers" that is not an object', { answers: ['Moscow'] }, /answers/],
    ['an extra key beside "answers"', { answers: {}, student: 'Ana' }, /"student"/],
  ])('refuses a body that is %s', (_name, body, message) => {
    const outcome = scoreAnswers(set, body);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toMatch(message);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['an unknown question id', { 'city-xi-landed-in': 'Moscow', 'no-such-question': 'x' }, ['no question "no-such-question"', 'xi-jinping-in-russia']],
    ['a number where text is expected', { 'city-xi-landed-in': 5 }, ['"city-xi-landed-in"', 'short-text', 'malformed']],
    ['a list where text is expected', { 'airport-name': ['Vnukovo'] }, ['"airport-name"', 'malformed']],
    ['text where a list is expected', { 'order-of-events': 'Xi lands first' }, ['"order-of-events"', 'order', 'malformed']],
    ['a verdict that is not true/false/not-stated', { 'claim-discounted-oil': 'yes' }, ['"claim-discounted-oil"', 'claim', 'malformed']],
    ['a match keyed by a name instead of a number', { 'match-the-speakers': { first: 'Xi Jinping' } }, ['"match-the-speakers"', 'malformed']],
    ['a choice not among the options', { 'dual-use-meaning': 'Something else' }, ['"dual-use-meaning"', 'does not fit', 'not one of the options']],
    ['a speaker not offered', { 'who-said-high-hopes': 'Xi Jinping' }, ['"who-said-high-hopes"', 'not one of the speakers']],
    ['an option chosen twice', { 'china-support-for-russia': ['Financing infrastructure projects', 'Financing infrastructure projects'] }, ['chosen twice']],
    ['an ordering that is not a permutation', { 'order-of-events': ['Xi Jinping lands in Moscow'] }, ['"order-of-events"', 'every item exactly once']],
    ['a "__proto__" key, as JSON.parse makes it', JSON.parse('{"__proto__": "Moscow"}') as Record<string, unknown>, ['no question "__proto__"']],
    ['a match to a quote that does not exist', { 'match-the-speakers': { '4': 'Xi Jinping' } }, ['no quote number 4']],
  ])('refuses %s with a message naming the problem', (_name, answers, fragments) => {
    const outcome = scoreAnswers(set, { answers });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) for (const fragment of fragments) expect(outcome.error).toContain(fragment);
  });

  it('scores an empty answer sheet as nothing', () => {
    expect(scoreAnswers(set, { answers: {} })).toEqual({ ok: true, response: { score: 0, maxScore: 0, results: [] } });
  });

  it('returns results only for the questions given, in the order of the set', () => {
    const answers = {
      'match-the-speakers': MATCH_RIGHT,
      'main-idea': null,
      'record-trade-year': 'in 2022',
      'city-xi-landed-in': 'moscow',
      'order-of-events': ['Beijing proposes a peace plan for Ukraine', 'Bilateral trade between China and Russia hits a record', 'The International Criminal Court issues an arrest warrant for Putin', 'Xi Jinping lands in Moscow'],
    };
    const outcome = scoreAnswers(set, { answers });
    if (!outcome.ok) throw new Error(outcome.error);
    const inSetOrder = set.questions.map((q) => q.id).filter((id) => id in answers);
    expect(outcome.response.results.map((r) => r.id)).toEqual(inSetOrder);
    expect(outcome.response.results.map((r) => [r.id, r.points, r.correct])).toEqual([
      ['city-xi-landed-in', 1, true],
      ['match-the-speakers', 1, true],
      ['record-trade-year', 1, true],
      ['order-of-events', 0.83, false],
      ['main-idea', 0, false],
    ]);
    expect(outcome.response.score).toBe(3.83);
    expect(outcome.response.maxScore).toBe(5);
  });

  it('gives every result its explanation, right answer and evidence with paragraph numbers', () => {
    const ids = set.questions.map((q) => q.id);
    const outcome = scoreAnswers(set, { answers: Object.fromEntries(ids.map((id) => [id, null])) });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.response.results).toHaveLength(set.questions.length);
    expect(outcome.response.score).toBe(0);
    expect(outcome.response.maxScore).toBe(set.questions.reduce((sum, q) => sum + q.points, 0));
    outcome.response.results.forEach((result, i) => {
      const question = set.questions[i]!;
      expect(result.explanation).toBe(question.explanation);
      expect(result.correctAnswer).toBeDefined();
      expect(result.evidence.map((e) => e.quote)).toEqual(question.evidence);
      for (const { paragraph } of result.evidence) {
        expect(typeof paragraph).toBe('number');
        expect(paragraph).toBeGreaterThanOrEqual(1);
        expect(paragraph).toBeLessThanOrEqual(article.paragraphs.length);
      }
    });
  });

  it.each([
    ['city-xi-landed-in', 1],
    ['who-greeted-xi', 13],
    ['match-the-speakers', 12],
  ])('locates the first evidence of "%s" in paragraph %i', (id, paragraph) => {
    const outcome = scoreAnswers(set, { answers: { [id]: null } });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.response.results[0]?.evidence[0]?.paragraph).toBe(paragraph);
  });

  it('does not mistake a built-in object property for an answer when a question is called "constructor"', () => {
    const first = set.questions[0]!;
    const odd: LoadedSet = { ...set, questions: [{ ...first, id: 'constructor' }] };
    expect(scoreAnswers(odd, { answers: {} })).toEqual({ ok: true, response: { score: 0, maxScore: 0, results: [] } });
  });
});
