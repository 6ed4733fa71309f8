import { describe, expect, it } from 'vitest';

import { questionSchema, toPublicQuestion, toPublicSet, type Question } from '@/lib/content';

import { loadSeedSet, makeQuestion } from './support/seed';

const set = loadSeedSet();
const practice = loadSeedSet('xi-jinping-in-russia-practice');
/** Every question of the seed sets: between them, every kind. */
const seedQuestions = [...set.questions, ...practice.questions];
// `typos` is left out on purpose: short-text questions show it so the page can say whether typos are forgiven.
const SECRET_KEYS = ['answer', 'answers', 'accept', 'explanation', 'evidence', 'pairs', 'date', 'distractors', 'tolerance', 'range'];

describe('toPublicQuestion with every question of the seed sets', () => {
  it('covers every kind', () => {
    expect(new Set(seedQuestions.map((q) => q.kind))).toEqual(new Set(questionSchema.options.map((o) => o.shape.kind.value)));
  });

  it.each(seedQuestions.map((q) => [q.id, q] as const))('"%s" carries no answer, explanation or evidence', (_id, question) => {
    const shown = toPublicQuestion(question);
    for (const key of SECRET_KEYS) expect(shown).not.toHaveProperty(key);
    expect(shown).toMatchObject({ id: question.id, kind: question.kind, prompt: question.prompt, points: question.points });
  });

  it.each(seedQuestions.map((q) => [q.id, q] as const))('"%s" does not give the explanation away anywhere', (_id, question) => {
    expect(JSON.stringify(toPublicQuestion(question))).not.toContain(question.explanation);
  });
});

describe('toPublicQuestion by kind', () => {
  it('shows the options of a single-choice question in alphabetical order, whatever order they are written in', () => {
    const q = makeQuestion('single-choice', { options: ['B', 'A', 'C'], answer: 'A' });
    expect(toPublicQuestion(q)).toEqual({ id: 'q', kind: 'single-choice', prompt: 'A prompt', points: 1, options: ['A', 'B', 'C'] });
  });

  it.each<[string, Question, object]>([
    [
      'a pinned "All of the above" stays last, the rest sorted',
      makeQuestion('single-choice', { options: ['Trade', 'Arms', 'All of the above'], pinned: ['All of the above'], answer: 'All of the above' }),
      { options: ['Arms', 'Trade', 'All of the above'], pinned: [2] },
    ],
    [
      'two pinned entries keep their places',
      makeQuestion('multiple-select', { options: ['None of these', 'c', 'a', 'All of these', 'b'], pinned: ['None of these', 'All of these'], answers: ['a'] }),
      { options: ['None of these', 'a', 'b', 'All of these', 'c'], pinned: [0, 3] },
    ],
    ['a pinned speaker', makeQuestion('who-said', { quote: 'q', speakers: ['Xi', 'Putin', 'Nobody quoted'], pinned: ['Nobody quoted'], answer: 'Xi' }), { speakers: ['Putin', 'Xi', 'Nobody quoted'], pinned: [2] }],
    ['pinned date options', makeQuestion('date', { answer: 'Friday', options: ['Monday', 'Friday', 'Not stated'], pinned: ['Not stated'] }), { options: ['Friday', 'Monday', 'Not stated'], pinned: [2] }],
  ])('sends %s', (_name, question, expected) => {
    expect(toPublicQuestion(question)).toMatchObject(expected);
  });

  it.each<[string, (right: string, wrong: string[]) => Question]>([
    ['single-choice', (right, wrong) => makeQuestion('single-choice', { options: [right, ...wrong], answer: right })],
    ['who-said', (right, wrong) => makeQuestion('who-said', { quote: 'q', speakers: [right, ...wrong], answer: right })],
    ['date with options', (right, wrong) => makeQuestion('date', { options: [right, ...wrong], answer: right })],
    ['multiple-select', (right, wrong) => makeQuestion('multiple-select', { options: [right, ...wrong], answers: [right] })],
  ])('sends a %s list in the same order wherever the right answer is written', (_kind, make) => {
    const entries = ['Delta', 'Alpha', 'Charlie', 'Bravo'];
    const sent = entries.map((right) => toPublicQuestion(make(right, entries.filter((e) => e !== right))));
    for (const shown of sent) expect(shown).toEqual(sent[0]);
  });

  it('shows a claim and nothing about its verdict', () => {
    const q = makeQuestion('claim', { claim: 'China sent troops.', answer: 'false' });
    expect(toPublicQuestion(q)).toEqual({ id: 'q', kind: 'claim', prompt: 'A prompt', points: 1, claim: 'China sent troops.' });
  });

  it('shows a who-said quote and its speakers', () => {
    const q = makeQuestion('who-said', { quote: 'Hello', speakers: ['Xi', 'Putin'], answer: 'Putin' });
    expect(toPublicQuestion(q)).toEqual({ id: 'q', kind: 'who-said', prompt: 'A prompt', points: 1, quote: 'Hello', speakers: ['Putin', 'Xi'] });
  });

  it.each<[string, Question, object]>([
    ['a typed date', makeQuestion('date', { answer: 'Monday', accept: ['Mon'], date: '2023-03-20' }), { id: 'q', kind: 'date', prompt: 'A prompt', points: 1 }],
    ['a chosen date', makeQuestion('date', { answer: 'Friday', options: ['Monday', 'Friday'] }), { id: 'q', kind: 'date', prompt: 'A prompt', points: 1, options: ['Friday', 'Monday'] }],
    ['a short-text question', makeQuestion('short-text', { answer: 'Moscow', points: 2 }), { id: 'q', kind: 'short-text', prompt: 'A prompt', points: 2, typos: true }],
    ['a strict short-text question', makeQuestion('short-text', { answer: 'Moscow', typos: false }), { id: 'q', kind: 'short-text', prompt: 'A prompt', points: 1, typos: false }],
  ])('shows %s with only what is needed', (_name, question, expected) => {
    expect(toPublicQuestion(question)).toEqual(expected);
  });

  it.each<[string, Question, object]>([
    ['a cite-evidence question with its claim', makeQuestion('cite-evidence', { claim: 'Trade grew.' }), { id: 'q', kind: 'cite-evidence', prompt: 'A prompt', points: 1, claim: 'Trade grew.' }],
    ['a cite-evidence question without a claim', makeQuestion('cite-evidence', {}), { id: 'q', kind: 'cite-evidence', prompt: 'A prompt', points: 1 }],
    [
      'a paired question: Part B’s prompt and points, never its sentences',
      makeQuestion('claim', { claim: 'c', answer: 'true', cite: { points: 2, evidence: ['one sentence'] } }),
      { id: 'q', kind: 'claim', prompt: 'A prompt', points: 1, claim: 'c', cite: { prompt: 'Which sentence of the article shows it?', points: 2 } },
    ],
  ])('shows %s', (_name, question, expected) => {
    expect(toPublicQuestion(question)).toEqual(expected);
  });

  it('shows the seed match-speakers quotes in order and a sorted speaker list including distractors', () => {
    const question = set.questions.find((q) => q.kind === 'match-speakers')!;
    expect(toPublicQuestion(question)).toMatchObject({
      quotes: [
        'a journey of friendship, cooperation and peace',
        'avoid politicization and double standards',
        'Russia’s really, for China, the only full spectrum partner in what it understands as a wider struggle with not just the United States, but the West in general',
        'Xi gets from this a lot of international prestige',
      ],
      speakers: ['Andrew Small', 'Chinese foreign ministry', 'Moritz Rudolf', 'Oleksiy Danilov', 'Vladimir Putin', 'Xi Jinping'],
    });
  });

  it('lists a speaker who says two quotes only once', () => {
    const q = makeQuestion('match-speakers', {
      pairs: [
        { quote: 'one', speaker: 'Xi' },
        { quote: 'two', speaker: 'Xi' },
        { quote: 'three', speaker: 'Small' },
      ],
      distractors: ['Putin'],
    });
    expect(toPublicQuestion(q)).toMatchObject({ quotes: ['one', 'two', 'three'], speakers: ['Putin', 'Small', 'Xi'] });
  });

  it.each<[string, Question, object]>([
    ['a numeric question: its unit, never its answer or margin', makeQuestion('numeric', { answer: 14, tolerance: 1, unit: 'agreements' }), { id: 'q', kind: 'numeric', prompt: 'A prompt', points: 1, unit: 'agreements' }],
    ['a numeric question with a range and no unit', makeQuestion('numeric', { answer: 14, range: [12, 16] }), { id: 'q', kind: 'numeric', prompt: 'A prompt', points: 1 }],
    [
      'a matching question: items in order, one sorted list of matches and distractors, each once',
      makeQuestion('matching', {
        pairs: [
          { item: 'Russia', match: 'Moscow' },
          { item: 'Ukraine', match: 'Kyiv' },
          { item: 'China', match: 'Beijing' },
          { item: 'Vnukovo', match: 'Moscow' },
        ],
        distractors: ['Paris'],
      }),
      { id: 'q', kind: 'matching', prompt: 'A prompt', points: 1, items: ['Russia', 'Ukraine', 'China', 'Vnukovo'], matches: ['Beijing', 'Kyiv', 'Moscow', 'Paris'] },
    ],
  ])('shows %s', (_name, question, expected) => {
    expect(toPublicQuestion(question)).toEqual(expected);
  });

  it('sends the events of an order question in alphabetical order, which the public id cannot undo into the key', () => {
    const written = ['Xi lands in Moscow', 'Putin welcomes him', 'The talks end', 'Xi flies home'];
    const shown = toPublicQuestion(makeQuestion('order', { items: written }));
    expect(shown).toMatchObject({ items: ['Putin welcomes him', 'The talks end', 'Xi flies home', 'Xi lands in Moscow'] });
    expect(toPublicQuestion(makeQuestion('order', { items: [...written].reverse() }))).toEqual(shown);
  });
});

describe('toPublicSet', () => {
  const shown = toPublicSet(set);
  const json = JSON.stringify(shown);

  it('keeps the set details a student needs', () => {
    expect(shown).toMatchObject({ id: set.id, title: set.title, audience: 'Grades 9–12', mode: 'test', article: 'xi-jinping-in-russia', questionHashes: set.questionHashes });
    expect(shown.questions.map((q) => q.id)).toEqual(set.questions.map((q) => q.id));
  });

  it.each(set.questions.map((q) => [q.id, q.explanation] as const))('does not contain the explanation of "%s"', (_id, explanation) => {
    expect(json).not.toContain(explanation);
  });

  it('shows nothing but whether typos are forgiven for a typed question', () => {
    for (const q of shown.questions) if (q.kind !== 'short-text') expect(q).not.toHaveProperty('typos');
  });

  it.each(SECRET_KEYS)('has no "%s" key anywhere', (key) => {
    expect(json).not.toContain(`"${key}":`);
  });

  it('leaves out audience and description when the set has none', () => {
    const out = toPublicSet({ ...set, audience: undefined, description: undefined });
    expect(out).not.toHaveProperty('audience');
    expect(out).not.toHaveProperty('description');
  });
});

describe('toPublicSet of the practice set, which has a numeric and a matching question', () => {
  const json = JSON.stringify(toPublicSet(practice));

  it.each(SECRET_KEYS)('has no "%s" key anywhere', (key) => {
    expect(json).not.toContain(`"${key}":`);
  });

  it('does not pair an item with its match anywhere', () => {
    for (const q of practice.questions) {
      if (q.kind !== 'matching') continue;
      for (const { item, match } of q.pairs) expect(json).not.toMatch(new RegExp(`${item}"\\s*:\\s*"${match}`));
    }
  });
});
