import { describe, expect, it } from 'vitest';

import { emptySaved, mergeSaved, sanitizeSaved, type SavedQuiz } from '@/lib/quiz';

const HASHES = { city: 'h-city', order: 'h-order', match: 'h-match' };
const result = { id: 'city', correct: true, points: 1, maxPoints: 1, correctAnswer: 'Moscow', explanation: 'E', evidence: [{ quote: 'Q', paragraph: 1 }] };
const submission = { submitted: false, lastScore: null, at: 0 };

describe('sanitizeSaved', () => {
  it('keeps answers and results to questions whose hash is unchanged', () => {
    const raw = { questions: { city: { hash: 'h-city', at: 5, answer: 'Moscow', result } }, submission };
    expect(sanitizeSaved(raw, HASHES)).toEqual({ saved: raw, unreadable: 0, outdated: 0 });
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
    expect(sanitizeSaved(raw, HASHES)).toEqual({ saved: { questions: { order: raw.questions.order }, submission }, unreadable: 0, outdated: 2 });
  });

  it.each<[string, unknown, number]>([
    ['an entry that is not an object', { questions: { city: 'Moscow' }, submission }, 1],
    ['an entry without a time', { questions: { city: { hash: 'h-city', answer: 'Moscow' } }, submission }, 1],
    ['an answer of no known shape', { questions: { city: { hash: 'h-city', at: 1, answer: 42 } }, submission }, 1],
    ['a result that is not one', { questions: { city: { hash: 'h-city', at: 1, answer: 'Moscow', result: { correct: 'yes' } } }, submission }, 1],
    ['a broken submission', { questions: {}, submission: 'done' }, 1],
    ['questions that are a list', { questions: ['Moscow'], submission }, 1],
    ['a number instead of an object', 42, 1],
  ])('keeps what it can of %s', (_name, raw, unreadable) => {
    const out = sanitizeSaved(raw, HASHES);
    expect(out.unreadable).toBe(unreadable);
    expect(Object.values(out.saved.questions).every((q) => typeof q.at === 'number')).toBe(true);
  });

  it('keeps the sentences selected for Part B, and a result with both parts', () => {
    const parts = { a: { correct: true, points: 1, maxPoints: 1 }, b: { correct: false, points: 0.5, maxPoints: 1, correctAnswer: ['7.2'] } };
    const raw = { questions: { city: { hash: 'h-city', at: 5, answer: 'Moscow', citation: ['7.1'], result: { ...result, points: 1.5, maxPoints: 2, correct: false, parts } } }, submission };
    expect(sanitizeSaved(raw, HASHES)).toEqual({ saved: raw, unreadable: 0, outdated: 0 });
  });

  it.each<[string, unknown]>([
    ['a citation that is not a list of ids', { hash: 'h-city', at: 1, answer: 'Moscow', citation: '7.1' }],
    ['a result whose parts are not two scores', { hash: 'h-city', at: 1, answer: 'Moscow', result: { ...result, parts: { a: 1 } } }],
  ])('drops %s, keeping the answer', (_name, entry) => {
    const out = sanitizeSaved({ questions: { city: entry }, submission }, HASHES);
    expect(out.unreadable).toBe(1);
    expect(out.saved.questions.city).toEqual({ hash: 'h-city', at: 1, answer: 'Moscow' });
  });

  it('keeps the readable answer of an entry whose result is unreadable', () => {
    const out = sanitizeSaved({ questions: { city: { hash: 'h-city', at: 1, answer: 'Moscow', result: { correct: 'yes' } } }, submission }, HASHES);
    expect(out.saved.questions.city).toEqual({ hash: 'h-city', at: 1, answer: 'Moscow' });
  });

  it('ignores keys that would reach an object prototype', () => {
    const raw = JSON.parse('{"questions": {"__proto__": {"hash": "x", "at": 1, "answer": "y"}}, "submission": {"submitted": false, "lastScore": null, "at": 0}}') as unknown;
    expect(sanitizeSaved(raw, HASHES).saved).toEqual(emptySaved());
  });
});

describe('mergeSaved', () => {
  const tab = (questions: SavedQuiz['questions'], at = 0): SavedQuiz => ({ questions, submission: { ...submission, at } });

  it.each<[string, SavedQuiz, SavedQuiz, SavedQuiz['questions']]>([
    ['keeps answers only one tab has', tab({ city: { hash: 'h-city', at: 1, answer: 'Moscow' } }), tab({ order: { hash: 'h-order', at: 2, answer: ['a'] } }), { city: { hash: 'h-city', at: 1, answer: 'Moscow' }, order: { hash: 'h-order', at: 2, answer: ['a'] } }],
    ['takes the newer answer to the same question', tab({ city: { hash: 'h-city', at: 1, answer: 'Moskow' } }), tab({ city: { hash: 'h-city', at: 2, answer: 'Moscow' } }), { city: { hash: 'h-city', at: 2, answer: 'Moscow' } }],
    ['keeps a newer answer over an older one written later', tab({ city: { hash: 'h-city', at: 9, answer: 'Moscow' } }), tab({ city: { hash: 'h-city', at: 3, answer: 'Kyiv' } }), { city: { hash: 'h-city', at: 9, answer: 'Moscow' } }],
    ['lets a newer clearing win over an older answer', tab({ city: { hash: 'h-city', at: 1, answer: 'Moscow' } }), tab({ city: { hash: 'h-city', at: 2 } }), { city: { hash: 'h-city', at: 2 } }],
  ])('%s', (_name, a, b, questions) => {
    expect(mergeSaved(a, b).questions).toEqual(questions);
  });

  it('takes the newer submission', () => {
    const submitted = { submitted: true, lastScore: { score: 3, maxScore: 38, at: 'x' }, at: 5 };
    expect(mergeSaved({ questions: {}, submission: submitted }, tab({}, 2)).submission).toEqual(submitted);
    expect(mergeSaved(tab({}, 9), { questions: {}, submission: submitted }).submission).toEqual({ ...submission, at: 9 });
  });

  it('serialises the same content the same way whatever the order it arrived in', () => {
    const a = tab({ order: { hash: 'h-order', at: 1 }, city: { hash: 'h-city', at: 1 } });
    const b = tab({ city: { hash: 'h-city', at: 1 }, order: { hash: 'h-order', at: 1 } });
    expect(JSON.stringify(mergeSaved(a, emptySaved()))).toBe(JSON.stringify(mergeSaved(emptySaved(), b)));
  });
});
