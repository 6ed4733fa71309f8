import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';

import { answerSchemas, citedSentencesSchema, type QuestionKind, type QuestionResult } from '@/lib/answers';
import { emptySaved, fromSaved, mergeSaved, quizStorageKey, readSaved, toSaved, type SavedQuiz, type SavedSet } from '@/lib/quiz';

const SET: SavedSet = {
  id: 'set',
  questionHashes: { city: 'h-city', order: 'h-order', match: 'h-match', claim: 'h-claim', cite: 'h-cite' },
  questions: [
    { id: 'city', kind: 'short-text' },
    { id: 'order', kind: 'order' },
    { id: 'match', kind: 'match-speakers' },
    { id: 'claim', kind: 'claim', cite: true },
    { id: 'cite', kind: 'cite-evidence' },
  ],
};
const result: QuestionResult = { id: 'city', correctAnswer: 'Moscow', correct: true, points: 1, maxPoints: 1, explanation: 'E', evidence: [{ quote: 'Q', paragraph: 1 }] };
const submission = { submitted: false, lastScore: null, at: 0 };
const only = (id: string, entry: unknown) => ({ questions: { [id]: entry }, submission });

describe('readSaved', () => {
  it('keeps answers and results to questions whose hash is unchanged', () => {
    const raw = { questions: { city: { hash: 'h-city', at: 5, answer: 'Moscow', result } }, submission };
    expect(readSaved(raw, SET)).toEqual({ saved: raw, unreadable: 0, outdated: 0 });
  });

  it('drops answers to questions that changed or are gone, and counts them', () => {
    const raw = {
      questions: {
        city: { hash: 'old-hash', at: 5, answer: 'Moscow' },
        removed: { hash: 'h-removed', at: 6, answer: 'x' },
        order: { hash: 'h-order', at: 7, answer: ['a', 'b'] },
      },
      submission,
    };
    expect(readSaved(raw, SET)).toEqual({ saved: { questions: { order: raw.questions.order }, submission }, unreadable: 0, outdated: 2 });
  });

  it.each<[string, QuestionKind, unknown]>([
    ['city', 'short-text', 'Moscow'],
    ['order', 'order', ['b', 'a']],
    ['match', 'match-speakers', { '0': 'Xi Jinping' }],
    ['claim', 'claim', 'not-stated'],
    ['cite', 'cite-evidence', ['3.2', '10.4']],
  ])('keeps a %s answer of the shape its kind (%s) takes', (id, _kind, answer) => {
    const entry = { hash: SET.questionHashes[id], at: 1, answer };
    expect(readSaved(only(id, entry), SET)).toEqual({ saved: only(id, entry), unreadable: 0, outdated: 0 });
  });

  it.each<[string, string, unknown]>([
    ['a list for a typed answer', 'city', ['Moscow']],
    ['text for an ordering', 'order', 'a, b'],
    ['a list for a matching', 'match', ['Xi Jinping']],
    ['a matching keyed by name', 'match', { first: 'Xi Jinping' }],
    ['a verdict that is not one', 'claim', 'maybe'],
    ['one sentence id as text', 'cite', '3.2'],
    ['a sentence cited twice', 'cite', ['3.2', '3.2']],
    ['a number', 'city', 42],
  ])('drops an answer of the wrong shape for its kind (%s), keeping the entry', (_name, id, answer) => {
    const out = readSaved(only(id, { hash: SET.questionHashes[id], at: 1, answer }), SET);
    expect(out.unreadable).toBe(1);
    expect(out.saved.questions).toEqual({ [id]: { hash: SET.questionHashes[id], at: 1 } });
  });

  it.each<[string, unknown, number]>([
    ['an entry that is not an object', { questions: { city: 'Moscow' }, submission }, 1],
    ['an entry without a time', { questions: { city: { hash: 'h-city', answer: 'Moscow' } }, submission }, 1],
    ['a result that is not one', { questions: { city: { hash: 'h-city', at: 1, answer: 'Moscow', result: { correct: 'yes' } } }, submission }, 1],
    ['a broken submission', { questions: {}, submission: 'done' }, 1],
    ['questions that are a list', { questions: ['Moscow'], submission }, 1],
    ['a number instead of an object', 42, 1],
    ['nothing at all', null, 0],
  ])('keeps what it can of %s', (_name, raw, unreadable) => {
    const out = readSaved(raw, SET);
    expect(out.unreadable).toBe(unreadable);
    expect(Object.values(out.saved.questions).every((q) => typeof q.at === 'number')).toBe(true);
  });

  it('keeps the sentences selected for Part B, and a result with both parts', () => {
    const parts = { a: { correct: true, points: 1, maxPoints: 1 }, b: { correct: false, points: 0.5, maxPoints: 1, correctAnswer: ['7.2'] } };
    const scored = { ...result, id: 'claim', correctAnswer: 'true', points: 1.5, maxPoints: 2, correct: false, parts };
    const raw = only('claim', { hash: 'h-claim', at: 5, answer: 'true', citation: ['7.1'], result: scored });
    expect(readSaved(raw, SET)).toEqual({ saved: raw, unreadable: 0, outdated: 0 });
  });

  it.each<[string, unknown]>([
    ['a citation that is not a list of ids', { hash: 'h-city', at: 1, answer: 'Moscow', citation: '7.1' }],
    ['a result whose parts are not two scores', { hash: 'h-city', at: 1, answer: 'Moscow', result: { ...result, parts: { a: 1 } } }],
    ['a result of another question', { hash: 'h-city', at: 1, answer: 'Moscow', result: { ...result, id: 'order' } }],
    ['a result that is not one', { hash: 'h-city', at: 1, answer: 'Moscow', result: { correct: 'yes' } }],
  ])('drops %s, keeping the answer', (_name, entry) => {
    const out = readSaved(only('city', entry), SET);
    expect(out.unreadable).toBe(1);
    expect(out.saved.questions.city).toEqual({ hash: 'h-city', at: 1, answer: 'Moscow' });
  });

  it('forgets a last score it cannot read, keeping the rest of the submission', () => {
    const out = readSaved({ questions: {}, submission: { submitted: true, lastScore: { score: 'lots' }, at: 4 } }, SET);
    expect(out).toEqual({ saved: { questions: {}, submission: { submitted: true, lastScore: null, at: 4 } }, unreadable: 0, outdated: 0 });
  });

  it('ignores keys that would reach an object prototype', () => {
    const raw = JSON.parse('{"questions": {"__proto__": {"hash": "x", "at": 1, "answer": "y"}}, "submission": {"submitted": false, "lastScore": null, "at": 0}}') as unknown;
    expect(readSaved(raw, SET).saved).toEqual(emptySaved());
  });
});

describe('readSaved over random saved states', () => {
  const ids = SET.questions.map((q) => q.id);
  const kindOf = new Map(SET.questions.map((q) => [q.id, q.kind]));
  const junk = fc.oneof(fc.jsonValue(), fc.constant(undefined));
  const entry = fc.record(
    { hash: fc.constantFrom(...Object.values(SET.questionHashes), 'old'), at: fc.oneof(fc.integer(), fc.string()), answer: junk, citation: junk, result: junk },
    { requiredKeys: [] },
  );
  const savedState = fc.oneof(fc.jsonValue(), fc.record({ questions: fc.oneof(fc.dictionary(fc.constantFrom(...ids, 'gone'), entry), fc.jsonValue()), submission: junk }, { requiredKeys: [] }));

  it('never throws, and keeps only entries that fit the set: its hashes, and each answer the shape of its kind', () => {
    fc.assert(
      fc.property(savedState, (raw) => {
        const { saved } = readSaved(raw, SET);
        for (const [id, kept] of Object.entries(saved.questions)) {
          const kind = kindOf.get(id);
          expect(kind).toBeDefined();
          expect(kept.hash).toBe(SET.questionHashes[id]);
          if (kind && kept.answer !== undefined) expect(v.safeParse(answerSchemas[kind], kept.answer).success).toBe(true);
          if (kept.citation !== undefined) expect(v.safeParse(citedSentencesSchema, kept.citation).success).toBe(true);
        }
      }),
    );
  });

  it('reads what it kept, once saved, back the same with nothing dropped', () => {
    fc.assert(
      fc.property(savedState, (raw) => {
        const { saved } = readSaved(raw, SET);
        expect(readSaved(JSON.parse(JSON.stringify(saved)), SET)).toEqual({ saved, unreadable: 0, outdated: 0 });
      }),
    );
  });

  const fitting: Record<string, fc.Arbitrary<unknown>> = {
    city: fc.string({ maxLength: 30 }),
    order: fc.array(fc.string({ maxLength: 10 }), { maxLength: 5 }),
    match: fc.dictionary(fc.nat({ max: 999 }).map(String), fc.string({ maxLength: 10 })),
    claim: fc.constantFrom('true', 'false', 'not-stated'),
    cite: fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9 })).map(([p, s]) => `${p}.${s}`), { maxLength: 20 }),
  };
  const wrong: Record<string, fc.Arbitrary<unknown>> = {
    city: fc.oneof(fc.integer(), fc.array(fc.string(), { minLength: 1 })),
    order: fc.oneof(fc.string(), fc.integer()),
    match: fc.oneof(fc.string(), fc.array(fc.string())),
    claim: fc.string().filter((s) => !['true', 'false', 'not-stated'].includes(s)),
    cite: fc.oneof(fc.string(), fc.array(fc.constantFrom('p1', '0.1', '3'), { minLength: 1 })),
  };
  const answers = fc.record(Object.fromEntries(ids.map((id) => [id, fc.oneof(fc.constant(null), fitting[id]!.map((a) => ({ a })), wrong[id]!.map((w) => ({ w }))) ])));

  it('keeps every answer of its kind’s shape, drops every other, and counts each one dropped', () => {
    fc.assert(
      fc.property(answers, (chosen) => {
        const given = Object.entries(chosen).flatMap(([id, c]) => (c === null ? [] : [[id, c] as const]));
        const raw = { questions: Object.fromEntries(given.map(([id, c], at) => [id, { hash: SET.questionHashes[id], at, answer: 'a' in c ? c.a : c.w }])), submission };
        const { saved, unreadable } = readSaved(raw, SET);
        expect(unreadable).toBe(given.filter(([, c]) => 'w' in c).length);
        expect(fromSaved(saved).answers).toEqual(Object.fromEntries(given.flatMap(([id, c]) => ('a' in c ? [[id, c.a]] : []))));
      }),
    );
  });
});

describe('the seed of a student’s own order of lists', () => {
  const SEED = '0123456789abcdef0123456789abcdef';
  it.each<[string, unknown, string | undefined]>([
    ['keeps a saved seed', { questions: {}, submission, seed: SEED }, SEED],
    ['has none in work saved before seeds', { questions: {}, submission }, undefined],
    ['drops a seed that is not one, so a new one is made', { questions: {}, submission, seed: 'not a seed' }, undefined],
    ['drops a seed of the wrong type', { questions: {}, submission, seed: 42 }, undefined],
  ])('readSaved %s', (_name, raw, seed) => {
    expect(readSaved(raw, SET).saved.seed).toBe(seed);
  });

  it.each<[string, string | undefined, string | undefined, string | undefined]>([
    ['takes the saved seed over this tab’s, so a second tab shows the first one’s order', 'aaaaaaaaaaaaaaaa', SEED, SEED],
    ['keeps this tab’s seed when none is saved', SEED, undefined, SEED],
    ['has none when neither has one', undefined, undefined, undefined],
  ])('mergeSaved %s', (_name, mine, saved, merged) => {
    const withSeed = (seed: string | undefined): SavedQuiz => ({ ...emptySaved(), ...(seed && { seed }) });
    expect(mergeSaved(withSeed(mine), withSeed(saved)).seed).toBe(merged);
  });

  it('goes through the store’s shape and back', () => {
    const progress = fromSaved({ ...emptySaved(), seed: SEED });
    expect(progress.seed).toBe(SEED);
    expect(toSaved(progress, SET.questionHashes).seed).toBe(SEED);
    expect(toSaved({ ...progress, seed: null }, SET.questionHashes)).not.toHaveProperty('seed');
  });
});

describe('mergeSaved', () => {
  const tab = (questions: SavedQuiz['questions'], at = 0): SavedQuiz => ({ questions, submission: { ...submission, at } });

  it.each<[string, SavedQuiz, SavedQuiz, SavedQuiz['questions']]>([
    ['keeps answers only one side has', tab({ city: { hash: 'h-city', at: 1, answer: 'Moscow' } }), tab({ order: { hash: 'h-order', at: 2, answer: ['a'] } }), { city: { hash: 'h-city', at: 1, answer: 'Moscow' }, order: { hash: 'h-order', at: 2, answer: ['a'] } }],
    ['takes the newer saved answer', tab({ city: { hash: 'h-city', at: 1, answer: 'Moskow' } }), tab({ city: { hash: 'h-city', at: 2, answer: 'Moscow' } }), { city: { hash: 'h-city', at: 2, answer: 'Moscow' } }],
    ['keeps its own newer answer over an older one saved since', tab({ city: { hash: 'h-city', at: 9, answer: 'Moscow' } }), tab({ city: { hash: 'h-city', at: 3, answer: 'Kyiv' } }), { city: { hash: 'h-city', at: 9, answer: 'Moscow' } }],
    ['lets a newer clearing win over an older answer', tab({ city: { hash: 'h-city', at: 1, answer: 'Moscow' } }), tab({ city: { hash: 'h-city', at: 2 } }), { city: { hash: 'h-city', at: 2 } }],
    ['takes the saved answer on a tie, so tabs settle on one', tab({ city: { hash: 'h-city', at: 4, answer: 'Kyiv' } }), tab({ city: { hash: 'h-city', at: 4, answer: 'Moscow' } }), { city: { hash: 'h-city', at: 4, answer: 'Moscow' } }],
  ])('%s', (_name, mine, saved, questions) => {
    expect(mergeSaved(mine, saved).questions).toEqual(questions);
  });

  it('takes the newer submission', () => {
    const submitted = { submitted: true, lastScore: { score: 3, maxScore: 38, at: 'x' }, at: 5 };
    expect(mergeSaved({ questions: {}, submission: submitted }, tab({}, 2)).submission).toEqual(submitted);
    expect(mergeSaved(tab({}, 9), { questions: {}, submission: submitted }).submission).toEqual({ ...submission, at: 9 });
  });
});

describe('the store’s work and what is saved, one into the other', () => {
  const hashes = SET.questionHashes;

  it.each<[string, SavedQuiz]>([
    ['nothing saved', emptySaved()],
    ['an answer', { questions: { city: { hash: 'h-city', at: 5, answer: 'Moscow' } }, submission }],
    [
      'an answer, a Part B and a result, submitted',
      {
        questions: { city: { hash: 'h-city', at: 9, answer: 'Moscow', result }, claim: { hash: 'h-claim', at: 7, citation: ['4.1'] } },
        submission: { submitted: true, lastScore: { score: 1, maxScore: 2, at: '2026-12-01T00:00:00.000Z' }, at: 9 },
      },
    ],
    ['a question cleared, keeping when it was', { questions: { order: { hash: 'h-order', at: 3 } }, submission: { ...submission, at: 3 } }],
  ])('%s comes back the same', (_name, saved) => {
    expect(toSaved(fromSaved(saved), hashes)).toEqual(saved);
  });

  it('saves the same work the same way whatever order it arrived in', () => {
    const work = { ...fromSaved(emptySaved()), stamps: { order: 1, city: 2 }, answers: { order: ['a'], city: 'Moscow' } };
    const reversed = { ...work, stamps: { city: 2, order: 1 }, answers: { city: 'Moscow', order: ['a'] } };
    expect(JSON.stringify(toSaved(work, hashes))).toBe(JSON.stringify(toSaved(reversed, hashes)));
  });

  it('saves nothing for a question the set no longer has', () => {
    expect(toSaved({ ...fromSaved(emptySaved()), answers: { gone: 'x' }, stamps: { gone: 1 } }, hashes).questions).toEqual({});
  });
});

describe('quizStorageKey', () => {
  it('keeps each set’s work under its own key, where earlier visits saved it', () => {
    expect(quizStorageKey('xi-jinping-in-russia')).toBe('close-reader:v2:xi-jinping-in-russia');
    expect(quizStorageKey('one')).not.toBe(quizStorageKey('two'));
  });
});
