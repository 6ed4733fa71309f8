import { beforeAll, describe, expect, it } from 'vitest';

import { type LoadedSet, type Article, partBOf } from '@/lib/content';
import { scoreAnswers } from '@/lib/scoring';

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
    expect(outcome.response.maxScore).toBe(set.questions.reduce((sum, q) => sum + q.points + (partBOf(q)?.points ?? 0), 0));
    outcome.response.results.forEach((result, i) => {
      const question = set.questions[i]!;
      expect(result.explanation).toBe(question.explanation);
      expect(result.correctAnswer).toBeDefined();
      expect(result.evidence.map((e) => e.quote)).toEqual([...question.evidence, ...(partBOf(question)?.evidence ?? [])]);
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

describe('scoreAnswers with cited sentences', () => {
  const score = (body: unknown) => {
    const outcome = scoreAnswers(set, body);
    if (!outcome.ok) throw new Error(outcome.error);
    return outcome.response;
  };

  it('keys each citing question to its whole sentences, by id', () => {
    expect(set.citedKeys).toEqual({
      'cite-no-breakthrough': ['4.1', '4.2'],
      'cite-dual-use-sales': ['10.4'],
      'why-russia-still-matters': ['7.2'],
      'claim-zelenskyy-talked-with-xi': ['3.2', '16.1'],
    });
  });

  it.each<[string, string[], number]>([
    ['both right sentences', ['4.1', '4.2'], 1],
    ['one of the two', ['4.2'], 0.5],
    ['both and one more (a superset)', ['4.1', '4.2', '5.1'], 0.75],
    ['one, and a sentence of another paragraph', ['4.1', '3.2'], 0.25],
    ['an unrelated sentence', ['12.1'], 0],
    ['nothing', [], 0],
  ])('scores a cite-evidence answer of %s', (_name, sentences, points) => {
    const [result] = score({ answers: { 'cite-no-breakthrough': sentences } }).results;
    expect(result).toMatchObject({ id: 'cite-no-breakthrough', points, maxPoints: 1, correct: points === 1, correctAnswer: ['4.1', '4.2'] });
    expect(result?.parts).toBeUndefined();
    expect(result?.evidence.map((e) => e.paragraph)).toEqual([4, 4]);
  });

  it('scores the two parts of a paired question on their own and adds them up', () => {
    const response = score({
      answers: { 'why-russia-still-matters': 'Russia supplies China with energy and military technology.', 'claim-zelenskyy-talked-with-xi': 'true' },
      citations: { 'why-russia-still-matters': ['7.1'], 'claim-zelenskyy-talked-with-xi': ['16.1', '3.2'] },
    });
    expect(response.results.map((r) => [r.id, r.points, r.maxPoints, r.correct, r.parts])).toEqual([
      ['why-russia-still-matters', 1.5, 2, false, { a: { correct: true, points: 1, maxPoints: 1 }, b: { correct: false, points: 0.5, maxPoints: 1, correctAnswer: ['7.2'] } }],
      ['claim-zelenskyy-talked-with-xi', 2, 3, false, { a: { correct: false, points: 0, maxPoints: 1 }, b: { correct: true, points: 2, maxPoints: 2, correctAnswer: ['3.2', '16.1'] } }],
    ]);
    expect(response.score).toBe(3.5);
    expect(response.maxScore).toBe(5);
  });

  it('scores a paired question with only Part B answered, or only Part A', () => {
    const onlyB = score({ answers: {}, citations: { 'why-russia-still-matters': ['7.2'] } });
    expect(onlyB.results.map((r) => [r.id, r.points, r.maxPoints])).toEqual([['why-russia-still-matters', 1, 2]]);
    const onlyA = score({ answers: { 'why-russia-still-matters': 'Russia supplies China with energy and military technology.' } });
    expect(onlyA.results[0]?.parts?.b).toEqual({ correct: false, points: 0, maxPoints: 1, correctAnswer: ['7.2'] });
    expect(onlyA.results[0]?.points).toBe(1);
  });

  it.each<[string, unknown, string[]]>([
    ['"citations" that is not an object', { answers: {}, citations: ['7.2'] }, ['citations']],
    ['a citation for a question without a Part B', { answers: {}, citations: { 'city-xi-landed-in': ['1.1'] } }, ['no question "city-xi-landed-in" with a Part B']],
    ['a citation for a cite-evidence question (its answer goes under "answers")', { answers: {}, citations: { 'cite-dual-use-sales': ['10.4'] } }, ['no question "cite-dual-use-sales" with a Part B']],
    ['a citation for an unknown question', { answers: {}, citations: { nope: ['1.1'] } }, ['no question "nope"']],
    ['a "__proto__" citation', { answers: {}, citations: JSON.parse('{"__proto__": ["1.1"]}') as unknown }, ['no question "__proto__"']],
    ['a sentence the article does not have, in a citation', { answers: {}, citations: { 'why-russia-still-matters': ['7.9'] } }, ['"why-russia-still-matters"', 'the article has no sentence "7.9"']],
    ['a sentence the article does not have, in an answer', { answers: { 'cite-dual-use-sales': ['10.4', '99.1'] } }, ['"cite-dual-use-sales"', 'the article has no sentence "99.1"']],
    ['a sentence cited twice', { answers: { 'cite-dual-use-sales': ['10.4', '10.4'] } }, ['"cite-dual-use-sales"', 'malformed', 'cited twice']],
    ['a sentence named another way', { answers: {}, citations: { 'why-russia-still-matters': ['p7s2'] } }, ['"why-russia-still-matters"', 'malformed', 'paragraph.sentence']],
    ['too many sentences', { answers: { 'cite-dual-use-sales': Array.from({ length: 21 }, (_, i) => `1.${i + 1}`) } }, ['"cite-dual-use-sales"', 'at most 20']],
    ['text instead of sentences', { answers: { 'cite-dual-use-sales': '10.4' } }, ['"cite-dual-use-sales"', 'malformed']],
  ])('refuses %s', (_name, body, fragments) => {
    const outcome = scoreAnswers(set, body);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) for (const fragment of fragments) expect(outcome.error).toContain(fragment);
  });
});
